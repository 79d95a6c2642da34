import { randomUUID } from 'node:crypto';
import {
  COUNTERSIGNING_STATEMENTS,
  RECORD_SIGNING_STATEMENTS,
  type EvidenceClaim,
  type EvidenceDetail,
  type ObservationContent,
} from '@signoff/contracts';
import request from 'supertest';
import { contentHash } from '../src/audit/content-hash';
import { declarationHash } from '../src/evidence/declared-content';
import { PNG } from '../src/files/testing/evidence-samples';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { asApi } from './support/as-api';
import {
  createPerson,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
} from './support/test-app';

const UNIT = 'QC28074-2';
const LEARNER_PASSWORD = 'a long and private phrase';
const CLAIMS: EvidenceClaim[] = [
  { unit: UNIT, outcome: '1', criterion: '1.1' },
  { unit: UNIT, outcome: '2', criterion: null },
];
const OBSERVATION: ObservationContent = {
  title: 'Supporting Mr A at breakfast',
  narrative: '<p>Jordan explained each step and checked Mr A’s consent.</p>',
  activityDate: '2026-10-14',
  setting: 'Oak Lodge care home, residents’ dining room',
  startTime: '08:30',
  endTime: '09:15',
  claims: CLAIMS,
};
const DISCUSSION = {
  title: 'Safeguarding: what Jordan would do',
  narrative: '<p>We discussed the steps of a safeguarding referral.</p>',
  activityDate: '2026-10-15',
  claims: [{ unit: UNIT, outcome: '3', criterion: null }],
};

/**
 * Records an assessor makes at the workplace: a direct observation or a professional discussion
 * of a learner they hold, drafted, signed with their password, then countersigned by the learner,
 * whose agreement is the assessor's acceptance (counted in the sign-off matrix) and whose
 * disagreement returns the record to the assessor to revise.
 */
