import request from 'supertest';
import { PNG } from '../src/files/testing/evidence-samples';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { signIn, startTestApp, type TestApp } from './support/test-app';

const CONTENT = {
  method: 'reflective_account',
  title: 'Supervision notes',
  narrative: '',
  activityDate: '2026-10-14',
  claims: [{ unit: 'QC28074-1', outcome: '3', criterion: null }],
};

describe('limits on bursts of writes', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;

  beforeAll(async () => {
    t = await startTestApp({
      EVIDENCE_LIMIT_PER_HOUR: '5',
      UPLOAD_LIMIT_PER_HOUR: '2',
      DATABASE_POOL_SIZE: '10',
    });
    await t.app.listen(0, '127.0.0.1');
    fixture = await enrolmentFixture(t);
  });
  afterAll(() => t.close());

  const create = (learner: EnrolledLearner) =>
    request(t.http)
      .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
      .set('Cookie', learner.cookie)
      .send(CONTENT);
  const itemsOf = async (learner: EnrolledLearner) =>
    (
      await t.db.query(`SELECT count(*)::int AS n FROM evidence_items WHERE enrolment_id = $1`, [
        learner.enrolmentId,
      ])
    )[0].n as number;

  it('creates evidence up to the hourly limit, even in a burst, and then asks the learner to wait (429)', async () => {
    const learner = await fixture.enrolLearner();
    const responses = await Promise.all(Array.from({ length: 12 }, () => create(learner)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([...Array(5).fill(201), ...Array(7).fill(429)]);
    const [limited] = responses.filter((response) => response.status === 429);
    expect(limited.body).toEqual({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(
        /^You have added a lot of evidence in the last hour\. Please wait \d+ (?:minutes?|seconds?), then try again\.$/,
      ),
    });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await itemsOf(learner)).toBe(5);

    const colleague = await fixture.enrolLearner();
    expect((await create(colleague)).status).toBe(201);
  });

  it('counts an assessor’s records made at the workplace against their own limit, not the learner’s', async () => {
    const learner = await fixture.enrolLearner();
    const assessor = await signIn(t.http, fixture.assessor);
    const record = () =>
      request(t.http)
        .post(`/api/enrolments/${learner.enrolmentId}/observations`)
        .set('Cookie', assessor)
        .send({
          title: 'Lunchtime support',
          narrative: '',
          activityDate: '2026-10-14',
          setting: 'Oak Lodge care home',
          startTime: '12:00',
          endTime: '12:40',
          claims: [{ unit: 'QC28074-1', outcome: '3', criterion: null }],
        });
    const statuses = [];
    for (let n = 0; n < 6; n++) statuses.push((await record()).status);
    expect(statuses).toEqual([...Array(5).fill(201), 429]);
    expect(await itemsOf(learner)).toBe(5);
    expect((await create(learner)).status).toBe(201);
  });

  it('takes uploads up to the hourly limit, then refuses before reading the file (429)', async () => {
    const learner = await fixture.enrolLearner();
    const itemId = (await create(learner)).body.id as string;
    const upload = () =>
      request(t.http)
        .post(`/api/evidence/${itemId}/files?name=photo.png`)
        .set('Cookie', learner.cookie)
        .set('Content-Type', 'application/octet-stream')
        .send(PNG);
    expect((await upload()).status).toBe(201);
    expect((await upload()).status).toBe(201);
    const limited = await upload();
    expect(limited.status).toBe(429);
    expect(limited.body.message).toMatch(/^You have uploaded a lot of files in the last hour\./);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    const item = await request(t.http).get(`/api/evidence/${itemId}`).set('Cookie', learner.cookie);
    expect(item.body.current.files).toHaveLength(2);
  });
});
