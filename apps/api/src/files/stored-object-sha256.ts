import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import type { FileStorage } from './file-storage';

/**
 * The SHA-256 of a stored object's bytes as storage holds them now, read as a stream, so a
 * large video costs no more memory than a photo; null when storage no longer holds it.
 */
export async function storedObjectSha256(
  storage: FileStorage,
  key: string,
): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    await pipeline(storage.read(key), hash);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return hash.digest('hex');
}
