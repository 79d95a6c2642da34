import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Removes staging files older than `olderThanMs`: uploads a crash or a kill cut short, which
 * nothing else will ever remove. An upload still in progress keeps touching its file, so choose
 * an age longer than the slowest stall you tolerate (hours, not seconds). Returns how many went.
 */
export async function purgeStaging(
  stagingDir: string,
  olderThanMs: number,
  now: Date,
): Promise<number> {
  const cutoff = now.getTime() - olderThanMs;
  let names: string[];
  try {
    names = await readdir(stagingDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    const path = join(stagingDir, name);
    const stats = await stat(path).catch(() => null);
    if (!stats?.isFile() || stats.mtimeMs >= cutoff) continue;
    await rm(path, { force: true });
    removed++;
  }
  return removed;
}
