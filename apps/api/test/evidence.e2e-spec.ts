import { createHash } from 'node:crypto';
import { DECLARATION_STATEMENT } from '@signoff/contracts';
import request from 'supertest';
import { canonicalJson } from '@signoff/domain';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import {
  API_TIMESTAMP,
  centreRows,
  createPerson,
  signIn,
  startTestApp,
  type TestApp,
} from './support/test-app';

const CONTENT = {
  method: 'reflective_account',
  title: 'Leading a multi-agency case review',
  narrative:
    '<p>I chaired the review <script>alert(1)</script>and <strong>agreed actions</strong>.</p>',
  activityDate: '2026-10-14',
  claims: [
    { unit: 'QC28074-1', outcome: '3', criterion: null },
    { unit: 'QC28074-2', outcome: '1', criterion: '1.2' },
  ],
};

describe('evidence items', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let learner: EnrolledLearner;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await enrolmentFixture(t);
    learner = await fixture.enrolLearner();
  });
  afterAll(() => t.close());

  const as = (cookie: string) => ({
    get: (url: string) => request(t.http).get(url).set('Cookie', cookie),
    post: (url: string, body?: object) =>
      request(t.http).post(url).set('Cookie', cookie).send(body),
    put: (url: string, body?: object) => request(t.http).put(url).set('Cookie', cookie).send(body),
  });
  const create = (content: object = CONTENT) =>
    as(learner.cookie).post(`/api/enrolments/${learner.enrolmentId}/evidence`, content);

  it('creates a draft mapped to outcomes in two units, with its narrative sanitised', async () => {
    const response = await create();
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      enrolmentId: learner.enrolmentId,
      methodCode: 'RA',
      versions: [1],
      current: { number: 1, status: 'draft', claims: CONTENT.claims, files: [], declaration: null },
    });
    expect(response.body.current.narrative).toBe(
      '<p>I chaired the review and <strong>agreed actions</strong>.</p>',
    );
    const list = await as(learner.cookie).get(
      `/api/enrolments/${learner.enrolmentId}/evidence?unit=QC28074-2&outcome=1`,
    );
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain(response.body.id);
    const none = await as(learner.cookie).get(
      `/api/enrolments/${learner.enrolmentId}/evidence?unit=QC28074-5`,
    );
    expect(none.body.items.map((item: { id: string }) => item.id)).not.toContain(response.body.id);
  });

  it('names claims that are not in the qualification (400) and stores nothing', async () => {
    const before = await centreRows(t.db, fixture.centreId);
    const response = await create({
      ...CONTENT,
      claims: [{ unit: 'QC28074-1', outcome: '9', criterion: null }],
      method: 'telepathy',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(['method']);
    const claims = await create({
      ...CONTENT,
      claims: [{ unit: 'QC28074-1', outcome: '9', criterion: null }],
    });
    expect(claims.body.errors).toEqual([
      { path: 'claims.0.outcome', message: 'unit QC28074-1 has no learning outcome 9' },
    ]);
    expect(await centreRows(t.db, fixture.centreId)).toEqual(before);
  });

  it('refuses to submit without the declaration, then submits with it; the declaration’s hash covers what was declared', async () => {
    const id = (await create()).body.id;
    const without = await as(learner.cookie).post(`/api/evidence/${id}/submit`, {
      statement: 'I did it',
      agreed: false,
    });
    expect(without.status).toBe(400);
    expect(without.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'agreed',
      'statement',
    ]);

    const submitted = await as(learner.cookie).post(`/api/evidence/${id}/submit`, {
      statement: DECLARATION_STATEMENT,
      agreed: true,
    });
    expect(submitted.status).toBe(200);
    const { current } = submitted.body;
    expect(current.status).toBe('submitted');
    expect(current.declaration).toMatchObject({
      declarant: { id: learner.learnerId, role: 'learner' },
      statement: DECLARATION_STATEMENT,
      declaredAt: expect.stringMatching(API_TIMESTAMP),
    });

    const recomputed = createHash('sha256')
      .update(
        canonicalJson({
          evidenceId: id,
          enrolmentId: learner.enrolmentId,
          learnerId: learner.learnerId,
          version: 1,
          method: current.method,
          title: current.title,
          narrative: current.narrative,
          activityDate: current.activityDate,
          claims: current.claims,
          files: [],
          statement: DECLARATION_STATEMENT,
          declaredAt: current.declaration.declaredAt,
        }),
      )
      .digest('hex');
    expect(current.declaration.sha256).toBe(recomputed);
  });

  it('never changes a submitted version: not through the API, nor in the database', async () => {
    const id = (await create()).body.id;
    await as(learner.cookie).post(`/api/evidence/${id}/submit`, {
      statement: DECLARATION_STATEMENT,
      agreed: true,
    });
    const edit = await as(learner.cookie).put(`/api/evidence/${id}`, {
      ...CONTENT,
      title: 'Rewritten',
    });
    expect(edit.status).toBe(409);
    const [version] = await t.db.query(`SELECT id FROM evidence_versions WHERE item_id = $1`, [id]);
    await expect(
      t.db.query(`UPDATE evidence_versions SET title = 'Rewritten' WHERE id = $1`, [version.id]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(
      t.db.query(`UPDATE declarations SET statement = 'x' WHERE version_id = $1`, [version.id]),
    ).rejects.toThrow(/never changed/);
    expect((await as(learner.cookie).get(`/api/evidence/${id}`)).body.current.title).toBe(
      CONTENT.title,
    );
  });

  it('revises a referred item as a new version and keeps the referred one, with its declaration, readable', async () => {
    const id = (await create()).body.id;
    await as(learner.cookie).post(`/api/evidence/${id}/submit`, {
      statement: DECLARATION_STATEMENT,
      agreed: true,
    });
    // Referral arrives with the assessment capability; set it as an assessor's decision would.
    await t.db.query(
      `UPDATE evidence_versions SET status = 'referred' WHERE item_id = $1 AND number = 1`,
      [id],
    );
    const revised = await as(learner.cookie).post(`/api/evidence/${id}/revise`);
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({
      versions: [1, 2],
      current: { number: 2, status: 'draft', declaration: null },
    });
    await as(learner.cookie).put(`/api/evidence/${id}`, {
      ...CONTENT,
      narrative: '<p>Now with the outcome of the review.</p>',
    });
    await as(learner.cookie).post(`/api/evidence/${id}/submit`, {
      statement: DECLARATION_STATEMENT,
      agreed: true,
    });
    const versions = await as(learner.cookie).get(`/api/evidence/${id}/versions`);
    expect(
      versions.body.map((v: { number: number; status: string; narrative: string }) => [
        v.number,
        v.status,
        v.narrative,
      ]),
    ).toEqual([
      [1, 'referred', '<p>I chaired the review and <strong>agreed actions</strong>.</p>'],
      [2, 'submitted', '<p>Now with the outcome of the review.</p>'],
    ]);
    expect(versions.body.every((v: { declaration: unknown }) => v.declaration !== null)).toBe(true);
  });

  it('discards a never-submitted draft, but keeps anything submitted', async () => {
    const draft = (await create()).body.id;
    expect(
      (await request(t.http).delete(`/api/evidence/${draft}`).set('Cookie', learner.cookie)).status,
    ).toBe(204);
    expect((await as(learner.cookie).get(`/api/evidence/${draft}`)).status).toBe(404);
    const kept = (await create()).body.id;
    await as(learner.cookie).post(`/api/evidence/${kept}/submit`, {
      statement: DECLARATION_STATEMENT,
      agreed: true,
    });
    expect(
      (await request(t.http).delete(`/api/evidence/${kept}`).set('Cookie', learner.cookie)).status,
    ).toBe(409);
  });

  it('answers 404 to another learner and to an assessor who does not hold the learner; the holder reads', async () => {
    const id = (await create()).body.id;
    const other = await fixture.enrolLearner();
    expect((await as(other.cookie).get(`/api/evidence/${id}`)).status).toBe(404);
    expect(
      (await as(other.cookie).get(`/api/enrolments/${learner.enrolmentId}/evidence`)).status,
    ).toBe(404);
    expect((await as(other.cookie).put(`/api/evidence/${id}`, CONTENT)).status).toBe(404);
    const stranger = await signIn(
      t.http,
      await createPerson(t.db, [{ centreId: fixture.centreId, role: 'assessor' }]),
    );
    expect((await as(stranger).get(`/api/evidence/${id}`)).status).toBe(404);
    await as(learner.cookie).post(`/api/evidence/${id}/submit`, {
      statement: DECLARATION_STATEMENT,
      agreed: true,
    });
    expect((await as(stranger).get(`/api/evidence/${id}`)).status).toBe(404);
    const holder = await signIn(t.http, fixture.assessor);
    expect((await as(holder).get(`/api/evidence/${id}`)).status).toBe(200);
    expect((await as(holder).put(`/api/evidence/${id}`, CONTENT)).status).toBe(403);
  });

  it('keeps work in progress the learner’s own: staff see only what was submitted', async () => {
    const holder = await signIn(t.http, fixture.assessor);
    const portfolio = async (cookie: string) =>
      (await as(cookie).get(`/api/enrolments/${learner.enrolmentId}/evidence`)).body.items.map(
        (item: { id: string; version: number; status: string }) => [
          item.id,
          item.version,
          item.status,
        ],
      );
    const id = (await create()).body.id;
    expect((await as(holder).get(`/api/evidence/${id}`)).status).toBe(404);
    expect((await as(holder).get(`/api/evidence/${id}/versions`)).status).toBe(404);
    expect(await portfolio(holder)).not.toContainEqual([id, 1, 'draft']);
    expect(await portfolio(learner.cookie)).toContainEqual([id, 1, 'draft']);

    await as(learner.cookie).post(`/api/evidence/${id}/submit`, {
      statement: DECLARATION_STATEMENT,
      agreed: true,
    });
    await t.db.query(`UPDATE evidence_versions SET status = 'referred' WHERE item_id = $1`, [id]);
    await as(learner.cookie).post(`/api/evidence/${id}/revise`);
    // While the learner revises, staff keep reading the referred version.
    expect((await as(holder).get(`/api/evidence/${id}`)).body).toMatchObject({
      versions: [1],
      current: { number: 1, status: 'referred' },
    });
    expect((await as(holder).get(`/api/evidence/${id}/versions`)).body).toHaveLength(1);
    expect(await portfolio(holder)).toContainEqual([id, 1, 'referred']);
    expect(await portfolio(learner.cookie)).toContainEqual([id, 2, 'draft']);
    const filtered = await as(holder).get(
      `/api/enrolments/${learner.enrolmentId}/evidence?status=draft`,
    );
    expect(filtered.body.items).toEqual([]);
  });

  it('counts on each enrolment the evidence awaiting assessment: submitted, not drafts or referred', async () => {
    const someone = await fixture.enrolLearner();
    const holder = await signIn(t.http, fixture.assessor);
    const awaiting = async () => {
      const list = await as(holder).get('/api/enrolments?limit=200');
      const one = await as(holder).get(`/api/enrolments/${someone.enrolmentId}`);
      const listed = list.body.items.find((e: { id: string }) => e.id === someone.enrolmentId);
      expect(listed.awaitingAssessment).toBe(one.body.awaitingAssessment);
      return one.body.awaitingAssessment;
    };
    const add = async () =>
      (await as(someone.cookie).post(`/api/enrolments/${someone.enrolmentId}/evidence`, CONTENT))
        .body.id as string;
    const submit = (id: string) =>
      as(someone.cookie).post(`/api/evidence/${id}/submit`, {
        statement: DECLARATION_STATEMENT,
        agreed: true,
      });
    const first = await add();
    await add();
    expect(await awaiting()).toBe(0);
    await submit(first);
    expect(await awaiting()).toBe(1);
    await t.db.query(`UPDATE evidence_versions SET status = 'referred' WHERE item_id = $1`, [
      first,
    ]);
    expect(await awaiting()).toBe(0);
    await as(someone.cookie).post(`/api/evidence/${first}/revise`);
    expect(await awaiting()).toBe(0);
    await submit(first);
    expect(await awaiting()).toBe(1);
  });
});

describe('assessment method codes', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await enrolmentFixture(t);
  });
  afterAll(() => t.close());

  it('lets a centre admin rename a code, shown on the portfolio, and refuses a clash', async () => {
    const url = `/api/centres/${fixture.centreId}/method-codes`;
    const renamed = await request(t.http)
      .put(url)
      .set('Cookie', fixture.admin)
      .send({ codes: [{ method: 'direct_observation', code: 'OBS' }] });
    expect(renamed.status).toBe(200);
    expect(
      renamed.body.find((entry: { method: string }) => entry.method === 'direct_observation'),
    ).toMatchObject({ code: 'OBS', defaultCode: 'DO' });

    const learner = await fixture.enrolLearner();
    const item = await request(t.http)
      .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
      .set('Cookie', learner.cookie)
      .send({ ...CONTENT, method: 'direct_observation' });
    expect(item.body.methodCode).toBe('OBS');

    const clash = await request(t.http)
      .put(url)
      .set('Cookie', fixture.admin)
      .send({ codes: [{ method: 'witness_testimony', code: 'pd' }] });
    expect(clash.status).toBe(400);
    expect(clash.body.errors).toEqual([
      { path: 'codes.0.code', message: 'pd is already the code of Professional discussion' },
    ]);
    expect(
      (await request(t.http).put(url).set('Cookie', learner.cookie).send({ codes: [] })).status,
    ).toBe(403);
  });

  it('refuses one method given two codes in one request, and keeps the codes it had', async () => {
    const url = `/api/centres/${fixture.centreId}/method-codes`;
    const before = (await request(t.http).get(url).set('Cookie', fixture.admin)).body;
    const repeated = await request(t.http)
      .put(url)
      .set('Cookie', fixture.admin)
      .send({
        codes: [
          { method: 'witness_testimony', code: 'WIT' },
          { method: 'direct_observation', code: 'OB1' },
          { method: 'case_study', code: 'CASE' },
          { method: 'direct_observation', code: 'OB2' },
        ],
      });
    expect(repeated.status).toBe(400);
    expect(repeated.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'codes.3.method', message: expect.stringContaining('Direct observation') }],
    });
    expect((await request(t.http).get(url).set('Cookie', fixture.admin)).body).toEqual(before);
  });
});
