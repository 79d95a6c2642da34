import type { FileStorage } from './file-storage';

/** Keys checked against the database in one query: thousands of objects cost a few queries. */
export const SWEEP_BATCH = 1000;

/** Of the keys asked about, those a record names. */
export type RecordedKeys = (keys: readonly string[]) => Promise<ReadonlySet<string>>;

/**
 * Removes the stored objects no record names (an upload whose record was never written), once
 * older than `graceMs` so an upload between storage and its record is never touched. Walks the
 * storage's listing and asks the database about the keys a batch at a time.
 */
export async function sweepOrphanObjects(
  storage: FileStorage,
  recorded: RecordedKeys,
  now: Date,
  graceMs: number,
  batchSize = SWEEP_BATCH,
): Promise<number> {
  let removed = 0;
  let batch: string[] = [];
  const settle = async () => {
    const known = await recorded(batch);
    for (const key of batch) {
      if (known.has(key)) continue;
      await storage.remove(key);
      removed++;
    }
    batch = [];
  };
  for await (const object of storage.keys()) {
    if (now.getTime() - object.modifiedAt.getTime() < graceMs) continue;
    batch.push(object.key);
    if (batch.length >= batchSize) await settle();
  }
  if (batch.length > 0) await settle();
  return removed;
}
