import { randomBytes, randomUUID } from 'node:crypto';
import { link, readFile, rm, writeFile } from 'node:fs/promises';

/**
 * A secret kept in a file (under DATA_DIR), made on first use, so every process sharing the
 * folder signs alike. It is written whole under another name and then linked into place: a
 * process starting at the same moment reads a complete secret or makes none.
 */
export async function secretFromFile(path: string, bytes: number, what: string): Promise<Buffer> {
  const draft = `${path}.${randomUUID()}`;
  await writeFile(draft, randomBytes(bytes), { mode: 0o600, flag: 'wx' });
  try {
    await link(draft, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(draft, { force: true });
  }
  const secret = await readFile(path);
  if (secret.length !== bytes) throw new Error(`${path} is not ${what}`);
  return secret;
}
