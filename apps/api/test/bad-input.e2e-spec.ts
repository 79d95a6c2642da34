import { MAX_JSON_DEPTH } from '@signoff/contracts';
import request from 'supertest';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { centreRows, startTestApp, type TestApp } from './support/test-app';

const CONTENT = {
  method: 'reflective_account',
  title: 'Leading a multi-agency case review',
  narrative: '<p>I chaired the review.</p>',
  activityDate: '2026-10-14',
  claims: [{ unit: 'QC28074-1', outcome: '3', criterion: null }],
};

/** Input no form would send: refused with a 400 that names the field, and nothing stored. */
describe('bad input', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let learner: EnrolledLearner;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await enrolmentFixture(t);
    learner = await fixture.enrolLearner();
  });
  afterAll(() => t.close());

  const createEvidence = (content: object) =>
    request(t.http)
      .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
      .set('Cookie', learner.cookie)
      .send(content);
  const evidenceCount = async () =>
    Number(
      (
        await t.db.query('SELECT count(*) FROM evidence_items WHERE enrolment_id = $1', [
          learner.enrolmentId,
        ])
      )[0].count,
    );

  describe('a NUL character', () => {
    it('in a body field is refused, naming the field, and nothing is stored', async () => {
      const before = await evidenceCount();
      const response = await createEvidence({ ...CONTENT, title: 'Case\u0000review' });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ path: 'title', message: expect.stringContaining('character') }],
      });
      expect(await evidenceCount()).toBe(before);
    });

    it('in a nested field is refused, naming its whole path, and nothing is stored', async () => {
      const email = 'nul-employer@example.test';
      const response = await request(t.http)
        .post('/api/learners')
        .set('Cookie', fixture.admin)
        .send({
          email,
          displayName: 'Lee Learner',
          centreId: fixture.centreId,
          dateOfBirth: '1990-05-17',
          uln: null,
          employer: {
            organisation: 'Acme\u0000Care',
            workplace: null,
            contactName: null,
            contactEmail: null,
          },
          priorQualifications: [],
          englishEvidence: [],
          experienceYears: null,
        });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { path: 'employer.organisation', message: expect.any(String) },
      ]);
      expect(await t.db.query('SELECT 1 FROM users WHERE email = $1', [email])).toHaveLength(0);
    });

    it('in a display name is refused', async () => {
      const response = await request(t.http)
        .post('/api/users')
        .set('Cookie', fixture.admin)
        .send({
          email: 'nul@example.test',
          displayName: 'Sam\u0000Carter',
          roles: [{ centreId: fixture.centreId, role: 'assessor' }],
        });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ path: 'displayName', message: expect.any(String) }]);
    });

    it('in a query is refused, naming the parameter', async () => {
      const response = await request(t.http)
        .get(`/api/enrolments/${learner.enrolmentId}/evidence?unit=%00`)
        .set('Cookie', learner.cookie);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ path: 'unit', message: expect.any(String) }]);
    });

    it('in an imported CSV file is refused, and nothing is stored', async () => {
      const before = await centreRows(t.db, fixture.centreId);
      const response = await request(t.http)
        .post('/api/learners/import')
        .set('Cookie', fixture.admin)
        .set('Content-Type', 'text/csv')
        .send('email,display_name,date_of_birth\nnul@example.test,Lee\u0000Learner,1990-05-17\n');
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(await centreRows(t.db, fixture.centreId)).toEqual(before);
    });

    it('in a route parameter is refused, naming it', async () => {
      const response = await request(t.http).get('/api/evidence/%00').set('Cookie', learner.cookie);
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ path: 'id', message: expect.any(String) }]);
    });
  });

  describe('a date that is not on the calendar', () => {
    it.each(['2026-02-31', '0000-01-01', '2026-02-29', '2026-13-01'])(
      'as an activity date (%s) is refused, naming the field, and nothing is stored',
      async (activityDate) => {
        const before = await evidenceCount();
        const response = await createEvidence({ ...CONTENT, activityDate });
        expect(response.status).toBe(400);
        expect(response.body.errors).toEqual([
          { path: 'activityDate', message: expect.stringContaining('real date') },
        ]);
        expect(await evidenceCount()).toBe(before);
      },
    );

    it('as an enrolment’s start or planned end date is refused, naming each', async () => {
      const response = await request(t.http)
        .post('/api/enrolments')
        .set('Cookie', fixture.admin)
        .send({
          learnerId: learner.learnerId,
          qualificationId: fixture.qualificationId,
          pathway: null,
          startDate: '2026-02-30',
          plannedEndDate: '0000-01-01',
          registrationNumber: null,
          assessorId: fixture.assessor.id,
          iqaId: fixture.iqa.id,
          overrideReason: null,
        });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([
          { path: 'startDate', message: expect.stringContaining('real date') },
          { path: 'plannedEndDate', message: expect.stringContaining('real date') },
        ]),
      );
      expect(response.body.errors).toHaveLength(2);
    });

    it('as a date of birth (0000-01-01) is refused', async () => {
      const response = await request(t.http)
        .put(`/api/learners/${learner.learnerId}`)
        .set('Cookie', fixture.admin)
        .send({
          displayName: 'Lee Learner',
          dateOfBirth: '0000-01-01',
          uln: null,
          employer: null,
          priorQualifications: [],
          englishEvidence: [],
          experienceYears: null,
        });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([
        { path: 'dateOfBirth', message: expect.stringContaining('real date') },
      ]);
    });
  });

  describe('deeply nested JSON', () => {
    const nested = (depth: number, open: string, close: string) =>
      open.repeat(depth) + close.repeat(depth);

    it.each([
      ['arrays', nested(100_000, '[', ']')],
      ['objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
      ['arrays in a field', `{"title":${nested(100_000, '[', ']')}}`],
    ])('(100,000 %s) is refused with 400 before anything walks it', async (_, body) => {
      const before = await evidenceCount();
      const response = await request(t.http)
        .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
        .set('Cookie', learner.cookie)
        .set('Content-Type', 'application/json')
        .send(body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        code: 'MALFORMED_REQUEST',
        message: expect.stringContaining(`${MAX_JSON_DEPTH} levels`),
      });
      expect(await evidenceCount()).toBe(before);
    });

    it(`accepts nesting up to ${MAX_JSON_DEPTH} levels, and refuses one more`, async () => {
      const login = (levels: number) =>
        request(t.http)
          .post('/api/auth/login')
          .set('Content-Type', 'application/json')
          .send(`{"email":"a@example.test","password":${nested(levels - 1, '[', ']')}}`);
      expect((await login(MAX_JSON_DEPTH)).body.code).toBe('VALIDATION_FAILED');
      expect((await login(MAX_JSON_DEPTH + 1)).body.code).toBe('MALFORMED_REQUEST');
    });
  });
});
