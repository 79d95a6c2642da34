import { open } from 'node:fs/promises';

/**
 * Flushes a file's data, or a directory's entries, to the disk. Any descriptor will do: what is
 * flushed is the file, not what was written through this descriptor.
 */
export async function syncToDisk(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
