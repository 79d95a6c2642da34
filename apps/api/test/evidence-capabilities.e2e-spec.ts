import { DECLARATION_STATEMENT, type EvidenceCapabilities } from '@signoff/contracts';
import request from 'supertest';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { signIn, startTestApp, type TestApp } from './support/test-app';

const CONTENT = {
  method: 'reflective_account',
  title: 'Leading a handover',
  narrative: '<p>I led the handover.</p>',
  activityDate: '2026-10-20',
  claims: [{ unit: 'QC28074-3', outcome: '1', criterion: null }],
};
const NOTHING: EvidenceCapabilities = {
  edit: false,
  submit: false,
  revise: false,
  discard: false,
  decide: false,
  withdrawAcceptance: false,
  sign: false,
  countersign: false,
};

/** Each evidence detail says what the person asking may do to it now, as the commands decide. */
describe('evidence capabilities', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let learner: EnrolledLearner;
  let assessor: string;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await enrolmentFixture(t);
    learner = await fixture.enrolLearner();
    assessor = await signIn(t.http, fixture.assessor);
  });
  afterAll(() => t.close());

  const can = async (id: string, cookie: string) => {
    const response = await request(t.http).get(`/api/evidence/${id}`).set('Cookie', cookie);
    expect(response.status).toBe(200);
    return response.body.can as EvidenceCapabilities;
  };
  const draft = async (): Promise<string> =>
    (
      await request(t.http)
        .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
        .set('Cookie', learner.cookie)
        .send(CONTENT)
        .expect(201)
    ).body.id;
  const submit = (id: string) =>
    request(t.http)
      .post(`/api/evidence/${id}/submit`)
      .set('Cookie', learner.cookie)
      .send({ statement: DECLARATION_STATEMENT, agreed: true })
      .expect(200);

  it('lets the learner edit, submit and discard a new draft, and answers it with the same flags', async () => {
    const created = await request(t.http)
      .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
      .set('Cookie', learner.cookie)
      .send(CONTENT);
    const flags = { ...NOTHING, edit: true, submit: true, discard: true };
    expect(created.body.can).toEqual(flags);
    expect(await can(created.body.id, learner.cookie)).toEqual(flags);
  });

  it('offers a submitted item to its assessor to decide, and nothing to the learner or admin', async () => {
    const id = await draft();
    expect((await submit(id)).body.can).toEqual(NOTHING);
    expect(await can(id, learner.cookie)).toEqual(NOTHING);
    expect(await can(id, assessor)).toEqual({ ...NOTHING, decide: true });
    expect(await can(id, fixture.admin)).toEqual(NOTHING);
  });

  it('offers a referred item for revision, then the new version for editing, never for discarding', async () => {
    const id = await draft();
    await submit(id);
    await t.db.query(`UPDATE evidence_versions SET status = 'referred' WHERE item_id = $1`, [id]);
    expect(await can(id, learner.cookie)).toEqual({ ...NOTHING, revise: true });
    expect(await can(id, assessor)).toEqual(NOTHING);
    const revised = await request(t.http)
      .post(`/api/evidence/${id}/revise`)
      .set('Cookie', learner.cookie)
      .expect(200);
    expect(revised.body.can).toEqual({ ...NOTHING, edit: true, submit: true });
  });

  it('offers nothing on a portfolio closed to changes, and each flag again once it reopens', async () => {
    const id = await draft();
    const setStatus = (status: string) =>
      request(t.http)
        .post(`/api/enrolments/${learner.enrolmentId}/status`)
        .set('Cookie', fixture.admin)
        .send({ status })
        .expect(200);
    await setStatus('break_in_learning');
    expect(await can(id, learner.cookie)).toEqual(NOTHING);
    // What the flag denies, the command refuses.
    await request(t.http)
      .put(`/api/evidence/${id}`)
      .set('Cookie', learner.cookie)
      .send(CONTENT)
      .expect(409);
    await setStatus('active');
    expect(await can(id, learner.cookie)).toEqual({
      ...NOTHING,
      edit: true,
      submit: true,
      discard: true,
    });
  });
});
