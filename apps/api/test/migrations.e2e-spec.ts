import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@signoff/migrations';
import { databaseOptions } from '../src/database/database-options';
import { migrate } from '../src/database/migrator';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** Every migration applies to an empty database and reverts cleanly, leaving nothing behind. */
describe('migrations', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('signoff_migrations');
    db = new DataSource({ ...databaseOptions(database.url, 1), logging: false });
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const userTables = async (): Promise<string[]> =>
    (
      await db.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY 1`,
      )
    ).map((row: { table_name: string }) => row.table_name);

  it('applies all to an empty database, then reverts each, back to empty', async () => {
    expect(await userTables()).toEqual([]);
    expect(await migrate(db)).toEqual(MIGRATIONS.map((migration) => migration.name));
    expect(await userTables()).toEqual(
      expect.arrayContaining(['audit_events', 'centres', 'memberships', 'sessions', 'users']),
    );
    expect(await migrate(db)).toEqual([]);

    for (let step = 0; step < MIGRATIONS.length; step++)
      await db.undoLastMigration({ transaction: 'each' });
    expect(await userTables()).toEqual([]);
    const functions = await db.query(
      `SELECT proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'`,
    );
    expect(functions).toEqual([]);
    const jobSchema = await db.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss'`);
    expect(jobSchema).toEqual([]);

    expect(await migrate(db)).toHaveLength(MIGRATIONS.length);
  });
});
