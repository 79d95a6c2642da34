import { DECLARATION_STATEMENT } from '@signoff/contracts';
import request from 'supertest';
import { PDF, PNG } from '../src/files/testing/evidence-samples';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { centreRows, signIn, startTestApp, type TestApp } from './support/test-app';

const CONTENT = {
  method: 'reflective_account',
  title: 'Leading a care review',
  narrative: '<p>I chaired the review.</p>',
  activityDate: '2026-10-20',
  claims: [{ unit: 'QC28074-3', outcome: '1', criterion: null }],
};

/**
 * A withdrawn or completed enrolment's portfolio takes no writes until an admin reopens it, and
 * its evidence no assessment decisions.
 */
describe('evidence on an enrolment that is no longer active', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let learner: EnrolledLearner;
  let assessor: string;
  let draftId: string;
  let fileId: string;
  let referredId: string;
  let submittedId: string;
  let acceptedId: string;
  let plannedUnits: string[];

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    fixture = await enrolmentFixture(t);
    learner = await fixture.enrolLearner();
    assessor = await signIn(t.http, fixture.assessor);
    draftId = (await create()).body.id;
    fileId = (await upload(draftId, 'plan.png', PNG)).body.current.files[0].id;
    referredId = await submitted();
    expect((await decide(referredId, 'refer')).status).toBe(201);
    submittedId = await submitted();
    acceptedId = await submitted();
    expect((await decide(acceptedId, 'accept')).status).toBe(201);
    plannedUnits = (await as(fixture.admin).get(`/api/enrolments/${learner.enrolmentId}`)).body
      .plannedUnits;
  });
  afterAll(() => t.close());

  const as = (cookie: string) => ({
    get: (url: string) => request(t.http).get(url).set('Cookie', cookie),
    post: (url: string) => request(t.http).post(url).set('Cookie', cookie),
    put: (url: string) => request(t.http).put(url).set('Cookie', cookie),
    delete: (url: string) => request(t.http).delete(url).set('Cookie', cookie),
  });
  const create = () =>
    as(learner.cookie).post(`/api/enrolments/${learner.enrolmentId}/evidence`).send(CONTENT);
  const upload = (itemId: string, name: string, body: Buffer) =>
    as(learner.cookie)
      .post(`/api/evidence/${itemId}/files?name=${encodeURIComponent(name)}`)
      .set('Content-Type', 'application/octet-stream')
      .send(body);
  const submitted = async () => {
    const id: string = (await create()).body.id;
    const response = await as(learner.cookie)
      .post(`/api/evidence/${id}/submit`)
      .send({ statement: DECLARATION_STATEMENT, agreed: true });
    expect(response.status).toBe(200);
    return id;
  };
  const decide = (itemId: string, decision: string) =>
    as(assessor)
      .post(`/api/evidence/${itemId}/assessments`)
      .send({
        version: 1,
        decision,
        ...(decision === 'accept' ? {} : { feedback: 'Name the agencies you worked with.' }),
        ...(decision === 'withdrawAcceptance' ? {} : { mapping: CONTENT.claims }),
      });
  const setStatus = async (status: string) => {
    const response = await as(fixture.admin)
      .post(`/api/enrolments/${learner.enrolmentId}/status`)
      .send({ status });
    expect(response.status).toBe(200);
  };

  /** Every write the learner makes to their portfolio, with its answer. */
  const writes = {
    'add evidence': () => create(),
    'save a draft': () =>
      as(learner.cookie)
        .put(`/api/evidence/${draftId}`)
        .send({ ...CONTENT, title: 'Changed' }),
    'upload a file': () => upload(draftId, 'notes.pdf', PDF),
    'remove a file': () => as(learner.cookie).delete(`/api/evidence/${draftId}/files/${fileId}`),
    submit: () =>
      as(learner.cookie)
        .post(`/api/evidence/${draftId}/submit`)
        .send({ statement: DECLARATION_STATEMENT, agreed: true }),
    'revise referred evidence': () => as(learner.cookie).post(`/api/evidence/${referredId}/revise`),
    'discard a draft': () => as(learner.cookie).delete(`/api/evidence/${draftId}`),
    'plan units': () =>
      as(learner.cookie)
        .put(`/api/enrolments/${learner.enrolmentId}/unit-plan`)
        .send({ plannedUnits }),
  };

  // The learner's portfolio and their centre's rows: other test files write evidence of their own.
  const portfolioState = async () => ({
    versions: await t.db.query(
      `SELECT v.item_id, v.number, v.status, v.title, f.file_id
         FROM evidence_items i JOIN evidence_versions v ON v.item_id = i.id
         LEFT JOIN evidence_version_files f ON f.version_id = v.id
        WHERE i.enrolment_id = $1 ORDER BY 1, 2, 5`,
      [learner.enrolmentId],
    ),
    plan: await t.db.query(`SELECT planned_units FROM enrolments WHERE id = $1`, [
      learner.enrolmentId,
    ]),
    centre: await centreRows(t.db, fixture.centreId),
  });

  it.each(['withdrawn', 'completed'])(
    'refuses every write while %s (409, saying why and what to do) and changes nothing',
    async (status) => {
      await setStatus(status);
      const before = await portfolioState();
      for (const [what, write] of Object.entries(writes)) {
        const response = await write();
        expect([what, response.status, response.body.code]).toEqual([what, 409, 'CONFLICT']);
        expect(response.body.message).toMatch(
          status === 'withdrawn'
            ? /has been withdrawn, so its portfolio can no longer be changed\. If you are coming back, ask your centre/
            : /is completed, so its portfolio can no longer be changed\. If something is missing, ask your centre to reopen it/,
        );
      }
      expect(await portfolioState()).toEqual(before);
      // The admin can still bring it back, and then the learner writes again.
      await setStatus('active');
      expect((await writes['save a draft']()).status).toBe(200);
    },
  );

  it.each(['withdrawn', 'completed'])(
    'refuses the assessor’s decisions while %s (409, saying why), offers none, and queues nothing',
    async (status) => {
      await setStatus(status);
      const before = await portfolioState();
      for (const [itemId, decision] of [
        [submittedId, 'accept'],
        [submittedId, 'refer'],
        [acceptedId, 'withdrawAcceptance'],
      ]) {
        const response = await decide(itemId, decision);
        expect([decision, response.status, response.body.code]).toEqual([
          decision,
          409,
          'CONFLICT',
        ]);
        expect(response.body.message).toMatch(
          status === 'withdrawn'
            ? /has been withdrawn, so its evidence can no longer be assessed/
            : /is completed, so its evidence can no longer be assessed/,
        );
      }
      expect(await portfolioState()).toEqual(before);
      const queued = async () =>
        (await as(assessor).get('/api/assessment-queue?limit=200')).body.items.map(
          (row: { evidenceId: string }) => row.evidenceId,
        );
      expect(await queued()).not.toContain(submittedId);
      for (const itemId of [submittedId, acceptedId])
        expect((await as(assessor).get(`/api/evidence/${itemId}`)).body.can).toMatchObject({
          decide: false,
          withdrawAcceptance: false,
        });
      // Reopened, its evidence awaits the assessor again.
      await setStatus('active');
      expect(await queued()).toContain(submittedId);
      expect((await as(assessor).get(`/api/evidence/${submittedId}`)).body.can.decide).toBe(true);
      expect(
        (await as(assessor).get(`/api/evidence/${acceptedId}`)).body.can.withdrawAcceptance,
      ).toBe(true);
    },
  );
});
