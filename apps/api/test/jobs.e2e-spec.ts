import { randomUUID } from 'node:crypto';
import type { FailedJobsPage } from '@signoff/contracts';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { migrate, withDataSource } from '../src/database/migrator';
import { JobsService } from '../src/jobs/jobs.service';
import { createCentre, createPerson, signIn, startTestApp, type TestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, looking every 200 ms, for at most `ms`. */
async function eventually(check: () => Promise<boolean>, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`not so after ${ms} ms`);
    await pause(200);
  }
}

/**
 * Runs `test` on a migrated database of its own, dropped after: no other test's process declares
 * or works its schedules.
 */
async function onOwnDatabase(
  name: string,
  test: (database: TestDatabase) => Promise<void>,
): Promise<void> {
  const database = await createTestDatabase(name);
  try {
    await withDataSource(database.url, migrate);
    await test(database);
  } finally {
    await database.drop();
  }
}

/** Jobs (pg-boss) share the app's database: scheduled once across processes, retried, listed. */
describe('jobs', () => {
  // The embedded test database serves every connection in one session: two processes cannot
  // share it as they would a server.
  const embedded = process.env.SIGNOFF_TEST_DATABASE_EMBEDDED === 'true';

  (embedded ? it.skip : it)(
    'runs a scheduled housekeeping job once per period with two API processes on one database',
    () =>
      onOwnDatabase('signoff_jobs', async (database) => {
        const processes = [
          await startTestApp({ JOB_POLL_SECONDS: '1' }, database),
          await startTestApp({ JOB_POLL_SECONDS: '1' }, database),
        ];
        const [{ db }] = processes;
        try {
          const centre = await createCentre(db);
          const person = await createPerson(db, [{ centreId: centre, role: 'learner' }]);
          await db.query(
            `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() - interval '1 minute')`,
            [randomUUID(), person.id],
          );
          const expiredSessions = async () =>
            (await db.query(`SELECT 1 FROM sessions WHERE user_id = $1`, [person.id])).length;
          expect(await expiredSessions()).toBe(1);

          // Its period comes round every minute from now on, rather than every quarter hour.
          const from = Date.now();
          await db.query(
            `UPDATE pgboss.schedule SET cron = '* * * * *' WHERE name = 'auth.purge-expired'`,
          );
          const runs = async () =>
            (
              await db.query(
                `SELECT state FROM pgboss.job WHERE name = 'auth.purge-expired' ORDER BY created_on`,
              )
            ).map((row: { state: string }) => row.state);
          await eventually(async () => (await runs()).includes('completed'), 20_000);
          // Each process looks at the schedule every second: give both a few looks more.
          await pause(4000);
          const minutes = Math.floor(Date.now() / 60_000) - Math.floor(from / 60_000) + 1;

          expect(await expiredSessions()).toBe(0);
          const states = await runs();
          expect(states.length).toBeGreaterThanOrEqual(1);
          expect(states.length).toBeLessThanOrEqual(minutes);
        } finally {
          for (const app of processes) await app.close();
        }
      }),
    60_000,
  );

  (embedded ? it.skip : it)(
    'drops, when the next release starts, the schedule of a job it no longer declares',
    () =>
      onOwnDatabase('signoff_jobs_retired', async (database) => {
        const retired = 'test.retired';
        const scheduled = async (app: TestApp, name: string) =>
          (await app.db.query(`SELECT 1 FROM pgboss.schedule WHERE name = $1`, [name])).length;

        const release = await startTestApp({ JOB_POLL_SECONDS: '1' }, database);
        try {
          release.app
            .get(JobsService)
            .register({ name: retired, schedule: '0 3 * * *', handle: async () => undefined });
          await eventually(async () => (await scheduled(release, retired)) === 1, 10_000);
        } finally {
          await release.close();
        }

        const next = await startTestApp({ JOB_POLL_SECONDS: '1' }, database);
        try {
          expect(await scheduled(next, retired)).toBe(0);
          expect(await scheduled(next, 'auth.purge-expired')).toBe(1);
        } finally {
          await next.close();
        }
      }),
    60_000,
  );

  describe('in one process', () => {
    let t: TestApp;
    let jobs: JobsService;
    let appDb: DataSource;

    beforeAll(async () => {
      t = await startTestApp({ JOB_POLL_SECONDS: '1' });
      jobs = t.app.get(JobsService);
      appDb = t.app.get(DataSource);
    });
    afterAll(() => t.close());

    it('retries a failing job with back-off, then lists it for admins without personal data', async () => {
      const name = `test.fails-${randomUUID().slice(0, 8)}`;
      const tries: number[] = [];
      jobs.register({
        name,
        retry: { limit: 2, delaySeconds: 1 },
        handle: async () => {
          tries.push(Date.now());
          throw new Error('Could not write to jane.doe@example.test');
        },
      });
      await pause(500);
      await appDb.transaction((manager) => jobs.enqueue(manager, name, { evidenceId: 'e-1' }));
      await eventually(async () => {
        const rows = await t.db.query(`SELECT state FROM pgboss.job WHERE name = $1`, [name]);
        return rows[0]?.state === 'failed';
      }, 30_000);

      expect(tries).toHaveLength(3);
      const waits = [tries[1] - tries[0], tries[2] - tries[1]];
      // Back-off: the first wait is at least the delay, the second at least twice it.
      expect(waits[0]).toBeGreaterThanOrEqual(1000);
      expect(waits[1]).toBeGreaterThanOrEqual(2000);

      const centre = await createCentre(t.db);
      const admin = await createPerson(t.db, [{ centreId: centre, role: 'admin' }]);
      const listed = await request(t.http)
        .get('/api/jobs/failed?limit=200')
        .set('Cookie', await signIn(t.http, admin));
      expect(listed.status).toBe(200);
      const page = listed.body as FailedJobsPage;
      const failed = page.items.find((item) => item.name === name);
      expect(failed).toEqual({
        id: expect.any(String),
        name,
        queuedAt: expect.any(String),
        failedAt: expect.any(String),
        tries: 3,
        lastError: 'Unexpected Error; the server log has the details.',
      });
      expect(page.total).toBeGreaterThanOrEqual(1);
      expect(JSON.stringify(listed.body)).not.toContain('jane');
      expect(JSON.stringify(listed.body)).not.toContain('e-1');
    }, 60_000);

    it('never runs a job enqueued in a transaction that rolled back', async () => {
      const name = `test.runs-${randomUUID().slice(0, 8)}`;
      const ran: unknown[] = [];
      jobs.register({
        name,
        handle: async (payload) => {
          ran.push(payload.n);
        },
      });
      await pause(500);
      await expect(
        appDb.transaction(async (manager) => {
          await jobs.enqueue(manager, name, { n: 1 });
          throw new Error('the command changed its mind');
        }),
      ).rejects.toThrow('the command changed its mind');
      await appDb.transaction((manager) => jobs.enqueue(manager, name, { n: 2 }));

      await eventually(async () => ran.includes(2), 15_000);
      await pause(2000);
      expect(ran).toEqual([2]);
      const stored = await t.db.query(`SELECT data FROM pgboss.job WHERE name = $1`, [name]);
      expect(stored).toEqual([{ data: { n: 2 } }]);
    }, 30_000);

    it('refuses the list of failed jobs a bad page, naming the field', async () => {
      const centre = await createCentre(t.db);
      const admin = await createPerson(t.db, [{ centreId: centre, role: 'admin' }]);
      const response = await request(t.http)
        .get('/api/jobs/failed?limit=0')
        .set('Cookie', await signIn(t.http, admin));
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ path: 'limit', message: expect.any(String) }]);
    });
  });
});
