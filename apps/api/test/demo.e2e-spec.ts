import request from 'supertest';
import { createCliContext } from '../src/app-context';
import { parseConfig, type AppConfig } from '../src/config/app-config';
import { DEMO_CENTRE, DEMO_PASSWORD, DEMO_PEOPLE } from '../src/demo/demo-centre';
import { DemoSeedRefused, DemoSeedService } from '../src/demo/demo-seed.service';
import { startTestApp, type TestApp } from './support/test-app';

describe('demo centre', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** As `npm run seed:demo` does: the app's module in the CLI role, as the schema's owner. */
  async function seedDemo(config: AppConfig): Promise<{ created: number }> {
    const context = await createCliContext(config, {
      migrationUrl: process.env.SIGNOFF_TEST_DATABASE_URL as string,
      embedded: false,
    });
    try {
      return await context.get(DemoSeedService).seed();
    } finally {
      await context.close();
    }
  }

  it('loads once however often it runs, and every demo person can sign in', async () => {
    const first = await seedDemo(t.config);
    const second = await seedDemo(t.config);
    expect(first.created).toBe(DEMO_PEOPLE.length);
    expect(second.created).toBe(0);
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM centres WHERE name = $1`, [DEMO_CENTRE]),
    ).toEqual([{ n: 1 }]);
    for (const person of DEMO_PEOPLE) {
      const response = await request(t.http)
        .post('/api/auth/login')
        .send({ email: person.email, password: DEMO_PASSWORD });
      expect(response.status).toBe(200);
      expect(response.body.roles).toEqual(person.roles);
    }
  });

  it('gives the demo learners records, and enrols two of them on the published QualCert L6', async () => {
    await seedDemo(t.config);
    const rows = await t.db.query(
      `SELECT u.email, count(e.id)::int AS enrolments, min(a.email) AS assessor
         FROM learner_profiles p JOIN users u ON u.id = p.user_id
         LEFT JOIN enrolments e ON e.learner_id = p.user_id
         LEFT JOIN enrolment_assignments ea ON ea.enrolment_id = e.id AND ea.role = 'assessor' AND ea.ended_at IS NULL
         LEFT JOIN users a ON a.id = ea.user_id
        WHERE u.email LIKE '%@demo.test' GROUP BY u.email ORDER BY u.email`,
    );
    expect(rows).toEqual([
      { email: 'learner2@demo.test', enrolments: 1, assessor: 'assessor2@demo.test' },
      { email: 'learner3@demo.test', enrolments: 0, assessor: null },
      { email: 'learner@demo.test', enrolments: 1, assessor: 'assessor@demo.test' },
    ]);
  });

  it('leaves the audit events of an admin adding each person by hand, and of each setting a password', async () => {
    await seedDemo(t.config);
    const rows: { action: string; byAdmin: boolean; n: number }[] = await t.db.query(
      `SELECT e.action, e.actor_id = a.id AS "byAdmin", count(*)::int AS n
         FROM audit_events e JOIN users a ON a.email = 'admin@demo.test'
        WHERE e.request_id = 'seed-demo' AND e.action <> 'demo.seeded'
        GROUP BY e.action, e.actor_id = a.id ORDER BY e.action, 2`,
    );
    expect(rows).toEqual([
      { action: 'enrolment.created', byAdmin: true, n: 2 },
      { action: 'learner.created', byAdmin: true, n: 3 },
      { action: 'user.created', byAdmin: true, n: 7 },
      { action: 'user.password_set_by_link', byAdmin: false, n: 7 },
      { action: 'user.password_set_by_link', byAdmin: true, n: 1 },
    ]);
  });

  it('refuses with NODE_ENV=production unless SEED_DEMO=true', async () => {
    const production = parseConfig({ NODE_ENV: 'production' }, process.cwd());
    await expect(seedDemo(production)).rejects.toBeInstanceOf(DemoSeedRefused);
    const insisted = parseConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }, process.cwd());
    await expect(seedDemo(insisted)).resolves.toEqual({ created: 0 });
  });
});