describe('workplace records', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let assessor: string;

  const observations = (of: EnrolledLearner) => `/api/enrolments/${of.enrolmentId}/observations`;
  const createObservation = (of: EnrolledLearner, cookie = assessor, body: object = OBSERVATION) =>
    request(t.http).post(observations(of)).set('Cookie', cookie).send(body);
  const sign = (itemId: string, cookie = assessor, password = TEST_PASSWORD, key = randomUUID()) =>
    request(t.http)
      .post(`/api/evidence/${itemId}/signature`)
      .set('Cookie', cookie)
      .set('Idempotency-Key', key)
      .send({ password });
  const countersign = (
    itemId: string,
    cookie: string,
    answer: { agreed: boolean; comment?: string; password?: string },
    key = randomUUID(),
  ) =>
    request(t.http)
      .post(`/api/evidence/${itemId}/countersignature`)
      .set('Cookie', cookie)
      .set('Idempotency-Key', key)
      .send({ password: LEARNER_PASSWORD, ...answer });
  const itemCount = async (of: EnrolledLearner) =>
    (
      await t.db.query(`SELECT count(*)::int AS n FROM evidence_items WHERE enrolment_id = $1`, [
        of.enrolmentId,
      ])
    )[0].n as number;

  /** An observation the assessor has recorded and signed: awaiting the learner. */
  async function signedObservation(of: EnrolledLearner, key = randomUUID()): Promise<string> {
    const created = await createObservation(of);
    expect(created.status).toBe(201);
    expect((await sign(created.body.id, assessor, TEST_PASSWORD, key)).status).toBe(201);
    return created.body.id;
  }

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_EMAIL: '20', LOGIN_LIMIT_PER_ADDRESS: '10000' });
    fixture = await enrolmentFixture(t);
    assessor = await signIn(t.http, fixture.assessor);
  });
  afterAll(() => t.close());

  describe('drafting', () => {
    it('lets an assessor record an observation of a learner they hold, as a draft of their own', async () => {
      const learner = await fixture.enrolLearner();
      const created = await createObservation(learner);
      expect(created.status).toBe(201);
      const record = created.body as EvidenceDetail;
      expect(record).toMatchObject({
        enrolmentId: learner.enrolmentId,
        origin: 'assessor',
        author: { id: fixture.assessor.id, displayName: 'Priya Assessor' },
        methodCode: 'DO',
        versions: [1],
        current: {
          number: 1,
          status: 'draft',
          method: 'direct_observation',
          title: OBSERVATION.title,
          activityDate: '2026-10-14',
          claims: CLAIMS,
          observation: { setting: OBSERVATION.setting, startTime: '08:30', endTime: '09:15' },
          witness: null,
          declaration: null,
        },
        can: { edit: true, sign: true, discard: true, submit: false, countersign: false },
        countersignatures: [],
      });

      const saved = await request(t.http)
        .put(`${observations(learner)}/${record.id}`)
        .set('Cookie', assessor)
        .send({ ...OBSERVATION, startTime: '', endTime: '', setting: 'The lounge' });
      expect(saved.status).toBe(200);
      expect(saved.body.current.observation).toEqual({
        setting: 'The lounge',
        startTime: '',
        endTime: '',
      });

      // The draft is the assessor's alone: listed for them, not (yet) for the learner.
      const listed = await request(t.http).get(observations(learner)).set('Cookie', assessor);
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([record.id]);
      const learnerList = await request(t.http)
        .get(observations(learner))
        .set('Cookie', learner.cookie);
      expect(learnerList.body.items).toEqual([]);
      const portfolio = await request(t.http)
        .get(`/api/enrolments/${learner.enrolmentId}/evidence`)
        .set('Cookie', learner.cookie);
      expect(portfolio.body.items).toEqual([]);
      expect(
        (await request(t.http).get(`/api/evidence/${record.id}`).set('Cookie', learner.cookie))
          .status,
      ).toBe(404);
    });

    it('answers 404 to an assessor who does not hold the learner, and 403 to the learner and the admin', async () => {
      const learner = await fixture.enrolLearner();
      const peer = await signIn(
        t.http,
        await createPerson(t.db, [{ centreId: fixture.centreId, role: 'assessor' }]),
      );
      const byPeer = await createObservation(learner, peer);
      expect(byPeer.status).toBe(404);
      expect(byPeer.body.message).toBe('Enrolment not found');
      for (const cookie of [learner.cookie, fixture.admin]) {
        const refused = await createObservation(learner, cookie);
        expect(refused.status).toBe(403);
      }
      expect(await itemCount(learner)).toBe(0);
    });

    it('refuses bad times, settings and claims, naming the field and changing nothing', async () => {
      const learner = await fixture.enrolLearner();
      const cases: [object, string][] = [
        [{ startTime: '9.30' }, 'startTime'],
        [{ endTime: '24:00' }, 'endTime'],
        [{ startTime: '10:00', endTime: '09:45' }, 'endTime'],
        [{ setting: 'x'.repeat(201) }, 'setting'],
        [{ setting: 42 }, 'setting'],
        [{ claims: [{ unit: 'NOT-A-UNIT', outcome: '1', criterion: null }] }, 'claims.0.unit'],
      ];
      for (const [change, path] of cases) {
        const refused = await createObservation(learner, assessor, { ...OBSERVATION, ...change });
        expect(refused.status).toBe(400);
        expect(refused.body.errors.map((error: { path: string }) => error.path)).toContain(path);
      }
      expect(await itemCount(learner)).toBe(0);

      const { body: draft } = await createObservation(learner);
      const refused = await request(t.http)
        .put(`${observations(learner)}/${draft.id}`)
        .set('Cookie', assessor)
        .send({ ...OBSERVATION, title: 'Changed', endTime: '08:00' });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        { path: 'endTime', message: 'must be after the start time' },
      ]);
      const kept = await request(t.http).get(`/api/evidence/${draft.id}`).set('Cookie', assessor);
      expect(kept.body.current.title).toBe(OBSERVATION.title);
    });

    it('keeps a discussion apart from observations, and lets its assessor discard a draft never signed', async () => {
      const learner = await fixture.enrolLearner();
      const discussions = `/api/enrolments/${learner.enrolmentId}/professional-discussions`;
      const created = await request(t.http)
        .post(discussions)
        .set('Cookie', assessor)
        .send(DISCUSSION);
      expect(created.status).toBe(201);
      expect(created.body.current).toMatchObject({
        method: 'professional_discussion',
        observation: null,
      });
      expect(created.body.methodCode).toBe('PD');
      // Not an observation, so not at an observation's address.
      const wrongAddress = await request(t.http)
        .put(`${observations(learner)}/${created.body.id}`)
        .set('Cookie', assessor)
        .send(OBSERVATION);
      expect(wrongAddress.status).toBe(404);
      expect(
        (await request(t.http).get(observations(learner)).set('Cookie', assessor)).body.items,
      ).toEqual([]);
      const listed = await request(t.http).get(discussions).set('Cookie', assessor);
      expect(listed.body.items).toHaveLength(1);

      const discarded = await request(t.http)
        .delete(`/api/evidence/${created.body.id}`)
        .set('Cookie', assessor);
      expect(discarded.status).toBe(204);
      expect(await itemCount(learner)).toBe(0);
    });

    it('takes files on the assessor’s draft from its assessor, not from the learner', async () => {
      const learner = await fixture.enrolLearner();
      const { body: draft } = await createObservation(learner);
      const uploaded = await request(t.http)
        .post(`/api/evidence/${draft.id}/files?name=breakfast.png`)
        .set('Cookie', assessor)
        .set('Content-Type', 'application/octet-stream')
        .send(PNG);
      expect(uploaded.status).toBe(201);
      expect(uploaded.body.current.files).toMatchObject([
        { name: 'breakfast.png', mediaType: 'image/png' },
      ]);
      const byLearner = await request(t.http)
        .post(`/api/evidence/${draft.id}/files?name=mine.png`)
        .set('Cookie', learner.cookie)
        .set('Content-Type', 'application/octet-stream')
        .send(PNG);
      expect(byLearner.status).toBe(404);
      // Once signed, the learner sees it, and still may not change it.
      expect((await sign(draft.id)).status).toBe(201);
      const afterSigning = await request(t.http)
        .post(`/api/evidence/${draft.id}/files?name=mine.png`)
        .set('Cookie', learner.cookie)
        .set('Content-Type', 'application/octet-stream')
        .send(PNG);
      expect(afterSigning.status).toBe(403);
      const removed = await request(t.http)
        .delete(`/api/evidence/${draft.id}/files/${uploaded.body.current.files[0].id}`)
        .set('Cookie', assessor);
      expect(removed.status).toBe(409);
    });
  });

  it('changes a witness’s testimony for no one, saying why', async () => {
    const learner = await fixture.enrolLearner();
    const created = await request(t.http)
      .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
      .set('Cookie', learner.cookie)
      .send({ ...DISCUSSION, method: 'witness_testimony' });
    expect(created.status).toBe(201);
    // A testimony as the witness link will make it: asked for (so authored) by the learner.
    await t.db.query(`UPDATE evidence_items SET origin = 'witness' WHERE id = $1`, [
      created.body.id,
    ]);
    for (const call of [
      request(t.http)
        .put(`/api/evidence/${created.body.id}`)
        .send({ ...DISCUSSION, method: 'witness_testimony' }),
      request(t.http).delete(`/api/evidence/${created.body.id}`),
    ]) {
      const refused = await call.set('Cookie', learner.cookie);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe(
        'A witness’s testimony is never changed: ask the witness again for a new statement',
      );
    }
  });

  describe('signing', () => {
    it('refuses a wrong password, naming it, and leaves the draft as it was', async () => {
      const learner = await fixture.enrolLearner();
      const { body: draft } = await createObservation(learner);
      const refused = await sign(draft.id, assessor, 'not my password');
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        { path: 'password', message: 'is not the password you sign in with' },
      ]);
      const kept = await request(t.http).get(`/api/evidence/${draft.id}`).set('Cookie', assessor);
      expect(kept.body.current).toMatchObject({ status: 'draft', declaration: null });
    });

    it('refuses a record missing what signing needs, naming each field', async () => {
      const learner = await fixture.enrolLearner();
      const { body: draft } = await createObservation(learner, assessor, {
        ...OBSERVATION,
        setting: '',
        startTime: '',
        claims: [],
      });
      const refused = await sign(draft.id);
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((error: { path: string }) => error.path)).toEqual([
        'claims',
        'setting',
        'startTime',
      ]);
    });

    it('signs once for a key sent twice, with the assessor’s declaration over what was recorded', async () => {
      const learner = await fixture.enrolLearner();
      const { body: draft } = await createObservation(learner);
      const key = randomUUID();
      const first = await sign(draft.id, assessor, TEST_PASSWORD, key);
      expect(first.status).toBe(201);
      const replay = await sign(draft.id, assessor, TEST_PASSWORD, key);
      expect(replay.status).toBe(200);
      expect(replay.body.current).toEqual(first.body.current);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM declarations d JOIN evidence_versions v ON v.id = d.version_id WHERE v.item_id = $1`,
        [draft.id],
      );
      expect(n).toBe(1);

      const signed = first.body as EvidenceDetail;
      expect(signed.current.status).toBe('awaiting_countersignature');
      expect(signed.can).toMatchObject({ edit: false, sign: false, discard: false });
      const declaration = signed.current.declaration;
      expect(declaration).toMatchObject({
        declarant: { id: fixture.assessor.id, displayName: 'Priya Assessor', role: 'assessor' },
        statement: RECORD_SIGNING_STATEMENTS.observation,
      });
      expect(declaration?.sha256).toBe(
        declarationHash({
          evidenceId: draft.id,
          enrolmentId: learner.enrolmentId,
          declarant: { role: 'assessor', id: fixture.assessor.id },
          version: signed.current,
          statement: RECORD_SIGNING_STATEMENTS.observation,
          declaredAt: declaration?.declaredAt ?? '',
        }),
      );

      // The same key for another record is another request.
      const { body: other } = await createObservation(learner);
      expect((await sign(other.id, assessor, TEST_PASSWORD, key)).status).toBe(409);
      // What was signed is never changed.
      const changed = await request(t.http)
        .put(`${observations(learner)}/${draft.id}`)
        .set('Cookie', assessor)
        .send(OBSERVATION);
      expect(changed.status).toBe(409);
    });

    it('signs one of two records sent at the same moment with one key, and refuses the other (409)', async () => {
      const learner = await fixture.enrolLearner();
      const [{ body: first }, { body: second }] = [
        await createObservation(learner),
        await createObservation(learner),
      ];
      const key = randomUUID();
      const answers = await Promise.all([
        sign(first.id, assessor, TEST_PASSWORD, key),
        sign(second.id, assessor, TEST_PASSWORD, key),
      ]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM declarations WHERE idempotency_key = $1`,
        [key],
      );
      expect(n).toBe(1);
    });

    it('is the record’s assessor’s alone: the learner may not sign, nor the assessor countersign', async () => {
      const learner = await fixture.enrolLearner();
      const { body: draft } = await createObservation(learner);
      expect((await sign(draft.id, learner.cookie, LEARNER_PASSWORD)).status).toBe(403);
      expect((await sign(draft.id)).status).toBe(201);
      const byAssessor = await countersign(draft.id, assessor, {
        agreed: true,
        password: TEST_PASSWORD,
      });
      expect(byAssessor.status).toBe(403);
    });
  });

  describe('countersigning', () => {
    it('shows the learner the record awaiting them; their agreement accepts it as the assessor’s, counted in the matrix', async () => {
      const learner = await fixture.enrolLearner();
      const itemId = await signedObservation(learner);

      const portfolio = await request(t.http)
        .get(`/api/enrolments/${learner.enrolmentId}/evidence`)
        .set('Cookie', learner.cookie);
      expect(portfolio.body.items).toMatchObject([
        { id: itemId, origin: 'assessor', status: 'awaiting_countersignature', methodCode: 'DO' },
      ]);
      const seen = await request(t.http)
        .get(`/api/evidence/${itemId}`)
        .set('Cookie', learner.cookie);
      expect(seen.body.can).toMatchObject({ countersign: true, edit: false, revise: false });
      const queue = await request(t.http).get('/api/assessment-queue').set('Cookie', assessor);
      expect(queue.body.items.map((item: { itemId: string }) => item.itemId)).not.toContain(itemId);

      const agreed = await countersign(itemId, learner.cookie, { agreed: true });
      expect(agreed.status).toBe(201);
      const record = agreed.body as EvidenceDetail;
      expect(record.current.status).toBe('accepted');
      expect(record.can.countersign).toBe(false);
      expect(record.decisions).toMatchObject([
        { version: 1, decision: 'accept', mapping: CLAIMS, assessor: { id: fixture.assessor.id } },
      ]);
      const [countersignature] = record.countersignatures;
      expect(countersignature).toMatchObject({
        version: 1,
        learner: { id: learner.learnerId },
        agreed: true,
        comment: null,
        statement: COUNTERSIGNING_STATEMENTS.agree,
      });
      expect(countersignature.sha256).toBe(
        contentHash({
          evidenceId: itemId,
          version: 1,
          declarationSha256: record.current.declaration?.sha256,
          agreed: true,
          comment: null,
          statement: COUNTERSIGNING_STATEMENTS.agree,
          signedAt: countersignature.signedAt,
          learnerId: learner.learnerId,
        }),
      );

      const matrix = await request(t.http)
        .get(`/api/enrolments/${learner.enrolmentId}/units/${UNIT}/matrix`)
        .set('Cookie', assessor);
      expect(matrix.status).toBe(200);
      const rows = matrix.body.matrix.rows as { ref: string; evidence: { itemId: string }[] }[];
      const mapped = rows.filter((row) =>
        row.evidence.some((evidence) => evidence.itemId === itemId),
      );
      expect(mapped.map((row) => row.ref)).toEqual(['1.1', '2']);
      expect(matrix.body.can.signRows).toEqual(expect.arrayContaining(['1.1', '2']));
    });

    it('returns a record the learner disagrees with to its assessor, who revises and signs it again', async () => {
      const learner = await fixture.enrolLearner();
      const firstKey = randomUUID();
      const itemId = await signedObservation(learner, firstKey);

      const withoutReason = await countersign(itemId, learner.cookie, { agreed: false });
      expect(withoutReason.status).toBe(400);
      expect(withoutReason.body.errors.map((error: { path: string }) => error.path)).toEqual([
        'comment',
      ]);

      const disagreementKey = randomUUID();
      const disagreed = await countersign(
        itemId,
        learner.cookie,
        { agreed: false, comment: 'I started at 08:45, not 08:30.' },
        disagreementKey,
      );
      expect(disagreed.status).toBe(201);
      expect(disagreed.body.current.status).toBe('referred');
      expect(disagreed.body.decisions).toEqual([]);
      expect(disagreed.body.countersignatures).toMatchObject([
        {
          agreed: false,
          comment: 'I started at 08:45, not 08:30.',
          statement: COUNTERSIGNING_STATEMENTS.disagree,
        },
      ]);

      const assessorView = await request(t.http)
        .get(`/api/evidence/${itemId}`)
        .set('Cookie', assessor);
      expect(assessorView.body.can).toMatchObject({ revise: true, sign: false });
      const revised = await request(t.http)
        .post(`/api/evidence/${itemId}/revise`)
        .set('Cookie', assessor);
      expect(revised.status).toBe(200);
      expect(revised.body.versions).toEqual([1, 2]);
      expect(revised.body.current).toMatchObject({
        number: 2,
        status: 'draft',
        observation: { setting: OBSERVATION.setting, startTime: '08:30', endTime: '09:15' },
      });
      const saved = await request(t.http)
        .put(`${observations(learner)}/${itemId}`)
        .set('Cookie', assessor)
        .send({ ...OBSERVATION, startTime: '08:45' });
      expect(saved.status).toBe(200);
      // The key that signed version 1 is not a replay of signing version 2.
      const reusedKey = await sign(itemId, assessor, TEST_PASSWORD, firstKey);
      expect(reusedKey.status).toBe(409);
      const resigned = await sign(itemId);
      expect(resigned.status).toBe(201);
      expect(resigned.body.current).toMatchObject({
        number: 2,
        status: 'awaiting_countersignature',
        observation: { startTime: '08:45' },
      });

      // The key that countersigned version 1 is not a replay on version 2, even with its answer.
      const keyOfVersion1 = await countersign(
        itemId,
        learner.cookie,
        { agreed: false, comment: 'I started at 08:45, not 08:30.' },
        disagreementKey,
      );
      expect(keyOfVersion1.status).toBe(409);
      const agreed = await countersign(itemId, learner.cookie, { agreed: true });
      expect(agreed.status).toBe(201);
      expect(agreed.body.current).toMatchObject({ number: 2, status: 'accepted' });
      expect(
        agreed.body.countersignatures.map((c: { version: number; agreed: boolean }) => [
          c.version,
          c.agreed,
        ]),
      ).toEqual([
        [2, true],
        [1, false],
      ]);
    });

    it('answers a replayed key once, refuses it on another answer, and refuses a wrong password', async () => {
      const learner = await fixture.enrolLearner();
      const itemId = await signedObservation(learner);
      const wrong = await countersign(itemId, learner.cookie, {
        agreed: true,
        password: 'nope nope nope',
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors.map((error: { path: string }) => error.path)).toEqual(['password']);
      const key = randomUUID();
      expect((await countersign(itemId, learner.cookie, { agreed: true }, key)).status).toBe(201);
      expect((await countersign(itemId, learner.cookie, { agreed: true }, key)).status).toBe(200);
      expect(
        (await countersign(itemId, learner.cookie, { agreed: false, comment: 'No' }, key)).status,
      ).toBe(409);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM evidence_countersignatures c JOIN evidence_versions v ON v.id = c.version_id WHERE v.item_id = $1`,
        [itemId],
      );
      expect(n).toBe(1);
      // Another answer on an accepted record, with a new key: nothing awaits the learner.
      expect((await countersign(itemId, learner.cookie, { agreed: true })).status).toBe(409);
    });

    it('refuses staff who see the record and hides it from everyone else', async () => {
      const learner = await fixture.enrolLearner();
      const other = await fixture.enrolLearner();
      const itemId = await signedObservation(learner);
      const iqa = await signIn(t.http, fixture.iqa);
      expect(
        (await countersign(itemId, iqa, { agreed: true, password: TEST_PASSWORD })).status,
      ).toBe(403);
      expect((await countersign(itemId, other.cookie, { agreed: true })).status).toBe(404);
    });

    it('is never changed or removed, by anyone', async () => {
      const learner = await fixture.enrolLearner();
      const itemId = await signedObservation(learner);
      const agreed = await countersign(itemId, learner.cookie, { agreed: true });
      const id = agreed.body.countersignatures[0].id;
      const attempts = [
        `UPDATE evidence_countersignatures SET agreed = false, comment = 'changed' WHERE id = '${id}'`,
        `DELETE FROM evidence_countersignatures WHERE id = '${id}'`,
      ];
      for (const sql of attempts) {
        await expect(t.db.query(sql)).rejects.toThrow(
          'a countersignature is never changed or removed',
        );
        await expect(asApi(t, sql)).rejects.toThrow(
          'permission denied for table evidence_countersignatures',
        );
      }
    });
  });
});
