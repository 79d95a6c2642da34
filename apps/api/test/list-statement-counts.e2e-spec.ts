import request from 'supertest';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { watchStatements, type StatementWatch } from './support/statement-count';
import { signIn, startTestApp, type TestApp } from './support/test-app';

/** How many learners the centre grows by, each enrolled, with this many items awaiting assessment. */
const GROWN_LEARNERS = 60;
const ITEMS_EACH = 5;

interface ListRead {
  sql: string[];
  total: number;
  rows: number;
  /** The counts on the page's rows: items awaiting assessment, or a learner's enrolments. */
  counts: number;
}

/**
 * The lists people open first (a centre's enrolments and learners for its admin, an assessor's
 * caseload, a learner's own enrolments) must cost the same number of SQL statements however many
 * learners, enrolments and evidence items the centre holds: each is read on a centre of one
 * learner and again once it has grown by sixty, each with evidence awaiting assessment.
 */
describe('SQL statements per list request as the centre grows', () => {
  let t: TestApp;
  let watch: StatementWatch;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let learner: EnrolledLearner;
  let assessor: string;
  const lists: Record<string, { path: string; cookie: () => string }> = {
    'a centre’s enrolments for its admin': { path: '/api/enrolments', cookie: () => fixture.admin },
    'an assessor’s caseload': { path: '/api/enrolments', cookie: () => assessor },
    'a learner’s own enrolments': { path: '/api/enrolments', cookie: () => learner.cookie },
    'a centre’s learners for its admin': { path: '/api/learners', cookie: () => fixture.admin },
  };
  const small: Record<string, ListRead> = {};
  const large: Record<string, ListRead> = {};

  async function readAll(into: Record<string, ListRead>): Promise<void> {
    for (const [name, { path, cookie }] of Object.entries(lists)) {
      const { response, sql } = await watch.statementsOf(() =>
        request(t.http).get(path).set('Cookie', cookie()),
      );
      expect(response.status).toBe(200);
      const items: { awaitingAssessment?: number; enrolments?: number }[] = response.body.items;
      into[name] = {
        sql,
        total: response.body.total,
        rows: items.length,
        counts: items.reduce(
          (sum, item) => sum + (item.awaitingAssessment ?? item.enrolments ?? 0),
          0,
        ),
      };
    }
  }

  /** Learners, enrolments and submitted evidence written as the owner, as a fixture. */
  async function grow(): Promise<void> {
    await t.db.query(
      `WITH people AS (
         INSERT INTO users (email, display_name)
         SELECT 'grown-' || n || '@example.test', 'Grown Learner ' || n FROM generate_series(1, $3::int) n RETURNING id
       ), members AS (
         INSERT INTO centre_members (user_id, centre_id) SELECT id, $1 FROM people RETURNING user_id
       ), roles AS (
         INSERT INTO memberships (user_id, centre_id, role) SELECT user_id, $1, 'learner' FROM members RETURNING user_id
       ), profiles AS (
         INSERT INTO learner_profiles (user_id, centre_id, date_of_birth) SELECT user_id, $1, '1990-01-01' FROM roles RETURNING user_id
       ), enrolled AS (
         INSERT INTO enrolments (centre_id, learner_id, qualification_version_id, start_date, planned_end_date, planned_units, entry_check)
         SELECT $1, user_id, (SELECT qualification_version_id FROM enrolments WHERE id = $2), '2026-09-01', '2027-08-31', '[]',
                '{"outcome":"met","blocking":false,"results":[]}'
           FROM profiles RETURNING id
       )
       INSERT INTO enrolment_assignments (enrolment_id, role, user_id)
       SELECT id, 'assessor', $4::uuid FROM enrolled UNION ALL SELECT id, 'iqa', $5::uuid FROM enrolled`,
      [fixture.centreId, learner.enrolmentId, GROWN_LEARNERS, fixture.assessor.id, fixture.iqa.id],
    );
    await t.db.query(
      `WITH items AS (
         INSERT INTO evidence_items (enrolment_id, author_id)
         SELECT e.id, e.learner_id FROM enrolments e, generate_series(1, $2::int) WHERE e.centre_id = $1 RETURNING id
       )
       INSERT INTO evidence_versions (item_id, number, status, method, title, activity_date)
       SELECT id, 1, 'submitted', 'reflective_account', 'Reflective account', '2026-10-01' FROM items`,
      [fixture.centreId, ITEMS_EACH],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    watch = watchStatements(t);
    fixture = await enrolmentFixture(t);
    assessor = await signIn(t.http, fixture.assessor);
    learner = await fixture.enrolLearner();
    await readAll(small);
    await grow();
    await readAll(large);
  });
  afterAll(() => t.close());

  it.each(Object.keys(lists))('reads %s in as many statements for 61 learners as for 1', (name) => {
    expect(large[name].sql).toHaveLength(small[name].sql.length);
    expect(small[name].sql.length).toBeGreaterThan(0);
  });

  it('reads really different data on the grown centre', () => {
    const shape = (reads: Record<string, ListRead>) =>
      Object.fromEntries(
        Object.entries(reads).map(([name, { total, rows, counts }]) => [
          name,
          { total, rows, counts },
        ]),
      );
    const grown = 1 + GROWN_LEARNERS;
    expect(shape(small)).toEqual({
      'a centre’s enrolments for its admin': { total: 1, rows: 1, counts: 0 },
      'an assessor’s caseload': { total: 1, rows: 1, counts: 0 },
      'a learner’s own enrolments': { total: 1, rows: 1, counts: 0 },
      'a centre’s learners for its admin': { total: 1, rows: 1, counts: 1 },
    });
    // A page of fifty (the default) of every list but the learner's own, each enrolment awaiting
    // assessment of five items, each learner enrolled once.
    expect(shape(large)).toEqual({
      'a centre’s enrolments for its admin': { total: grown, rows: 50, counts: 50 * ITEMS_EACH },
      'an assessor’s caseload': { total: grown, rows: 50, counts: 50 * ITEMS_EACH },
      'a learner’s own enrolments': { total: 1, rows: 1, counts: ITEMS_EACH },
      'a centre’s learners for its admin': { total: grown, rows: 50, counts: 50 },
    });
  });
});
