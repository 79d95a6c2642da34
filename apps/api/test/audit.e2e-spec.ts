import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../src/database/database-options';
import { AuditService } from '../src/audit/audit.service';

/** The audit trail is append-only and hash-chained by the database itself. */
describe('audit trail', () => {
  let db: DataSource;
  const audit = new AuditService();

  beforeAll(async () => {
    db = new DataSource({
      ...databaseOptions(process.env.SIGNOFF_TEST_DATABASE_URL as string, 1),
      logging: false,
    });
    await db.initialize();
  });
  afterAll(() => db.destroy());

  async function recordOne(action: string): Promise<string> {
    const subjectId = `subject-${Math.random()}`;
    await db.transaction((manager) =>
      audit.record(manager, {
        actorId: null,
        action,
        subjectType: 'test',
        subjectId,
        before: { a: 1 },
        after: { a: 2 },
      }),
    );
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM audit_events WHERE subject_id = $1`,
      [subjectId],
    );
    return rows[0].id;
  }

  it('refuses to update, delete or truncate an event', async () => {
    const id = await recordOne('test.recorded');
    await expect(
      db.query(`UPDATE audit_events SET action = 'rewritten' WHERE id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_events WHERE id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(db.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    expect(await db.query(`SELECT action FROM audit_events WHERE id = $1`, [id])).toEqual([
      { action: 'test.recorded' },
    ]);
  });

  it('chains each event to the one before, so the whole trail can be re-verified', async () => {
    await recordOne('test.first');
    await recordOne('test.second');
    const rows: { id: string; previous_hash: string; hash: string; content: string }[] =
      await db.query(
        `SELECT id, previous_hash, hash,
              concat_ws('|', previous_hash, id::text, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
                coalesce(actor_id::text, ''), coalesce(centre_id::text, ''), action, subject_type, subject_id,
                coalesce(before::text, ''), coalesce(after::text, ''), coalesce(request_id, '')) AS content
         FROM audit_events ORDER BY id`,
      );
    let previous = '0'.repeat(64);
    for (const row of rows) {
      expect(row.previous_hash).toBe(previous);
      expect(row.hash).toBe(createHash('sha256').update(row.content, 'utf8').digest('hex'));
      previous = row.hash;
    }
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });
});
