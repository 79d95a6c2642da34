import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@signoff/migrations';
import { databaseOptions } from '../src/database/database-options';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** Existing installs keep who belongs where, and a disabled account stays locked out. */
describe('the centre members migration', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('signoff_centre_members');
  });
  afterAll(() => database.drop());

  async function migrateThrough(count: number, work: (db: DataSource) => Promise<void>) {
    const db = new DataSource({
      ...databaseOptions(database.url, 1),
      migrations: MIGRATIONS.slice(0, count),
      logging: false,
    });
    await db.initialize();
    try {
      await db.runMigrations({ transaction: 'each' });
      await work(db);
    } finally {
      await db.destroy();
    }
  }

  it('makes each role holder a member of their centres, suspended everywhere if they were disabled', async () => {
    const index = MIGRATIONS.findIndex(
      (migration) => migration.name === 'CentreMembers1764400000000',
    );
    const ids: Record<string, string> = {};
    await migrateThrough(index, async (db) => {
      const [north, south] = await db.query(
        `INSERT INTO centres (name) VALUES ('North'), ('South') RETURNING id`,
      );
      const [active, disabled] = await db.query(
        `INSERT INTO users (email, display_name, disabled_at)
         VALUES ('active@example.test', 'Active', NULL), ('disabled@example.test', 'Disabled', '2026-01-02T03:04:05Z')
         RETURNING id`,
      );
      Object.assign(ids, {
        north: north.id,
        south: south.id,
        active: active.id,
        disabled: disabled.id,
      });
      await db.query(
        `INSERT INTO memberships (user_id, centre_id, role) VALUES
           ($1, $3, 'assessor'), ($1, $3, 'iqa'), ($1, $4, 'learner'), ($2, $3, 'admin'), ($2, $4, 'eqa')`,
        [ids.active, ids.disabled, ids.north, ids.south],
      );
    });

    await migrateThrough(index + 1, async (db) => {
      const members = await db.query(
        `SELECT user_id, centre_id, suspended_at FROM centre_members ORDER BY user_id, centre_id`,
      );
      const expected = [
        { user_id: ids.active, centre_id: ids.north, suspended_at: null },
        { user_id: ids.active, centre_id: ids.south, suspended_at: null },
        {
          user_id: ids.disabled,
          centre_id: ids.north,
          suspended_at: new Date('2026-01-02T03:04:05Z'),
        },
        {
          user_id: ids.disabled,
          centre_id: ids.south,
          suspended_at: new Date('2026-01-02T03:04:05Z'),
        },
      ];
      const key = (row: { user_id: string; centre_id: string }) =>
        `${row.user_id}/${row.centre_id}`;
      expect(members).toEqual([...expected].sort((a, b) => key(a).localeCompare(key(b))));
      const columns = await db.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'disabled_at'`,
      );
      expect(columns).toEqual([]);
      // A role now needs membership of its centre.
      await expect(
        db.query(`INSERT INTO memberships (user_id, centre_id, role) VALUES ($1, $2, 'iqa')`, [
          ids.disabled,
          (await db.query(`INSERT INTO centres (name) VALUES ('East') RETURNING id`))[0].id,
        ]),
      ).rejects.toThrow(/memberships_member_fkey/);
    });
  });
});
