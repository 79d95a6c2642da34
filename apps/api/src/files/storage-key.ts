import { randomBytes } from 'node:crypto';

const STORAGE_KEY = /^[0-9a-f]{32}$/;

/** 128 random bits as hex: never derived from a file name, so it can never name a path. */
export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

export function isStorageKey(key: string): boolean {
  return STORAGE_KEY.test(key);
}

/** Refuses anything but a generated key before it gets near a path or an object store. */
export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error(`Not a storage key: ${JSON.stringify(key.slice(0, 64))}`);
}
