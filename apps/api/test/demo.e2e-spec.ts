import request from 'supertest';
import { DEMO_CENTRE, DEMO_PASSWORD, DEMO_PEOPLE } from '../src/demo/demo-centre';
import { DemoSeedRefused, seedDemo } from '../src/demo/seed-demo';
import { parseConfig } from '../src/config/app-config';
import { startTestApp, type TestApp } from './support/test-app';

describe('demo centre', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('loads once however often it runs, and every demo person can sign in', async () => {
    const first = await seedDemo(t.db, t.config);
    const second = await seedDemo(t.db, t.config);
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
    await seedDemo(t.db, t.config);
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

  it('refuses with NODE_ENV=production unless SEED_DEMO=true', async () => {
    const production = parseConfig({ NODE_ENV: 'production' }, process.cwd());
    await expect(seedDemo(t.db, production)).rejects.toBeInstanceOf(DemoSeedRefused);
    const insisted = parseConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }, process.cwd());
    await expect(seedDemo(t.db, insisted)).resolves.toEqual({ created: 0 });
  });
});
