import request from 'supertest';
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy';
import {
  createCentre,
  createPerson,
  signIn,
  startTestApp,
  type TestApp,
  type TestPerson,
} from './support/test-app';

const embedded = process.env.SIGNOFF_TEST_DATABASE_EMBEDDED === 'true';

function expectUnavailable(response: request.Response): void {
  expect(response.status).toBe(503);
  expect(response.body).toEqual({ code: 'UNAVAILABLE', message: expect.any(String) });
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
}

describe('when the database cannot be reached', () => {
  let proxy: TcpProxy;
  let t: TestApp;
  let cookie: string;

  beforeAll(async () => {
    proxy = await startTcpProxy(process.env.SIGNOFF_TEST_API_DATABASE_URL ?? '');
    t = await startTestApp({ DATABASE_URL: proxy.url });
    const centreId = await createCentre(t.db);
    cookie = await signIn(t.http, await createPerson(t.db, [{ centreId, role: 'learner' }]));
  });
  afterAll(async () => {
    await proxy.restore().catch(() => undefined);
    await t.close();
    await proxy.close();
  });

  it('answers 503 with Retry-After, with or without a session, and recovers without a restart', async () => {
    await proxy.cut();
    expectUnavailable(await request(t.http).get('/api/health').set('Cookie', cookie));
    expectUnavailable(await request(t.http).get('/api/me').set('Cookie', cookie));
    expectUnavailable(await request(t.http).get('/api/health'));

    await proxy.restore();
    expect((await request(t.http).get('/api/me').set('Cookie', cookie)).status).toBe(200);
    expect((await request(t.http).get('/api/health').set('Cookie', cookie)).status).toBe(200);
  });
});

// PGlite serves one connection: nothing can wait on a lock there while another session kills it.
(embedded ? describe.skip : describe)('when the server ends a connection mid-request', () => {
  let t: TestApp;
  let person: TestPerson;

  beforeAll(async () => {
    t = await startTestApp();
    person = await createPerson(t.db, [{ centreId: await createCentre(t.db), role: 'learner' }]);
  });
  afterAll(() => t.close());

  it('answers 503 with Retry-After (pg_terminate_backend), then serves the next request', async () => {
    const cookie = await signIn(t.http, person);
    const runner = t.db.createQueryRunner();
    await runner.startTransaction();
    try {
      // The app's session lookup waits behind this lock; that waiting backend is then killed.
      await runner.query(`LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE`);
      const pending = request(t.http).get('/api/me').set('Cookie', cookie).then();
      let killed = 0;
      for (let tries = 0; killed === 0 && tries < 100; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        const rows: unknown[] = await runner.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'`,
        );
        killed = rows.length;
      }
      expect(killed).toBe(1);
      expectUnavailable(await pending);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    expect((await request(t.http).get('/api/me').set('Cookie', cookie)).status).toBe(200);
  });
});
