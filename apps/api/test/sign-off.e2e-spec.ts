import { randomUUID } from 'node:crypto';
import {
  DECLARATION_STATEMENT,
  type EvidenceClaim,
  type SignOffRecord,
  type UnitSignOffView,
} from '@signoff/contracts';
import request from 'supertest';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { asApi } from './support/as-api';
import {
  API_TIMESTAMP,
  createPerson,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
} from './support/test-app';

const UNIT = 'QC28074-2';
const LEARNER_PASSWORD = 'a long and private phrase';
const claim = (outcome: string, criterion: string | null = null): EvidenceClaim => ({
  unit: UNIT,
  outcome,
  criterion,
});

/**
 * Signing off a unit: the enrolment's assessor signs rows of its matrix that accepted evidence
 * covers by every required method, then the unit; its learner countersigns. Each signature asks
 * for the password again and an Idempotency-Key, and is a record nothing may change.
 * In this qualification criterion 1.2 of QC28074-2 must be assessed by direct observation.
 */
describe('sign-off', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let assessor: string;

  const get = (cookie: string, url: string) => request(t.http).get(url).set('Cookie', cookie);
  const post = (cookie: string, url: string, body: object, key: string | null = randomUUID()) => {
    const sent = request(t.http).post(url).set('Cookie', cookie);
    return (key === null ? sent : sent.set('Idempotency-Key', key)).send(body);
  };
  const matrixOf = (of: EnrolledLearner, cookie = assessor, unit = UNIT) =>
    get(cookie, `/api/enrolments/${of.enrolmentId}/units/${unit}/matrix`);
  const signRows = (
    of: EnrolledLearner,
    rows: string[],
    options: { cookie?: string; password?: string; key?: string | null; unit?: string } = {},
  ) =>
    post(
      options.cookie ?? assessor,
      `/api/enrolments/${of.enrolmentId}/sign-offs`,
      { unit: options.unit ?? UNIT, rows, password: options.password ?? TEST_PASSWORD },
      options.key,
    );
  const signUnit = (of: EnrolledLearner, cookie = assessor, password = TEST_PASSWORD) =>
    post(cookie, `/api/enrolments/${of.enrolmentId}/units/${UNIT}/unit-sign-off`, { password });
  const countersign = (of: EnrolledLearner, cookie = of.cookie, password = LEARNER_PASSWORD) =>
    post(cookie, `/api/enrolments/${of.enrolmentId}/units/${UNIT}/countersignature`, { password });
  const signOffCount = async (of: EnrolledLearner) =>
    (
      await t.db.query(`SELECT count(*)::int AS n FROM sign_offs WHERE enrolment_id = $1`, [
        of.enrolmentId,
      ])
    )[0].n as number;

  /** Evidence the learner submits, claiming `claims`, and the assessor accepts mapped to `mapping`. */
  async function accepted(
    of: EnrolledLearner,
    method: string,
    mapping: EvidenceClaim[],
    claims: EvidenceClaim[] = mapping,
  ): Promise<string> {
    const created = await request(t.http)
      .post(`/api/enrolments/${of.enrolmentId}/evidence`)
      .set('Cookie', of.cookie)
      .send({
        method,
        title: `Evidence by ${method}`,
        narrative: '<p>What I did.</p>',
        activityDate: '2026-10-14',
        claims,
      });
    expect(created.status).toBe(201);
    const submit = await request(t.http)
      .post(`/api/evidence/${created.body.id}/submit`)
      .set('Cookie', of.cookie)
      .send({ statement: DECLARATION_STATEMENT, agreed: true });
    expect(submit.status).toBe(200);
    const accept = await request(t.http)
      .post(`/api/evidence/${created.body.id}/assessments`)
      .set('Cookie', assessor)
      .send({ version: 1, decision: 'accept', mapping });
    expect(accept.status).toBe(201);
    return created.body.id;
  }

  /** A learner whose evidence covers every row of the unit by every method it requires. */
  async function readyToSign(): Promise<EnrolledLearner> {
    const learner = await fixture.enrolLearner();
    await accepted(learner, 'direct_observation', [
      claim('1'),
      ...['2', '3', '4', '5', '6'].map((outcome) => claim(outcome)),
    ]);
    return learner;
  }
  const EVERY_ROW = ['1.1', '1.2', '2', '3', '4', '5', '6'];

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_EMAIL: '3', LOGIN_LIMIT_PER_ADDRESS: '10000' });
    fixture = await enrolmentFixture(t, (document) => {
      document.units[1].outcomes[0].criteria[1].requiredMethods = ['direct_observation'];
    });
    assessor = await signIn(t.http, fixture.assessor);
  });
  afterAll(() => t.close());

  describe('the matrix', () => {
    it('shows each row with the accepted evidence the assessor mapped, the methods missing and what the assessor may sign', async () => {
      const learner = await fixture.enrolLearner();
      // The learner claims outcome 2; the assessor maps it to criterion 1.1 instead.
      const itemId = await accepted(
        learner,
        'reflective_account',
        [claim('1', '1.1')],
        [claim('2')],
      );
      const response = await matrixOf(learner);
      expect(response.status).toBe(200);
      const view = response.body as UnitSignOffView;
      expect(view).toMatchObject({
        enrolmentId: learner.enrolmentId,
        learner: { id: learner.learnerId, displayName: 'Lee Learner' },
        unit: { reference: UNIT, credits: 20 },
        unitSignOff: { status: 'unsigned' },
        countersignature: { status: 'unsigned' },
        can: { signRows: ['1.1'], signUnit: false, countersign: false },
      });
      expect(view.matrix.rows.map((row) => row.ref)).toEqual(EVERY_ROW);
      expect(view.matrix.rows[0]).toEqual({
        ref: '1.1',
        outcome: '1',
        criterion: '1.1',
        title: 'Explain the Mental Health Act',
        evidence: [
          {
            versionId: expect.any(String),
            itemId,
            version: 1,
            title: 'Evidence by reflective_account',
            method: 'reflective_account',
          },
        ],
        requiredMethods: [],
        missingMethods: [],
        state: { status: 'unsigned' },
      });
      expect(view.matrix.rows[1]).toMatchObject({
        ref: '1.2',
        evidence: [],
        requiredMethods: ['direct_observation'],
        missingMethods: ['direct_observation'],
      });
      expect(view.matrix.rows[2]).toMatchObject({ ref: '2', criterion: null, evidence: [] });
      expect(view.achievement).toMatchObject({ achieved: false, rowsSigned: 0, rowsTotal: 7 });
    });

    it('is read by whoever sees the enrolment, who may sign nothing on it', async () => {
      const learner = await readyToSign();
      const iqa = await signIn(t.http, fixture.iqa);
      const eqa = await signIn(
        t.http,
        await createPerson(t.db, [{ centreId: fixture.centreId, role: 'eqa' }]),
      );
      for (const cookie of [learner.cookie, iqa, eqa, fixture.admin]) {
        const response = await matrixOf(learner, cookie);
        expect(response.status).toBe(200);
        expect(response.body.can).toEqual({ signRows: [], signUnit: false, countersign: false });
        expect(response.body.matrix.rows[0].evidence).toHaveLength(1);
      }
    });

    it('does not exist for another assessor, or for another learner', async () => {
      const learner = await readyToSign();
      const peer = await signIn(
        t.http,
        await createPerson(t.db, [{ centreId: fixture.centreId, role: 'assessor' }]),
      );
      const other = await fixture.enrolLearner();
      for (const cookie of [peer, other.cookie]) {
        const response = await matrixOf(learner, cookie);
        expect(response.status).toBe(404);
        expect(response.body.message).toBe('Enrolment not found');
      }
    });

    it('answers 404 for a unit that is not in the enrolment’s qualification', async () => {
      const learner = await fixture.enrolLearner();
      const response = await matrixOf(learner, assessor, 'NOPE-1');
      expect(response.status).toBe(404);
      expect(response.body.message).toMatch(
        /^Unit NOPE-1 is not a unit of .+, the qualification of this enrolment$/,
      );
    });

    it('offers each row once accepted evidence covers it by every method it requires', async () => {
      const learner = await fixture.enrolLearner();
      await accepted(learner, 'reflective_account', [claim('1'), claim('2')]);
      expect((await matrixOf(learner)).body.can.signRows).toEqual(['1.1', '2']);
      await accepted(learner, 'direct_observation', [claim('1', '1.2'), claim('3')]);
      expect((await matrixOf(learner)).body.can.signRows).toEqual(['1.1', '1.2', '2', '3']);
    });
  });

  describe('signing rows', () => {
    it('signs the rows picked, relying on the accepted evidence mapped to them, in one record with its audit event', async () => {
      const learner = await readyToSign();
      const response = await signRows(learner, ['1.1', '1.2']);
      expect(response.status).toBe(201);
      const record = response.body as SignOffRecord;
      expect(record).toMatchObject({
        kind: 'rows',
        enrolmentId: learner.enrolmentId,
        learner: { id: learner.learnerId, displayName: 'Lee Learner' },
        unit: UNIT,
        rows: ['1.1', '1.2'],
        signer: { id: fixture.assessor.id, displayName: 'Priya Assessor' },
        signerRole: 'assessor',
        centre: { id: fixture.centreId },
        statement: `I confirm that the accepted evidence listed meets assessment criteria 1.1, 1.2 of unit ${UNIT} for Lee Learner, and that the assessment was valid, authentic, current and sufficient.`,
        revocation: null,
        flag: null,
      });
      expect(record.signedAt).toMatch(API_TIMESTAMP);
      expect(record.contentSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.parse(record.content)).toMatchObject({
        enrolmentId: learner.enrolmentId,
        kind: 'rows',
        rows: ['1.1', '1.2'],
        statement: record.statement,
      });
      expect(record.reliedOn).toHaveLength(1);
      const [stored] = await t.db.query(
        `SELECT encode(sha256(convert_to(content, 'UTF8')), 'hex') AS recomputed, content_sha256,
                (SELECT count(*)::int FROM sign_off_evidence e WHERE e.sign_off_id = s.id) AS relied
           FROM sign_offs s WHERE id = $1`,
        [record.id],
      );
      expect(stored).toEqual({
        recomputed: record.contentSha256,
        content_sha256: record.contentSha256,
        relied: 1,
      });
      const audit = await t.db.query(
        `SELECT action, subject_type FROM audit_events WHERE subject_id = $1`,
        [record.id],
      );
      expect(audit).toEqual([{ action: 'sign_off.signed', subject_type: 'sign_off' }]);
      const view = (await matrixOf(learner)).body as UnitSignOffView;
      expect(view.matrix.rows[0].state).toMatchObject({
        status: 'signed',
        signOffId: record.id,
        signedBy: { id: fixture.assessor.id },
      });
      expect(view.matrix.outcomes[0].met).toBe(true);
      expect(view.can.signRows).toEqual(['2', '3', '4', '5', '6']);
    });

    it('refuses a row without covering accepted evidence, or without a required method, naming each row (409), and signs nothing', async () => {
      const learner = await fixture.enrolLearner();
      await accepted(learner, 'reflective_account', [claim('1')]);
      const refused = await signRows(learner, ['1.1', '1.2', '2']);
      expect(refused.status).toBe(409);
      expect(refused.body.errors).toEqual([
        { path: 'rows.1', message: 'Criterion 1.2 needs accepted evidence by direct observation' },
        { path: 'rows.2', message: 'Outcome 2 has no accepted evidence mapped to it yet' },
      ]);
      expect(await signOffCount(learner)).toBe(0);
    });

    it('refuses a row the unit does not have (400 naming it)', async () => {
      const learner = await readyToSign();
      const refused = await signRows(learner, ['1.1', '9.9']);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        { path: 'rows.1', message: '9.9 is not a criterion or outcome of this unit' },
      ]);
      expect(await signOffCount(learner)).toBe(0);
    });

    it('refuses a row already signed (409)', async () => {
      const learner = await readyToSign();
      expect((await signRows(learner, ['2'])).status).toBe(201);
      const again = await signRows(learner, ['2']);
      expect(again.status).toBe(409);
      expect(again.body.errors).toEqual([
        { path: 'rows.0', message: 'Outcome 2 is already signed' },
      ]);
    });

    it('refuses a wrong password (400 naming it) and signs nothing', async () => {
      const learner = await readyToSign();
      const refused = await signRows(learner, ['1.1'], { password: 'not my password at all' });
      expect(refused.status).toBe(400);
      expect(refused.body.message).toMatch(/^That password is not right/);
      expect(refused.body.errors).toEqual([
        { path: 'password', message: 'is not the password you sign in with' },
      ]);
      expect(await signOffCount(learner)).toBe(0);
    });

    it('counts wrong passwords towards the login limit: past it, signing and signing in are 429', async () => {
      const own = await enrolmentFixture(t);
      const ownAssessor = await signIn(t.http, own.assessor);
      const learner = await own.enrolLearner();
      const sign = (password: string) =>
        signRows(learner, ['1.1'], { cookie: ownAssessor, password });
      for (let attempt = 0; attempt < 3; attempt++)
        expect((await sign('not my password at all')).status).toBe(400);
      const locked = await sign(TEST_PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.headers['retry-after']).toMatch(/^\d+$/);
      const login = await request(t.http)
        .post('/api/auth/login')
        .send({ email: own.assessor.email, password: TEST_PASSWORD });
      expect(login.status).toBe(429);
      expect(await signOffCount(learner)).toBe(0);
    });

    it('forgives a right password, as a sign-in does', async () => {
      const own = await enrolmentFixture(t);
      const ownAssessor = await signIn(t.http, own.assessor);
      const learner = await own.enrolLearner();
      const sign = (password: string) =>
        signRows(learner, ['1.1'], { cookie: ownAssessor, password });
      for (let attempt = 0; attempt < 2; attempt++)
        expect((await sign('not my password at all')).status).toBe(400);
      // No evidence yet: the password passes, and the rule refuses.
      expect((await sign(TEST_PASSWORD)).status).toBe(409);
      for (let attempt = 0; attempt < 2; attempt++)
        expect((await sign('not my password at all')).status).toBe(400);
    });

    it('lets only the enrolment’s assessor sign: the learner and an admin 403, another assessor 404', async () => {
      const learner = await readyToSign();
      const peer = await signIn(
        t.http,
        await createPerson(t.db, [{ centreId: fixture.centreId, role: 'assessor' }]),
      );
      const byLearner = await signRows(learner, ['1.1'], {
        cookie: learner.cookie,
        password: LEARNER_PASSWORD,
      });
      expect(byLearner.status).toBe(403);
      expect((await signRows(learner, ['1.1'], { cookie: fixture.admin })).status).toBe(403);
      const byPeer = await signRows(learner, ['1.1'], { cookie: peer });
      expect(byPeer.status).toBe(404);
      expect(await signOffCount(learner)).toBe(0);
    });

    it('refuses to sign on a withdrawn enrolment (409)', async () => {
      const learner = await readyToSign();
      await t.db.query(`UPDATE enrolments SET status = 'withdrawn' WHERE id = $1`, [
        learner.enrolmentId,
      ]);
      const refused = await signRows(learner, ['1.1']);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/withdrawn/);
      expect((await matrixOf(learner)).body.can.signRows).toEqual([]);
      expect(await signOffCount(learner)).toBe(0);
    });
  });

  describe('Idempotency-Key', () => {
    it('is required, and not too long (400 naming the header)', async () => {
      const learner = await readyToSign();
      for (const key of [null, 'k'.repeat(201)]) {
        const refused = await signRows(learner, ['1.1'], { key });
        expect(refused.status).toBe(400);
        expect(refused.body.errors).toEqual([
          { path: 'Idempotency-Key', message: expect.any(String) },
        ]);
        expect(refused.body.message).toMatch(/^The Idempotency-Key header /);
      }
      expect(await signOffCount(learner)).toBe(0);
    });

    it('answers a replayed request with the first signature (200) and signs once', async () => {
      const learner = await readyToSign();
      const key = randomUUID();
      const first = await signRows(learner, ['1.1', '2'], { key });
      expect(first.status).toBe(201);
      const replayed = await signRows(learner, ['2', '1.1'], { key });
      expect(replayed.status).toBe(200);
      expect(replayed.body).toEqual(first.body);
      expect(await signOffCount(learner)).toBe(1);
    });

    it('signs once when the same request is sent several times at once', async () => {
      const learner = await readyToSign();
      const key = randomUUID();
      const responses = await Promise.all([0, 1, 2].map(() => signRows(learner, ['3'], { key })));
      expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 201]);
      expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
      expect(await signOffCount(learner)).toBe(1);
    });

    it('refuses the same key with a different request (409) and signs nothing more', async () => {
      const learner = await readyToSign();
      const key = randomUUID();
      expect((await signRows(learner, ['1.1'], { key })).status).toBe(201);
      const refused = await signRows(learner, ['2'], { key });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/already used to sign something else/);
      expect(await signOffCount(learner)).toBe(1);
    });
  });

  describe('the unit and its countersignature', () => {
    it('refuses the unit sign-off until every row is signed, then the learner countersigns and the unit is achieved', async () => {
      const learner = await readyToSign();
      expect((await signRows(learner, ['1.1', '1.2', '2'])).status).toBe(201);
      const early = await signUnit(learner);
      expect(early.status).toBe(409);
      expect(early.body.message).toBe(
        'The unit cannot be signed off yet: Outcome 3 is not signed yet; Outcome 4 is not signed yet; Outcome 5 is not signed yet; Outcome 6 is not signed yet.',
      );
      const tooSoon = await countersign(learner);
      expect(tooSoon.status).toBe(409);

      expect((await signRows(learner, ['3', '4', '5', '6'])).status).toBe(201);
      expect((await matrixOf(learner)).body.can).toEqual({
        signRows: [],
        signUnit: true,
        countersign: false,
      });
      const unit = await signUnit(learner);
      expect(unit.status).toBe(201);
      expect(unit.body).toMatchObject({
        kind: 'unit',
        rows: EVERY_ROW,
        signerRole: 'assessor',
        statement: `I confirm that Lee Learner has met every learning outcome of unit ${UNIT} on the accepted evidence listed, and that the assessment was valid, authentic, current and sufficient.`,
      });
      expect(unit.body.reliedOn).toHaveLength(1);
      expect((await signUnit(learner)).status).toBe(409);

      const seen = (await matrixOf(learner, learner.cookie)).body as UnitSignOffView;
      expect(seen.can).toEqual({ signRows: [], signUnit: false, countersign: true });
      expect(seen.unitSignOff).toMatchObject({ status: 'signed', signOffId: unit.body.id });

      const wrong = await countersign(learner, learner.cookie, 'not my password at all');
      expect(wrong.status).toBe(400);
      const counter = await countersign(learner);
      expect(counter.status).toBe(201);
      expect(counter.body).toMatchObject({
        kind: 'countersignature',
        signer: { id: learner.learnerId },
        signerRole: 'learner',
        statement: `I, Lee Learner, confirm that unit ${UNIT} is complete and my own work.`,
      });
      const achieved = (await matrixOf(learner)).body as UnitSignOffView;
      expect(achieved.achievement).toEqual({
        achieved: true,
        rowsSigned: 7,
        rowsTotal: 7,
        missing: [],
      });
      expect(achieved.countersignature).toMatchObject({ status: 'signed' });
      const audit = await t.db.query(
        `SELECT action FROM audit_events WHERE subject_type = 'sign_off' AND subject_id = ANY($1::text[])
          ORDER BY id`,
        [[unit.body.id, counter.body.id]],
      );
      expect(audit).toEqual([
        { action: 'sign_off.unit_signed' },
        { action: 'sign_off.countersigned' },
      ]);
    });

    it('lets only the learner countersign: their assessor 403, another learner 404', async () => {
      const learner = await readyToSign();
      expect((await signRows(learner, EVERY_ROW)).status).toBe(201);
      expect((await signUnit(learner)).status).toBe(201);
      const other = await fixture.enrolLearner();
      expect((await countersign(learner, assessor, TEST_PASSWORD)).status).toBe(403);
      expect((await countersign(learner, other.cookie)).status).toBe(404);
      expect((await signUnit(learner, learner.cookie, LEARNER_PASSWORD)).status).toBe(403);
      expect(await signOffCount(learner)).toBe(2);
    });
  });

  describe('signed records', () => {
    it('cannot be changed or removed in the database, by the API’s role or by the owner', async () => {
      const learner = await readyToSign();
      const { id } = (await signRows(learner, ['1.1'])).body as SignOffRecord;
      for (const table of ['sign_offs', 'sign_off_evidence']) {
        const key = table === 'sign_offs' ? 'id' : 'sign_off_id';
        const attempts = [
          table === 'sign_offs'
            ? `UPDATE sign_offs SET statement = 'I confirm nothing' WHERE id = '${id}'`
            : `UPDATE sign_off_evidence SET version_id = version_id WHERE sign_off_id = '${id}'`,
          `DELETE FROM ${table} WHERE ${key} = '${id}'`,
          `TRUNCATE ${table} CASCADE`,
        ];
        for (const sql of attempts) {
          await expect(t.db.query(sql)).rejects.toThrow(
            `${table} is never changed or removed: record a revocation or a new signature`,
          );
          await expect(asApi(t, sql)).rejects.toThrow(`permission denied for table ${table}`);
        }
      }
      const [stored] = await t.db.query(
        `SELECT statement, (SELECT count(*)::int FROM sign_off_evidence WHERE sign_off_id = $1) AS relied
           FROM sign_offs WHERE id = $1`,
        [id],
      );
      expect(stored.statement).toMatch(/^I confirm that the accepted evidence listed meets/);
      expect(stored.relied).toBe(1);
    });
  });

  it('documents its routes, the Idempotency-Key and both answers in the OpenAPI document', async () => {
    const { paths } = (await request(t.http).get('/api/docs-json')).body;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/enrolments/{id}/units/{unit}/matrix',
        '/api/enrolments/{id}/sign-offs',
        '/api/enrolments/{id}/units/{unit}/unit-sign-off',
        '/api/enrolments/{id}/units/{unit}/countersignature',
      ]),
    );
    const signing = paths['/api/enrolments/{id}/sign-offs'].post;
    expect(Object.keys(signing.responses)).toEqual(expect.arrayContaining(['200', '201']));
    expect(signing.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true }),
      ]),
    );
  });
});
