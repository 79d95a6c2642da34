import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isStagingOwnerGone, parseStagingFolder, type StagingOwner } from './staging-owner';

/**
 * Removes partial uploads that nothing will finish: at once, every staging folder whose owner
 * process is gone (a crash, a `kill -9`); and any staging file older than `olderThanMs`, for
 * owners this process cannot check (another host sharing DATA_DIR) and for files an older version
 * left loose in the staging root. An upload in progress keeps touching its file, so choose an
 * age longer than the slowest stall you tolerate (hours, not seconds). Returns how many files went.
 */
export async function purgeStaging(
  stagingRoot: string,
  self: StagingOwner,
  olderThanMs: number,
  now: Date,
): Promise<number> {
  const cutoff = now.getTime() - olderThanMs;
  let removed = 0;
  for (const entry of await entriesOf(stagingRoot)) {
    const path = join(stagingRoot, entry.name);
    if (entry.isFile()) {
      removed += await removeIfOlder(path, cutoff);
      continue;
    }
    if (!entry.isDirectory()) continue;
    const owner = parseStagingFolder(entry.name);
    if (owner !== null && isStagingOwnerGone(owner, self)) {
      removed += (await entriesOf(path)).filter((file) => file.isFile()).length;
      await rm(path, { recursive: true, force: true });
      continue;
    }
    for (const file of await entriesOf(path)) {
      if (file.isFile()) removed += await removeIfOlder(join(path, file.name), cutoff);
    }
  }
  return removed;
}

async function entriesOf(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function removeIfOlder(path: string, cutoff: number): Promise<number> {
  const stats = await stat(path).catch(() => null);
  if (!stats?.isFile() || stats.mtimeMs >= cutoff) return 0;
  await rm(path, { force: true });
  return 1;
}
