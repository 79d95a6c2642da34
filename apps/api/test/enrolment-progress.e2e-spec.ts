import { randomUUID } from 'node:crypto';
import {
  DECLARATION_STATEMENT,
  type EnrolmentProgress,
  type EvidenceClaim,
  type UnitProgress,
  WITHDRAWN_EVIDENCE_FLAG,
} from '@signoff/contracts';
import request from 'supertest';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import {
  API_TIMESTAMP,
  createPerson,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
} from './support/test-app';

const UNIT = 'QC28074-2';
const EVERY_ROW = ['1.1', '1.2', '2', '3', '4', '5', '6'];
const LEARNER_PASSWORD = 'a long and private phrase';

/**
 * `GET /api/enrolments/{id}/progress` follows the signatures: rows signed of each unit's total,
 * the unit achieved once the assessor signs it and the learner countersigns, its credits then
 * counted in its group, and no longer once a signature it rests on is revoked or flagged.
 */
describe('enrolment progress', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let assessor: string;

  const post = (cookie: string, url: string, body: object) =>
    request(t.http).post(url).set('Cookie', cookie).set('Idempotency-Key', randomUUID()).send(body);
  const signRows = (of: EnrolledLearner, rows: string[]) =>
    post(assessor, `/api/enrolments/${of.enrolmentId}/sign-offs`, {
      unit: UNIT,
      rows,
      password: TEST_PASSWORD,
    });
  const signUnit = (of: EnrolledLearner) =>
    post(assessor, `/api/enrolments/${of.enrolmentId}/units/${UNIT}/unit-sign-off`, {
      password: TEST_PASSWORD,
    });
  const countersign = (of: EnrolledLearner) =>
    post(of.cookie, `/api/enrolments/${of.enrolmentId}/units/${UNIT}/countersignature`, {
      password: LEARNER_PASSWORD,
    });

  async function progressOf(of: EnrolledLearner, cookie = of.cookie): Promise<EnrolmentProgress> {
    const response = await request(t.http)
      .get(`/api/enrolments/${of.enrolmentId}/progress`)
      .set('Cookie', cookie);
    expect(response.status).toBe(200);
    return response.body as EnrolmentProgress;
  }
  const unitOf = (progress: EnrolmentProgress, reference = UNIT) =>
    progress.units.find((unit) => unit.reference === reference) as UnitProgress;

  /** A learner whose accepted evidence (one item, observed directly) covers every row of the unit. */
  async function readyToSign(): Promise<EnrolledLearner & { itemId: string }> {
    const learner = await fixture.enrolLearner();
    const claims: EvidenceClaim[] = ['1', '2', '3', '4', '5', '6'].map((outcome) => ({
      unit: UNIT,
      outcome,
      criterion: null,
    }));
    const created = await request(t.http)
      .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
      .set('Cookie', learner.cookie)
      .send({
        method: 'direct_observation',
        title: 'Observed at work',
        narrative: '<p>What I did.</p>',
        activityDate: '2026-10-14',
        claims,
      });
    expect(created.status).toBe(201);
    expect(
      (
        await request(t.http)
          .post(`/api/evidence/${created.body.id}/submit`)
          .set('Cookie', learner.cookie)
          .send({ statement: DECLARATION_STATEMENT, agreed: true })
      ).status,
    ).toBe(200);
    expect(
      (
        await request(t.http)
          .post(`/api/evidence/${created.body.id}/assessments`)
          .set('Cookie', assessor)
          .send({ version: 1, decision: 'accept', mapping: claims })
      ).status,
    ).toBe(201);
    return { ...learner, itemId: created.body.id as string };
  }

  /** Every row signed, then the unit, then the learner's countersignature. */
  async function achieve(learner: EnrolledLearner): Promise<string> {
    expect((await signRows(learner, EVERY_ROW)).status).toBe(201);
    const unit = await signUnit(learner);
    expect(unit.status).toBe(201);
    expect((await countersign(learner)).status).toBe(201);
    return unit.body.id as string;
  }

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await enrolmentFixture(t, (document) => {
      document.units[1].outcomes[0].criteria[1].requiredMethods = ['direct_observation'];
    });
    assessor = await signIn(t.http, fixture.assessor);
  });
  afterAll(() => t.close());

  it('starts every unit at nothing signed, with accepted evidence putting its unit in progress', async () => {
    const learner = await readyToSign();
    const progress = await progressOf(learner);
    expect(progress.units.map((unit) => [unit.reference, unit.status, unit.rowsSigned])).toEqual([
      ['QC28074-1', 'not_started', 0],
      [UNIT, 'in_progress', 0],
      ['QC28074-3', 'not_started', 0],
      ['QC28074-4', 'not_started', 0],
      ['QC28074-5', 'not_started', 0],
      ['QC28074-6', 'not_started', 0],
    ]);
    expect(unitOf(progress)).toMatchObject({
      rowsTotal: 7,
      rowsEvidenced: 7,
      planned: true,
      flags: [],
    });
    expect(progress).toMatchObject({
      readyToClaim: false,
      towards: { measure: 'credits', achieved: 0, needed: 120 },
      achieved: { totalCredits: 0, satisfied: false },
      planned: { totalCredits: 120, satisfied: true },
    });
  });

  it('counts rows as they are signed, then awaits the unit sign-off and the countersignature', async () => {
    const learner = await readyToSign();
    expect((await signRows(learner, ['1.1', '1.2', '2'])).status).toBe(201);
    expect(unitOf(await progressOf(learner))).toMatchObject({
      status: 'in_progress',
      rowsSigned: 3,
      rowsTotal: 7,
      outcomesSignedOff: 2,
      outcomesTotal: 6,
      missing: [
        'Outcome 3 is not signed yet',
        'Outcome 4 is not signed yet',
        'Outcome 5 is not signed yet',
        'Outcome 6 is not signed yet',
        'The assessor has not signed the unit yet',
        'The learner has not countersigned the unit yet',
      ],
    });

    expect((await signRows(learner, ['3', '4', '5', '6'])).status).toBe(201);
    expect(unitOf(await progressOf(learner))).toMatchObject({
      status: 'awaiting_unit_sign_off',
      rowsSigned: 7,
    });

    expect((await signUnit(learner)).status).toBe(201);
    const awaiting = await progressOf(learner);
    expect(unitOf(awaiting)).toMatchObject({
      status: 'awaiting_countersignature',
      missing: ['The learner has not countersigned the unit yet'],
    });
    expect(awaiting.achieved.totalCredits).toBe(0);
  });

  it('achieves the unit once the learner countersigns, counting its credits in its group for everyone who sees the enrolment', async () => {
    const learner = await readyToSign();
    await achieve(learner);
    const eqa = await signIn(
      t.http,
      await createPerson(t.db, [{ centreId: fixture.centreId, role: 'eqa' }]),
    );
    for (const cookie of [learner.cookie, assessor, fixture.admin, eqa]) {
      const progress = await progressOf(learner, cookie);
      expect(unitOf(progress)).toMatchObject({
        status: 'achieved',
        rowsSigned: 7,
        outcomesSignedOff: 6,
        missing: [],
      });
      expect(progress.achieved.groups).toEqual([
        expect.objectContaining({ kind: 'mandatory', credits: 20, units: [UNIT] }),
      ]);
      expect(progress.achieved.shortfalls).toContain('Total: 20 of 120 credits');
      expect(progress).toMatchObject({
        readyToClaim: false,
        towards: { measure: 'credits', achieved: 20, needed: 120 },
      });
    }
  });

  it('stops counting the unit once its sign-off is revoked, until the assessor signs it and the learner countersigns again', async () => {
    const learner = await readyToSign();
    const unitSignOff = await achieve(learner);
    expect(
      (
        await request(t.http)
          .post(`/api/sign-offs/${unitSignOff}/revocations`)
          .set('Cookie', assessor)
          .send({ reason: 'Signed before the observation was discussed', password: TEST_PASSWORD })
      ).status,
    ).toBe(201);
    const revoked = await progressOf(learner);
    expect(unitOf(revoked)).toMatchObject({
      status: 'awaiting_unit_sign_off',
      missing: [
        'The assessor must sign the unit again: the signature was revoked (Signed before the observation was discussed)',
      ],
    });
    expect(revoked.achieved.totalCredits).toBe(0);

    expect((await signUnit(learner)).status).toBe(201);
    expect(unitOf(await progressOf(learner)).status).toBe('awaiting_countersignature');
    expect((await countersign(learner)).status).toBe(201);
    expect((await progressOf(learner)).achieved.totalCredits).toBe(20);
  });

  it('stops counting the unit once the acceptance its signatures relied on is withdrawn, naming each flagged signature', async () => {
    const learner = await readyToSign();
    await achieve(learner);
    const withdrawn = await request(t.http)
      .post(`/api/evidence/${learner.itemId}/assessments`)
      .set('Cookie', assessor)
      .send({ version: 1, decision: 'withdrawAcceptance', feedback: 'Observed another learner' });
    expect(withdrawn.status).toBe(201);

    const progress = await progressOf(learner);
    const unit = unitOf(progress);
    expect(unit).toMatchObject({ status: 'in_progress', rowsSigned: 0, outcomesSignedOff: 0 });
    expect(unit.flags.map((flag) => flag.signed)).toEqual([
      'Criterion 1.1',
      'Criterion 1.2',
      'Outcome 2',
      'Outcome 3',
      'Outcome 4',
      'Outcome 5',
      'Outcome 6',
      'The assessor’s sign-off of the unit',
      'The learner’s countersignature',
    ]);
    expect(unit.flags[0]).toEqual({
      signed: 'Criterion 1.1',
      reason: WITHDRAWN_EVIDENCE_FLAG,
      flaggedAt: expect.stringMatching(API_TIMESTAMP),
    });
    expect(unit.missing).toContain(
      `Criterion 1.1 must be signed again: the signature was flagged (${WITHDRAWN_EVIDENCE_FLAG})`,
    );
    expect(progress.achieved.totalCredits).toBe(0);
    expect(progress.achieved.groups[0].credits).toBe(0);
  });

  it('puts a unit in progress once submitted evidence claims it, before any assessor has mapped it', async () => {
    const learner = await fixture.enrolLearner();
    const created = await request(t.http)
      .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
      .set('Cookie', learner.cookie)
      .send({
        method: 'reflective_account',
        title: 'What I learned',
        narrative: '<p>What I did.</p>',
        activityDate: '2026-10-14',
        claims: [{ unit: 'QC28074-3', outcome: '1', criterion: null }],
      });
    expect(created.status).toBe(201);
    // A draft is the learner's work in progress, not yet evidence of anything.
    expect(unitOf(await progressOf(learner), 'QC28074-3').status).toBe('not_started');
    const submitted = await request(t.http)
      .post(`/api/evidence/${created.body.id}/submit`)
      .set('Cookie', learner.cookie)
      .send({ statement: DECLARATION_STATEMENT, agreed: true });
    expect(submitted.status).toBe(200);
    const progress = await progressOf(learner, assessor);
    expect(unitOf(progress, 'QC28074-3')).toMatchObject({ status: 'in_progress', rowsSigned: 0 });
    expect(unitOf(progress, 'QC28074-4').status).toBe('not_started');
  });

  describe('time elapsed and the RAG status', () => {
    const DAY = 86_400_000;
    /** The UTC day `days` from today, as the API counts days. */
    const day = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
    const settingsPath = () => `/api/centres/${fixture.centreId}/progress-settings`;

    /**
     * A learner 100 days into 200 planned, with a break in learning from 60 to 40 days ago: the
     * status changes made through the API, then dated back as the owner (the API cannot backdate).
     */
    async function learnerWithBreak(): Promise<EnrolledLearner> {
      const learner = await fixture.enrolLearner();
      for (const status of ['break_in_learning', 'active'])
        expect(
          (
            await request(t.http)
              .post(`/api/enrolments/${learner.enrolmentId}/status`)
              .set('Cookie', fixture.admin)
              .send({ status, note: 'Back from a break' })
          ).status,
        ).toBe(200);
      await t.db.query(
        `UPDATE enrolments SET start_date = $2, planned_end_date = $3 WHERE id = $1`,
        [learner.enrolmentId, day(-100), day(100)],
      );
      await t.db.query(
        `UPDATE enrolment_status_history h SET changed_at = (CASE status
            WHEN 'break_in_learning' THEN $2 WHEN 'active' THEN CASE WHEN h.id = first.id THEN $3 ELSE $4 END END)::date
           FROM (SELECT min(id) AS id FROM enrolment_status_history WHERE enrolment_id = $1) first
          WHERE h.enrolment_id = $1`,
        [learner.enrolmentId, day(-60), day(-100), day(-40)],
      );
      return learner;
    }

    it('counts the days in learning without the break, and reads the centre’s margins', async () => {
      const learner = await learnerWithBreak();
      const progress = await progressOf(learner);
      expect(progress.time).toEqual({
        elapsedDays: 80,
        plannedDays: 200,
        share: 0.4,
        onBreak: false,
      });
      // Nothing achieved 40% of the way through: 40 points behind, beyond the default red 25.
      expect(progress.rag).toBe('red');
      expect(progress.ragReason).toMatch(/Progress 0% against time elapsed 40%: 40 points behind/);

      const changed = await request(t.http)
        .put(settingsPath())
        .set('Cookie', fixture.admin)
        .send({ amberMargin: 30, redMargin: 50, reviewIntervalWeeks: 8 });
      expect(changed.status).toBe(200);
      try {
        const amber = await progressOf(learner, assessor);
        expect([amber.rag, amber.ragReason]).toEqual([
          'amber',
          expect.stringMatching(/more than the centre’s 30/),
        ]);
      } finally {
        await request(t.http)
          .put(settingsPath())
          .set('Cookie', fixture.admin)
          .send({ amberMargin: 10, redMargin: 25, reviewIntervalWeeks: 12 });
      }
    });

    it('stops the clock and gives no RAG status while on a break', async () => {
      const learner = await learnerWithBreak();
      const moved = await request(t.http)
        .post(`/api/enrolments/${learner.enrolmentId}/status`)
        .set('Cookie', fixture.admin)
        .send({ status: 'break_in_learning' });
      expect(moved.status).toBe(200);
      await t.db.query(
        `UPDATE enrolment_status_history SET changed_at = $2::date
          WHERE id = (SELECT max(id) FROM enrolment_status_history WHERE enrolment_id = $1)`,
        [learner.enrolmentId, day(-10)],
      );
      const progress = await progressOf(learner);
      expect(progress.time).toMatchObject({ elapsedDays: 70, onBreak: true });
      expect(progress.rag).toBeNull();
      expect(progress.ragReason).toMatch(/break in learning/);
    });

    it('lets the centre’s staff read its settings and its admins change them, naming a wrong field', async () => {
      const read = await request(t.http).get(settingsPath()).set('Cookie', assessor);
      expect(read.status).toBe(200);
      expect(read.body).toEqual({ amberMargin: 10, redMargin: 25, reviewIntervalWeeks: 12 });

      for (const [body, field] of [
        [{ amberMargin: 30, redMargin: 30, reviewIntervalWeeks: 12 }, 'redMargin'],
        [{ amberMargin: -5, redMargin: 30, reviewIntervalWeeks: 12 }, 'amberMargin'],
        [{ amberMargin: 5, redMargin: 30, reviewIntervalWeeks: 0 }, 'reviewIntervalWeeks'],
        [{ amberMargin: 5, redMargin: '30', reviewIntervalWeeks: 12 }, 'redMargin'],
      ] as const) {
        const refused = await request(t.http)
          .put(settingsPath())
          .set('Cookie', fixture.admin)
          .send(body);
        expect(refused.status).toBe(400);
        expect(refused.body.errors.map((error: { path: string }) => error.path)).toEqual([field]);
      }
      expect((await request(t.http).get(settingsPath()).set('Cookie', assessor)).body).toEqual(
        read.body,
      );

      const byAssessor = await request(t.http)
        .put(settingsPath())
        .set('Cookie', assessor)
        .send({ amberMargin: 5, redMargin: 30, reviewIntervalWeeks: 12 });
      expect(byAssessor.status).toBe(403);
      const learner = await fixture.enrolLearner();
      expect((await request(t.http).get(settingsPath()).set('Cookie', learner.cookie)).status).toBe(
        403,
      );

      const { paths } = (await request(t.http).get('/api/docs-json')).body;
      expect(Object.keys(paths['/api/centres/{centreId}/progress-settings'])).toEqual([
        'get',
        'put',
      ]);
    });
  });

  it('is read only by those who see the enrolment: another learner and another assessor get 404', async () => {
    const learner = await readyToSign();
    const other = await fixture.enrolLearner();
    const peer = await signIn(
      t.http,
      await createPerson(t.db, [{ centreId: fixture.centreId, role: 'assessor' }]),
    );
    for (const cookie of [other.cookie, peer]) {
      const response = await request(t.http)
        .get(`/api/enrolments/${learner.enrolmentId}/progress`)
        .set('Cookie', cookie);
      expect(response.status).toBe(404);
    }
  });
});
