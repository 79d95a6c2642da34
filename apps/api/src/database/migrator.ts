import { DataSource } from 'typeorm';
import { installJobQueue } from '../jobs/install-job-queue';
import { databaseOptions } from './database-options';

/** A short-lived connection for schema work, apart from the application's pool. */
export async function withDataSource<T>(
  url: string,
  work: (db: DataSource) => Promise<T>,
): Promise<T> {
  const db = new DataSource(databaseOptions(url, 1));
  await db.initialize();
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

export async function migrate(db: DataSource): Promise<string[]> {
  const applied = await db.runMigrations({ transaction: 'each' });
  // pg-boss keeps its own schema version; it installs or upgrades in the schema made above.
  await installJobQueue(db);
  return applied.map((migration) => migration.name);
}
