import request from 'supertest';
import { createCliContext } from '../src/app-context';
import { parseConfig, type AppConfig } from '../src/config/app-config';
import {
  DEMO_CENTRE,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_SECOND_CENTRE,
  DEMO_SECOND_CENTRE_PEOPLE,
} from '../src/demo/demo-centre';
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

  const everyone = [...DEMO_PEOPLE, ...DEMO_SECOND_CENTRE_PEOPLE];
  const emails = [...new Set(everyone.map((person) => person.email))];
  const signIn = (email: string) =>
    request(t.http).post('/api/auth/login').send({ email, password: DEMO_PASSWORD });

  // Slow by design: each password set, signature and sign-in of two seeds is an argon2id hash.
  it('loads once however often it runs, and every demo person signs in with their roles', async () => {
    const first = await seedDemo(t.config);
    const second = await seedDemo(t.config);
    expect(first.created).toBe(emails.length);
    expect(second.created).toBe(0);
    expect(
      await t.db.query(
        `SELECT name, count(*)::int AS n FROM centres WHERE name = ANY($1) GROUP BY name ORDER BY name`,
        [[DEMO_CENTRE, DEMO_SECOND_CENTRE]],
      ),
    ).toEqual([
      { name: DEMO_CENTRE, n: 1 },
      { name: DEMO_SECOND_CENTRE, n: 1 },
    ]);
    for (const email of emails) {
      const held = everyone.filter((person) => person.email === email && person.then === undefined);
      if (everyone.some((person) => person.email === email && person.then === 'suspended'))
        continue;
      const response = await signIn(email);
      expect(response.status).toBe(200);
      expect(response.body.roles).toEqual([...new Set(held.flatMap((person) => person.roles))]);
    }
  }, 90_000);

  it('shows access ending: the suspended former assessor cannot sign in; the person with no roles signs in to none', async () => {
    await seedDemo(t.config);
    expect((await signIn('former.assessor@demo.test')).status).toBe(401);
    const noRoles = await signIn('no.roles@demo.test');
    expect(noRoles.status).toBe(200);
    expect(noRoles.body.memberships).toEqual([]);
  });

  it('gives the demo learners records, and enrols four of them on the published QualCert L6, one at the second centre', async () => {
    await seedDemo(t.config);
    const rows = await t.db.query(
      `SELECT u.email, c.name AS centre, count(e.id)::int AS enrolments, min(a.email) AS assessor
         FROM learner_profiles p JOIN users u ON u.id = p.user_id JOIN centres c ON c.id = p.centre_id
         LEFT JOIN enrolments e ON e.learner_id = p.user_id
         LEFT JOIN enrolment_assignments ea ON ea.enrolment_id = e.id AND ea.role = 'assessor' AND ea.ended_at IS NULL
         LEFT JOIN users a ON a.id = ea.user_id
        WHERE u.email LIKE '%@demo.test' GROUP BY u.email, c.name ORDER BY u.email`,
    );
    expect(rows).toEqual([
      {
        email: 'learner2@demo.test',
        centre: DEMO_CENTRE,
        enrolments: 1,
        assessor: 'assessor2@demo.test',
      },
      { email: 'learner3@demo.test', centre: DEMO_CENTRE, enrolments: 0, assessor: null },
      {
        email: 'learner4@demo.test',
        centre: DEMO_SECOND_CENTRE,
        enrolments: 1,
        assessor: 'assessor2@demo.test',
      },
      {
        email: 'learner5@demo.test',
        centre: DEMO_CENTRE,
        enrolments: 1,
        assessor: 'assessor@demo.test',
      },
      {
        email: 'learner@demo.test',
        centre: DEMO_CENTRE,
        enrolments: 1,
        assessor: 'assessor@demo.test',
      },
    ]);
  });

  /** The demo assessor's queue, learner and title, and their decisions as stored. */
  async function assessmentBy(email: string) {
    const cookie = (await signIn(email)).headers['set-cookie'] as unknown as string[];
    const queue = await request(t.http).get('/api/assessment-queue').set('Cookie', cookie);
    expect(queue.status).toBe(200);
    const decisions = await t.db.query(
      `SELECT d.decision, d.feedback IS NOT NULL AS "withFeedback", v.status, count(*)::int AS n
         FROM assessment_decisions d JOIN evidence_versions v ON v.id = d.version_id
         JOIN users a ON a.id = d.assessor_id
        WHERE a.email = $1
        GROUP BY d.decision, d.feedback IS NOT NULL, v.status
        ORDER BY d.decision, "withFeedback"`,
      [email],
    );
    return {
      queue: queue.body.items.map((row: { title: string; learner: { displayName: string } }) => [
        row.learner.displayName,
        row.title,
      ]),
      decisions,
    };
  }

  it('shows every stage of assessment: two items in Tom Hughes’s queue, one accepted, one referred with feedback', async () => {
    await seedDemo(t.config);
    expect(await assessmentBy('assessor2@demo.test')).toEqual({
      queue: [
        ['Aisha Begum', 'Observed: chairing a multi-agency meeting'],
        ['Aisha Begum', 'Supervising a new support worker'],
      ],
      decisions: [
        { decision: 'accept', withFeedback: true, status: 'accepted', n: 1 },
        { decision: 'refer', withFeedback: true, status: 'referred', n: 1 },
      ],
    });
  });

  it('gives Priya Shah work too: three of Jordan Ellis’s items (one a witness’s testimony) and Kwame Mensah’s two in her queue, six accepted (one her own observation, which Jordan agreed with), one referred, one still a draft', async () => {
    await seedDemo(t.config);
    expect(await assessmentBy('assessor@demo.test')).toEqual({
      queue: [
        ['Jordan Ellis', 'Involving service users in recruiting support workers'],
        ['Jordan Ellis', 'Reviewing the crisis team’s budget'],
        ['Jordan Ellis', 'Witness testimony: Hannah Price'],
        ['Kwame Mensah', 'Observed: planning next quarter’s staffing and budget'],
        ['Kwame Mensah', 'Discussion: budgets, performance and commissioning'],
      ],
      decisions: [
        { decision: 'accept', withFeedback: false, status: 'accepted', n: 5 },
        { decision: 'accept', withFeedback: true, status: 'accepted', n: 1 },
        { decision: 'refer', withFeedback: true, status: 'referred', n: 1 },
      ],
    });
    const drafts = await t.db.query(
      `SELECT v.title FROM evidence_versions v JOIN evidence_items i ON i.id = v.item_id
         JOIN users u ON u.id = i.author_id WHERE u.email = 'learner@demo.test' AND v.status = 'draft'`,
    );
    expect(drafts).toEqual([{ title: 'Working with the community mental health team' }]);
  });

  it('shows signed work: Jordan Ellis’s QC28074-1 fully signed, signed off and countersigned, and half of QC28074-2 signed', async () => {
    await seedDemo(t.config);
    const cookie = (await signIn('assessor@demo.test')).headers[
      'set-cookie'
    ] as unknown as string[];
    const [{ id }]: { id: string }[] = await t.db.query(
      `SELECT e.id FROM enrolments e JOIN users u ON u.id = e.learner_id WHERE u.email = 'learner@demo.test'`,
    );
    const matrixOf = async (unit: string) => {
      const view = await request(t.http)
        .get(`/api/enrolments/${id}/units/${unit}/matrix`)
        .set('Cookie', cookie);
      expect(view.status).toBe(200);
      return {
        signed: view.body.matrix.rows
          .filter((row: { state: { status: string } }) => row.state.status === 'signed')
          .map((row: { ref: string }) => row.ref),
        achievement: view.body.achievement,
        unitSignOff: view.body.unitSignOff.status,
        countersignature: view.body.countersignature.status,
      };
    };
    expect(await matrixOf('QC28074-1')).toEqual({
      signed: ['1', '2', '3', '4', '5', '6'],
      achievement: { achieved: true, rowsSigned: 6, rowsTotal: 6, missing: [] },
      unitSignOff: 'signed',
      countersignature: 'signed',
    });
    expect(await matrixOf('QC28074-2')).toMatchObject({
      signed: ['1', '2', '3'],
      achievement: { achieved: false, rowsSigned: 3, rowsTotal: 6 },
    });
  });

  it('shows Priya Shah’s records at Jordan Ellis’s workplace: an observation Jordan agreed with, one awaiting Jordan, a discussion she is still writing', async () => {
    await seedDemo(t.config);
    const cookieOf = async (email: string) =>
      (await signIn(email)).headers['set-cookie'] as unknown as string[];
    const [{ id }]: { id: string }[] = await t.db.query(
      `SELECT e.id FROM enrolments e JOIN users u ON u.id = e.learner_id WHERE u.email = 'learner@demo.test'`,
    );
    const listed = async (cookie: string[], kind: string) =>
      (
        await request(t.http).get(`/api/enrolments/${id}/${kind}`).set('Cookie', cookie)
      ).body.items.map((item: { status: string }) => item.status);
    const jordan = await cookieOf('learner@demo.test');
    const priya = await cookieOf('assessor@demo.test');
    expect((await listed(jordan, 'observations')).sort()).toEqual([
      'accepted',
      'awaiting_countersignature',
    ]);
    expect(await listed(jordan, 'professional-discussions')).toEqual([]);
    expect(await listed(priya, 'professional-discussions')).toEqual(['draft']);
    const matrix = await request(t.http)
      .get(`/api/enrolments/${id}/units/QC28074-4/matrix`)
      .set('Cookie', priya);
    const covered = matrix.body.matrix.rows
      .filter((row: { evidence: unknown[] }) => row.evidence.length > 0)
      .map((row: { ref: string }) => row.ref);
    expect(covered).toEqual(['2', '3']);
  });

  it('lets the assessor who works at both centres see the enrolments they hold at each, and each admin only their own', async () => {
    await seedDemo(t.config);
    const learnersSeenBy = async (email: string) => {
      const cookie = (await signIn(email)).headers['set-cookie'] as unknown as string[];
      const listed = await request(t.http).get('/api/enrolments').set('Cookie', cookie);
      return (listed.body.items as { learner: { displayName: string } }[])
        .map((enrolment) => enrolment.learner.displayName)
        .sort();
    };
    expect(await learnersSeenBy('assessor2@demo.test')).toEqual(['Aisha Begum', 'Mei Lin']);
    expect(await learnersSeenBy('admin2@demo.test')).toEqual(['Mei Lin']);
    expect(await learnersSeenBy('admin@demo.test')).toEqual([
      'Aisha Begum',
      'Jordan Ellis',
      'Kwame Mensah',
    ]);
  });

  it('leaves the audit events of each admin adding each person by hand, and of each setting a password', async () => {
    await seedDemo(t.config);
    const rows: { action: string; by: string | null; n: number }[] = await t.db.query(
      `SELECT e.action, a.email AS by, count(*)::int AS n
         FROM audit_events e LEFT JOIN users a ON a.id = e.actor_id
        WHERE e.request_id = 'seed-demo' AND e.action NOT IN ('demo.seeded', 'user.password_set_by_link')
        GROUP BY e.action, a.email ORDER BY e.action, a.email`,
    );
    expect(rows).toEqual([
      { action: 'enrolment.created', by: 'admin2@demo.test', n: 1 },
      { action: 'enrolment.created', by: 'admin@demo.test', n: 3 },
      // Aisha Begum's and Jordan Ellis's portfolios, as they and their assessors made them.
      { action: 'evidence.accepted', by: 'assessor2@demo.test', n: 1 },
      { action: 'evidence.accepted', by: 'assessor@demo.test', n: 5 },
      // Priya Shah's records at Jordan Ellis's workplace: two observations signed, one agreed.
      { action: 'evidence.created', by: 'assessor@demo.test', n: 3 },
      { action: 'evidence.created', by: 'learner2@demo.test', n: 4 },
      // Kwame Mensah's two items, awaiting Priya Shah for the sign-off journey.
      { action: 'evidence.created', by: 'learner5@demo.test', n: 2 },
      { action: 'evidence.created', by: 'learner@demo.test', n: 9 },
      { action: 'evidence.record_agreed', by: 'learner@demo.test', n: 1 },
      { action: 'evidence.record_signed', by: 'assessor@demo.test', n: 2 },
      { action: 'evidence.referred', by: 'assessor2@demo.test', n: 1 },
      { action: 'evidence.referred', by: 'assessor@demo.test', n: 1 },
      { action: 'evidence.submitted', by: 'learner2@demo.test', n: 4 },
      { action: 'evidence.submitted', by: 'learner5@demo.test', n: 2 },
      { action: 'evidence.submitted', by: 'learner@demo.test', n: 8 },
      // Jordan Ellis's hours: logged by him, reviewed by Priya Shah, against targets Alex Morgan set.
      { action: 'hours.confirmed', by: 'assessor@demo.test', n: 2 },
      { action: 'hours.logged', by: 'learner@demo.test', n: 4 },
      { action: 'hours.queried', by: 'assessor@demo.test', n: 1 },
      { action: 'hours.target_set', by: 'admin@demo.test', n: 2 },
      // Callum Fraser asks for his employer to be corrected: it waits on the admin's home.
      { action: 'learner.correction_proposed', by: 'learner3@demo.test', n: 1 },
      { action: 'learner.created', by: 'admin2@demo.test', n: 1 },
      { action: 'learner.created', by: 'admin@demo.test', n: 4 },
      // Jordan Ellis's units, as Priya Shah signed them and Jordan countersigned.
      { action: 'sign_off.countersigned', by: 'learner@demo.test', n: 1 },
      { action: 'sign_off.signed', by: 'assessor@demo.test', n: 3 },
      { action: 'sign_off.unit_signed', by: 'assessor@demo.test', n: 1 },
      // A learner record is an account first: staff and learners alike are users created.
      { action: 'user.created', by: 'admin2@demo.test', n: 1 },
      { action: 'user.created', by: 'admin@demo.test', n: 10 },
      { action: 'user.disabled', by: 'admin@demo.test', n: 1 },
      { action: 'user.joined_centre', by: 'admin2@demo.test', n: 2 },
      { action: 'user.roles_replaced', by: 'admin@demo.test', n: 1 },
      // The centre's register of witnesses, and Jordan Ellis's requests to two of them.
      { action: 'witness.added', by: 'assessor@demo.test', n: 2 },
      { action: 'witness_request.created', by: 'assessor@demo.test', n: 1 },
      { action: 'witness_request.created', by: 'learner@demo.test', n: 1 },
    ]);
    const passwords: { n: number }[] = await t.db.query(
      `SELECT count(DISTINCT subject_id)::int AS n FROM audit_events
        WHERE request_id = 'seed-demo' AND action = 'user.password_set_by_link'`,
    );
    expect(passwords).toEqual([{ n: emails.length }]);
  });

  it('keeps a register of witnesses, and on Jordan Ellis’s portfolio a testimony given and a request open', async () => {
    await seedDemo(t.config);
    const register = await t.db.query(
      `SELECT w.name, w.expert, w.occupational_competence IS NOT NULL AS competence
         FROM centre_witnesses w JOIN centres c ON c.id = w.centre_id
        WHERE c.name = 'Demo Care Academy' ORDER BY w.name`,
    );
    expect(register).toEqual([
      { name: 'Hannah Price', expert: true, competence: true },
      { name: 'Ravi Desai', expert: false, competence: false },
    ]);
    const requests = await t.db.query(
      `SELECT w.name, asker.email AS asker, r.submitted_at IS NOT NULL AS given, r.revoked_at IS NULL AS standing,
              v.status, v.method
         FROM witness_requests r
         JOIN centre_witnesses w ON w.id = r.witness_id
         JOIN users asker ON asker.id = r.requested_by
         JOIN enrolments e ON e.id = r.enrolment_id
         JOIN users l ON l.id = e.learner_id
         LEFT JOIN evidence_versions v ON v.item_id = r.evidence_item_id
        WHERE l.email = 'learner@demo.test' ORDER BY w.name`,
    );
    expect(requests).toEqual([
      {
        name: 'Hannah Price',
        asker: 'assessor@demo.test',
        given: true,
        standing: true,
        status: 'submitted',
        method: 'expert_witness',
      },
      {
        name: 'Ravi Desai',
        asker: 'learner@demo.test',
        given: false,
        standing: true,
        status: null,
        method: null,
      },
    ]);
  });

  it('refuses with NODE_ENV=production unless SEED_DEMO=true', async () => {
    const production = parseConfig({ NODE_ENV: 'production' }, process.cwd());
    await expect(seedDemo(production)).rejects.toBeInstanceOf(DemoSeedRefused);
    const insisted = parseConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }, process.cwd());
    await expect(seedDemo(insisted)).resolves.toEqual({ created: 0 });
  });
});
