import { DataSource } from 'typeorm';
import { databaseOptions } from '../src/database/database-options';
import { AuditService } from '../src/audit/audit.service';
import { verifyAuditTrail, type AuditTrailCheck } from '../src/audit/verify-audit-trail';

/** The audit trail is append-only and hash-chained by the database itself. */
describe('audit trail', () => {
  // The embedded database has one connection: nothing there writes at the same time.
  const embedded = process.env.SIGNOFF_TEST_DATABASE_EMBEDDED === 'true';
  let db: DataSource;
  const audit = new AuditService();

  beforeAll(async () => {
    db = new DataSource({
      ...databaseOptions(process.env.SIGNOFF_TEST_DATABASE_URL as string, embedded ? 1 : 3),
      logging: false,
    });
    await db.initialize();
  });
  afterAll(() => db.destroy());

  const event = (action: string, subjectId = `subject-${Math.random()}`) => ({
    actorId: null,
    action,
    subjectType: 'test',
    subjectId,
    before: { a: 1 },
    after: { a: 2 },
  });

  async function recordOne(action: string): Promise<string> {
    const subjectId = `subject-${Math.random()}`;
    await db.transaction((manager) => audit.record(manager, event(action, subjectId)));
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
    // Enough events for ids of two digits, which sort apart from their numbers as text.
    for (let step = 0; step < 10; step++) await recordOne('test.step');
    const second = await recordOne('test.second');
    // A small batch, so the walk crosses batch boundaries.
    const check = await verifyAuditTrail(db.manager, 2);
    expect(check.broken).toBeNull();
    expect(check.events).toBeGreaterThanOrEqual(2);
    // Other test files add events meanwhile: the head is at least the newest of this test's.
    expect(Number(check.head?.id)).toBeGreaterThanOrEqual(Number(second));
    expect(await db.query(`SELECT hash FROM audit_events WHERE id = $1`, [check.head?.id])).toEqual(
      [{ hash: check.head?.hash }],
    );
  });

  (embedded ? it.skip : it)(
    'keeps the chain in id order when transactions write events at the same time',
    async () => {
      // One transaction writes an event and keeps the chain's lock; another starts writing and
      // waits; the first writes again and commits. The waiting event must still come last.
      const first = db.createQueryRunner();
      await first.startTransaction();
      try {
        await audit.record(first.manager, event('test.concurrent-1'));
        const waiting = db.transaction((manager) =>
          audit.record(manager, event('test.concurrent-2')),
        );
        while (
          (
            await db.query(
              `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
            )
          )[0].n === 0
        )
          await new Promise((resolve) => setTimeout(resolve, 20));
        await audit.record(first.manager, event('test.concurrent-3'));
        await first.commitTransaction();
        await waiting;
      } finally {
        await first.release();
      }
      const order = await db.query(
        `SELECT action FROM audit_events WHERE action LIKE 'test.concurrent-%' ORDER BY id`,
      );
      expect(order.map((row: { action: string }) => row.action)).toEqual([
        'test.concurrent-1',
        'test.concurrent-3',
        'test.concurrent-2',
      ]);
      expect((await verifyAuditTrail(db.manager)).broken).toBeNull();
    },
  );

  it('names the first event rewritten or removed behind the triggers’ back', async () => {
    const rewritten = await recordOne('test.to-rewrite');
    await recordOne('test.after-it');
    const removed = await recordOne('test.to-remove');
    await recordOne('test.after-that');
    const [{ next }] = await db.query(
      `SELECT min(id)::text AS next FROM audit_events WHERE id > $1`,
      [removed],
    );
    // Only someone able to switch the triggers off can do this; roll it back afterwards.
    const tampered = (change: string) =>
      db
        .transaction(async (manager) => {
          await manager.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
          await manager.query(change);
          throw new Rollback(await verifyAuditTrail(manager, 3));
        })
        .catch((error: unknown) => {
          if (error instanceof Rollback) return error.check;
          throw error;
        });
    expect(
      (await tampered(`UPDATE audit_events SET after = '{"a": 3}' WHERE id = ${rewritten}`)).broken,
    ).toEqual({ id: rewritten, reason: 'its content no longer matches its hash' });
    expect((await tampered(`DELETE FROM audit_events WHERE id = ${removed}`)).broken).toEqual({
      id: next,
      reason: 'does not follow the event before',
    });
    expect((await verifyAuditTrail(db.manager)).broken).toBeNull();
  });
});

class Rollback extends Error {
  constructor(readonly check: AuditTrailCheck) {
    super('rolled back');
  }
}
