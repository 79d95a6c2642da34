import { DECLARATION_STATEMENT, type AssessmentQueueItem } from '@signoff/contracts';
import request from 'supertest';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { asApi } from './support/as-api';
import {
  API_TIMESTAMP,
  createPerson,
  signIn,
  startTestApp,
  type TestApp,
} from './support/test-app';

const CLAIM = { unit: 'QC28074-1', outcome: '3', criterion: null };
const MAPPING = [
  { unit: 'QC28074-1', outcome: '3', criterion: null },
  { unit: 'QC28074-2', outcome: '1', criterion: '1.2' },
];

/**
 * Assessing evidence: the enrolment's assessor accepts or refers the newest submitted version
 * with feedback and their own mapping, or withdraws an acceptance; every decision is a new
 * record the database will not let anyone change; the queue lists what awaits them.
 */
describe('assessment', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let learner: EnrolledLearner;
  let assessor: string;

  const post = (cookie: string, url: string, body?: object) =>
    request(t.http).post(url).set('Cookie', cookie).send(body);
  const get = (cookie: string, url: string) => request(t.http).get(url).set('Cookie', cookie);

  async function submitted(
    of: EnrolledLearner = learner,
    change: Partial<{ method: string; title: string; claims: object[] }> = {},
  ): Promise<string> {
    const created = await post(of.cookie, `/api/enrolments/${of.enrolmentId}/evidence`, {
      method: 'reflective_account',
      title: 'Leading a case review',
      narrative: '<p>I chaired the review.</p>',
      activityDate: '2026-10-14',
      claims: [CLAIM],
      ...change,
    });
    expect(created.status).toBe(201);
    const submit = await post(of.cookie, `/api/evidence/${created.body.id}/submit`, {
      statement: DECLARATION_STATEMENT,
      agreed: true,
    });
    expect(submit.status).toBe(200);
    return created.body.id;
  }
  const decide = (itemId: string, body: object, cookie = assessor) =>
    post(cookie, `/api/evidence/${itemId}/assessments`, body);
  const stored = (itemId: string) =>
    t.db.query(
      `SELECT d.decision, d.feedback FROM assessment_decisions d
         JOIN evidence_versions v ON v.id = d.version_id WHERE v.item_id = $1 ORDER BY d.decided_at`,
      [itemId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await enrolmentFixture(t);
    learner = await fixture.enrolLearner();
    assessor = await signIn(t.http, fixture.assessor);
  });
  afterAll(() => t.close());

  it('accepts a version with the assessor’s mapping beside the learner’s claim, and locks it', async () => {
    const id = await submitted();
    const accepted = await decide(id, { version: 1, decision: 'accept', mapping: MAPPING });
    expect(accepted.status).toBe(201);
    expect(accepted.body.current).toMatchObject({ number: 1, status: 'accepted', claims: [CLAIM] });
    expect(accepted.body.decisions).toEqual([
      {
        id: expect.any(String),
        version: 1,
        decision: 'accept',
        feedback: null,
        mapping: MAPPING,
        assessor: { id: fixture.assessor.id, displayName: 'Priya Assessor' },
        decidedAt: expect.stringMatching(API_TIMESTAMP),
      },
    ]);
    expect(accepted.body.can).toMatchObject({ decide: false, withdrawAcceptance: true });
    // The learner sees the decision too, and may not change, resubmit or revise the version.
    const seen = await get(learner.cookie, `/api/evidence/${id}`);
    expect(seen.body.decisions).toHaveLength(1);
    expect(seen.body.can).toMatchObject({ edit: false, submit: false, revise: false });
    const edit = await request(t.http)
      .put(`/api/evidence/${id}`)
      .set('Cookie', learner.cookie)
      .send({
        method: 'reflective_account',
        title: 'Changed',
        narrative: '<p>x</p>',
        activityDate: '2026-10-14',
        claims: [CLAIM],
      });
    expect(edit.status).toBe(409);
    expect((await post(learner.cookie, `/api/evidence/${id}/revise`)).status).toBe(409);
    const audit = await t.db.query(
      `SELECT action, after FROM audit_events WHERE subject_id = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    );
    expect(audit).toEqual([
      {
        action: 'evidence.accepted',
        after: { version: 1, status: 'accepted', feedback: null, mapping: MAPPING },
      },
    ]);
  });

  it('refers a version with feedback: the learner revises it as a new version', async () => {
    const id = await submitted();
    const referred = await decide(id, {
      version: 1,
      decision: 'refer',
      feedback: '  Say what you would do differently next time.  ',
      mapping: [CLAIM],
    });
    expect(referred.status).toBe(201);
    expect(referred.body.current.status).toBe('referred');
    expect(referred.body.decisions[0]).toMatchObject({
      decision: 'refer',
      feedback: 'Say what you would do differently next time.',
    });
    // The portfolio's list carries the feedback, for the learner's home.
    const listed = await get(learner.cookie, `/api/enrolments/${learner.enrolmentId}/evidence`);
    expect(listed.body.items.find((item: { id: string }) => item.id === id)).toMatchObject({
      status: 'referred',
      feedback: 'Say what you would do differently next time.',
    });
    const revised = await post(learner.cookie, `/api/evidence/${id}/revise`);
    expect(revised.status).toBe(200);
    expect(revised.body.decisions).toHaveLength(1);
  });

  it('refuses to refer without feedback (400 naming it) and stores nothing', async () => {
    const id = await submitted();
    const refused = await decide(id, { version: 1, decision: 'refer', mapping: [CLAIM] });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { path: 'feedback', message: 'is required to refer: tell the learner what to change' },
    ]);
    expect(await stored(id)).toEqual([]);
  });

  it('refuses a mapping outside the enrolment’s planned units (400 naming the entry) and stores nothing', async () => {
    const other = await fixture.enrolLearner();
    await t.db.query(`UPDATE enrolments SET planned_units = '["QC28074-1"]' WHERE id = $1`, [
      other.enrolmentId,
    ]);
    const id = await submitted(other);
    const refused = await decide(id, {
      version: 1,
      decision: 'accept',
      mapping: [CLAIM, { unit: 'QC28074-2', outcome: '1', criterion: null }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { path: 'mapping.1.unit', message: 'QC28074-2 is not a planned unit of this enrolment' },
    ]);
    expect(await stored(id)).toEqual([]);
    expect((await get(assessor, `/api/evidence/${id}`)).body.current.status).toBe('submitted');
  });

  it('answers 409 on a version that is no longer the newest', async () => {
    const id = await submitted();
    await decide(id, {
      version: 1,
      decision: 'refer',
      feedback: 'Add a reflection',
      mapping: [CLAIM],
    });
    await post(learner.cookie, `/api/evidence/${id}/revise`);
    await post(learner.cookie, `/api/evidence/${id}/submit`, {
      statement: DECLARATION_STATEMENT,
      agreed: true,
    });
    const stale = await decide(id, { version: 1, decision: 'accept', mapping: [CLAIM] });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe(
      'Version 1 is not this evidence’s newest version: version 2 is. Open the evidence again to judge the newest.',
    );
    expect(await stored(id)).toEqual([{ decision: 'refer', feedback: 'Add a reflection' }]);
    expect((await decide(id, { version: 2, decision: 'accept', mapping: [CLAIM] })).status).toBe(
      201,
    );
  });

  it('lets only the enrolment’s assessor decide: the learner 403, another assessor 404', async () => {
    const id = await submitted();
    const body = { version: 1, decision: 'accept', mapping: [CLAIM] };
    expect((await decide(id, body, learner.cookie)).status).toBe(403);
    expect((await decide(id, body, fixture.admin)).status).toBe(403);
    const peer = await signIn(
      t.http,
      await createPerson(t.db, [{ centreId: fixture.centreId, role: 'assessor' }]),
    );
    expect((await decide(id, body, peer)).status).toBe(404);
    expect(await stored(id)).toEqual([]);
  });

  it('withdraws an acceptance as a new record with its reason, and the item awaits again', async () => {
    const id = await submitted();
    await decide(id, { version: 1, decision: 'accept', mapping: [CLAIM] });
    const noReason = await decide(id, { version: 1, decision: 'withdrawAcceptance' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].path).toBe('feedback');
    const withdrawn = await decide(id, {
      version: 1,
      decision: 'withdrawAcceptance',
      feedback: 'Accepted in error: the witness statement is unsigned',
    });
    expect(withdrawn.status).toBe(201);
    expect(withdrawn.body.current.status).toBe('submitted');
    expect(withdrawn.body.can).toMatchObject({ decide: true, withdrawAcceptance: false });
    expect(withdrawn.body.decisions.map((d: { decision: string }) => d.decision)).toEqual([
      'withdrawAcceptance',
      'accept',
    ]);
    const queue = await get(assessor, '/api/assessment-queue?limit=200');
    expect(queue.body.items.map((row: AssessmentQueueItem) => row.evidenceId)).toContain(id);
    // Withdrawing twice is not a move the table has.
    expect(
      (
        await decide(id, {
          version: 1,
          decision: 'withdrawAcceptance',
          feedback: 'again',
        })
      ).status,
    ).toBe(409);
  });

  it('lists the assessor’s own awaiting versions oldest first, filtered and paged', async () => {
    const fresh = await enrolmentFixture(t);
    const mine = await signIn(t.http, fresh.assessor);
    const first = await fresh.enrolLearner();
    const second = await fresh.enrolLearner();
    const a = await submitted(first, { title: 'First' });
    const b = await submitted(second, {
      title: 'Second',
      method: 'direct_observation',
      claims: [{ unit: 'QC28074-4', outcome: '1', criterion: null }, CLAIM],
    });
    const c = await submitted(first, { title: 'Third' });
    const drafted = await post(first.cookie, `/api/enrolments/${first.enrolmentId}/evidence`, {
      method: 'reflective_account',
      title: 'Not yet submitted',
      narrative: '<p>…</p>',
      activityDate: '2026-10-14',
      claims: [CLAIM],
    });
    expect(drafted.status).toBe(201);
    const ids = (query: string) =>
      get(mine, `/api/assessment-queue${query}`).then((response) => {
        expect(response.status).toBe(200);
        return response.body;
      });
    const all = await ids('');
    expect(all.total).toBe(3);
    expect(all.items.map((row: AssessmentQueueItem) => row.evidenceId)).toEqual([a, b, c]);
    expect(all.items[1]).toEqual({
      evidenceId: b,
      enrolmentId: second.enrolmentId,
      title: 'Second',
      version: 1,
      method: 'direct_observation',
      methodCode: 'DO',
      learner: { id: second.learnerId, displayName: 'Lee Learner' },
      units: ['QC28074-4', 'QC28074-1'],
      submittedAt: expect.stringMatching(API_TIMESTAMP),
    });
    const page = await ids('?limit=1&offset=1');
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(page.items.map((row: AssessmentQueueItem) => row.evidenceId)).toEqual([b]);
    const byLearner = await ids(`?learner=${first.learnerId}`);
    expect(byLearner.items.map((row: AssessmentQueueItem) => row.evidenceId)).toEqual([a, c]);
    expect(
      (await ids('?unit=QC28074-4')).items.map((row: AssessmentQueueItem) => row.evidenceId),
    ).toEqual([b]);
    expect((await ids('?method=reflective_account')).total).toBe(2);
    // Nothing of another assessor's enrolments; deciding takes a version off the queue.
    expect(
      (await get(assessor, '/api/assessment-queue?limit=200')).body.items.map(
        (row: AssessmentQueueItem) => row.evidenceId,
      ),
    ).not.toContain(a);
    await decide(a, { version: 1, decision: 'accept', mapping: [CLAIM] }, mine);
    expect((await ids('')).total).toBe(2);
  });

  it('names a bad filter with 400, and refuses the queue to other roles with 403', async () => {
    const bad = await get(assessor, '/api/assessment-queue?method=telepathy&learner=nobody');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'learner',
      'method',
    ]);
    expect((await get(learner.cookie, '/api/assessment-queue')).status).toBe(403);
    expect((await get(fixture.admin, '/api/assessment-queue')).status).toBe(403);
  });

  it('refuses UPDATE, DELETE and TRUNCATE of a decision, as the API role and as the owner', async () => {
    const id = await submitted();
    await decide(id, { version: 1, decision: 'accept', mapping: [CLAIM] });
    const attempts = [
      `UPDATE assessment_decisions SET feedback = 'rewritten'`,
      `DELETE FROM assessment_decisions`,
      `TRUNCATE assessment_decisions CASCADE`,
    ];
    for (const sql of attempts) {
      await expect(t.db.query(sql)).rejects.toThrow(
        'an assessment decision is never changed or removed: record a new one',
      );
      await expect(asApi(t, sql)).rejects.toThrow(
        'permission denied for table assessment_decisions',
      );
    }
    expect(await stored(id)).toEqual([{ decision: 'accept', feedback: null }]);
  });
});
