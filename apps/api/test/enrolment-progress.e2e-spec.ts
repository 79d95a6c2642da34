import { randomUUID } from 'node:crypto';
import {
  DECLARATION_STATEMENT,
  type EnrolmentProgress,
  type EvidenceClaim,
  type UnitProgress,
} from '@signoff/contracts';
import request from 'supertest';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import {
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
 * counted in its group, and no longer once a signature it rests on is revoked.
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

  /** A learner whose accepted evidence, observed directly, covers every row of the unit. */
  async function readyToSign(): Promise<EnrolledLearner> {
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
    return learner;
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
    expect(unitOf(progress)).toMatchObject({ rowsTotal: 7, planned: true, flags: [] });
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
    // Written as the revocation route writes it: a record of its own beside the signature.
    await t.db.query(
      `INSERT INTO sign_off_revocations (sign_off_id, revoked_by, revoker_role, reason)
       VALUES ($1, $2, 'signer', 'Signed before the observation was discussed')`,
      [unitSignOff, fixture.assessor.id],
    );
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
