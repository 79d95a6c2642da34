import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from './local-disk-storage';
import { newStorageKey } from './storage-key';
import { sweepOrphanObjects } from './sweep-orphan-objects';

const HOUR = 60 * 60 * 1000;

describe('sweepOrphanObjects', () => {
  let root: string;
  let storage: LocalDiskStorage;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'sweep-orphans-'));
    storage = await LocalDiskStorage.open(root);
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function stored(modifiedAt: Date): Promise<string> {
    const key = newStorageKey();
    const staged = join(storage.stagingDir, `${key}.part`);
    await writeFile(staged, key);
    await storage.put(key, staged);
    await utimes(join(root, 'objects', key.slice(0, 2), key), modifiedAt, modifiedAt);
    return key;
  }

  async function keysLeft(): Promise<string[]> {
    const keys: string[] = [];
    for await (const object of storage.keys()) keys.push(object.key);
    return keys.sort();
  }

  it('removes old objects no record names, asking about the keys a batch at a time', async () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const old = new Date(now.getTime() - 7 * HOUR);
    const recordedKeys = [await stored(old), await stored(old), await stored(old)];
    const orphans = [await stored(old), await stored(old)];
    const young = await stored(new Date(now.getTime() - HOUR));
    const asked: string[][] = [];

    const removed = await sweepOrphanObjects(
      storage,
      async (keys) => {
        asked.push([...keys]);
        return new Set(keys.filter((key) => recordedKeys.includes(key)));
      },
      now,
      6 * HOUR,
      2,
    );

    expect(removed).toBe(2);
    expect(await keysLeft()).toEqual([...recordedKeys, young].sort());
    // Five old objects in batches of two: three questions, never one about the young object.
    expect(asked.map((keys) => keys.length)).toEqual([2, 2, 1]);
    expect(asked.flat().sort()).toEqual([...recordedKeys, ...orphans].sort());
  });

  it('asks nothing when there is nothing old enough', async () => {
    const now = new Date();
    await stored(now);
    const recorded = jest.fn();
    expect(await sweepOrphanObjects(storage, recorded, now, 6 * HOUR)).toBe(0);
    expect(recorded).not.toHaveBeenCalled();
  });
});
