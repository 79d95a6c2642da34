import { createHash, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DECLARATION_STATEMENT,
  SIGN_OFF_LIMITS,
  WITHDRAWN_EVIDENCE_FLAG,
  type SignOffRecord,
  type SignOffVerification,
  type UnitSignOffView,
} from '@signoff/contracts';
import request from 'supertest';
import { verifyAuditTrail } from '../src/audit/verify-audit-trail';
import { PNG } from '../src/files/testing/evidence-samples';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { asApi } from './support/as-api';
import {
  API_TIMESTAMP,
  TEST_PASSWORD,
  createCentre,
  createPerson,
  signIn,
  startTestApp,
  type TestApp,
} from './support/test-app';

const UNIT = 'QC28074-2';
const MAPPING = [{ unit: UNIT, outcome: '1', criterion: '1.2' }];

/**
 * A signature's record and what may become of it: read by whoever sees the enrolment, verified
 * against the stored rows and the files' bytes, revoked by its signer or an admin of its centre
 * (a record of its own, after which the row may be signed again), and flagged when evidence it
 * relied on loses its acceptance. Nothing of it is ever changed or removed.
 */
describe('sign-off records', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let assessor: string;
  let iqa: string;
  let otherAdmin: string;
  let peerAssessor: string;

  const get = (cookie: string, url: string) => request(t.http).get(url).set('Cookie', cookie);
  const post = (cookie: string, url: string, body?: object) =>
    request(t.http).post(url).set('Cookie', cookie).send(body);

  /** A submitted piece of evidence with photo.png, accepted as proving row 1.2 of the unit. */
  async function acceptedEvidence(learner: EnrolledLearner, mapping = MAPPING): Promise<string> {
    const created = await post(learner.cookie, `/api/enrolments/${learner.enrolmentId}/evidence`, {
      method: 'direct_observation',
      title: 'Observed: chairing a meeting',
      narrative: '<p>I chaired the meeting.</p>',
      activityDate: '2026-10-14',
      claims: mapping,
    });
    expect(created.status).toBe(201);
    const itemId: string = created.body.id;
    const upload = await request(t.http)
      .post(`/api/evidence/${itemId}/files?name=photo.png`)
      .set('Cookie', learner.cookie)
      .set('Content-Type', 'application/octet-stream')
      .send(PNG);
    expect(upload.status).toBe(201);
    const submit = await post(learner.cookie, `/api/evidence/${itemId}/submit`, {
      statement: DECLARATION_STATEMENT,
      agreed: true,
    });
    expect(submit.status).toBe(200);
    const accept = await post(assessor, `/api/evidence/${itemId}/assessments`, {
      version: 1,
      decision: 'accept',
      mapping,
    });
    expect(accept.status).toBe(201);
    return itemId;
  }

  function sign(learner: EnrolledLearner, rows = ['1.2']) {
    return request(t.http)
      .post(`/api/enrolments/${learner.enrolmentId}/sign-offs`)
      .set('Cookie', assessor)
      .set('Idempotency-Key', randomUUID())
      .send({ unit: UNIT, rows, password: TEST_PASSWORD });
  }

  /** A learner with accepted evidence and row 1.2 signed on it. */
  async function signedRow(): Promise<{
    learner: EnrolledLearner;
    itemId: string;
    signOff: SignOffRecord;
  }> {
    const learner = await fixture.enrolLearner();
    const itemId = await acceptedEvidence(learner);
    const signed = await sign(learner);
    expect(signed.status).toBe(201);
    return { learner, itemId, signOff: signed.body };
  }

  const revoke = (cookie: string, id: string, body: object) =>
    post(cookie, `/api/sign-offs/${id}/revocations`, body);
  const verify = async (id: string): Promise<SignOffVerification> => {
    const response = await get(assessor, `/api/sign-offs/${id}/verify`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const rowState = async (learner: EnrolledLearner, ref = '1.2') => {
    const view = await get(assessor, `/api/enrolments/${learner.enrolmentId}/units/${UNIT}/matrix`);
    expect(view.status).toBe(200);
    return (view.body as UnitSignOffView).matrix.rows.find((row) => row.ref === ref)?.state;
  };
  const count = async (sql: string, parameters: unknown[]): Promise<number> =>
    ((await t.db.query(sql, parameters)) as { count: number }[])[0].count;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await enrolmentFixture(t);
    assessor = await signIn(t.http, fixture.assessor);
    iqa = await signIn(t.http, fixture.iqa);
    peerAssessor = await signIn(
      t.http,
      await createPerson(t.db, [{ centreId: fixture.centreId, role: 'assessor' }]),
    );
    otherAdmin = await signIn(
      t.http,
      await createPerson(t.db, [{ centreId: await createCentre(t.db), role: 'admin' }]),
    );
  });
  afterAll(() => t.close());

  describe('reading a signature', () => {
    let signed: Awaited<ReturnType<typeof signedRow>>;
    beforeAll(async () => {
      signed = await signedRow();
    });

    it('answers the signature as stored to whoever sees the enrolment', async () => {
      const { learner, itemId, signOff } = signed;
      const readers: [string, string, boolean][] = [
        ['the signer', assessor, true],
        ['an admin of the centre', fixture.admin, true],
        ['the IQA', iqa, false],
        ['the learner', learner.cookie, false],
      ];
      for (const [who, cookie, revoke] of readers) {
        const response = await get(cookie, `/api/sign-offs/${signOff.id}`);
        expect({ who, status: response.status, body: response.body }).toEqual({
          who,
          status: 200,
          body: { ...signOff, can: { revoke } },
        });
      }
      expect(signOff).toMatchObject({
        kind: 'rows',
        enrolmentId: learner.enrolmentId,
        learner: { id: learner.learnerId, displayName: 'Lee Learner' },
        unit: UNIT,
        rows: ['1.2'],
        signer: { id: fixture.assessor.id, displayName: 'Priya Assessor' },
        signerRole: 'assessor',
        centre: { id: fixture.centreId },
        signedAt: expect.stringMatching(API_TIMESTAMP),
        reliedOn: [
          {
            versionId: expect.any(String),
            itemId,
            version: 1,
            title: 'Observed: chairing a meeting',
          },
        ],
        revocation: null,
        flag: null,
        can: { revoke: true },
      });
      expect(createHash('sha256').update(signOff.content).digest('hex')).toBe(
        signOff.contentSha256,
      );
    });

    it('does not exist for anyone else, nor for an id naming nothing', async () => {
      const { signOff } = signed;
      for (const cookie of [otherAdmin, peerAssessor, (await fixture.enrolLearner()).cookie]) {
        for (const path of [
          `/api/sign-offs/${signOff.id}`,
          `/api/sign-offs/${signOff.id}/verify`,
        ]) {
          const response = await get(cookie, path);
          expect(response.status).toBe(404);
          expect(response.body).toMatchObject({ code: 'NOT_FOUND', message: 'Sign-off not found' });
        }
      }
      expect((await get(assessor, `/api/sign-offs/${randomUUID()}`)).status).toBe(404);
      expect((await get(assessor, '/api/sign-offs/not-an-id/verify')).status).toBe(404);
      expect((await request(t.http).get(`/api/sign-offs/${signOff.id}`)).status).toBe(401);
    });
  });

  describe('verifying a signature', () => {
    it('says intact while the records and the files’ bytes are as signed', async () => {
      const { signOff, learner } = await signedRow();
      for (const cookie of [assessor, learner.cookie, fixture.admin, iqa]) {
        const response = await get(cookie, `/api/sign-offs/${signOff.id}/verify`);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({
          intact: true,
          storedSha256: signOff.contentSha256,
          recomputedSha256: signOff.contentSha256,
          changes: [],
        });
      }
    });

    it('names a stored file whose bytes were changed on disk', async () => {
      const { signOff, itemId } = await signedRow();
      const [file] = (await t.db.query(
        `SELECT f.storage_key AS key, f.sha256 FROM stored_files f
           JOIN evidence_version_files vf ON vf.file_id = f.id
           JOIN evidence_versions v ON v.id = vf.version_id WHERE v.item_id = $1`,
        [itemId],
      )) as { key: string; sha256: string }[];
      const changed = Buffer.concat([PNG, Buffer.from('tampered')]);
      await writeFile(
        join(t.config.dataDir, 'files', 'objects', file.key.slice(0, 2), file.key),
        changed,
      );
      const now = createHash('sha256').update(changed).digest('hex');

      const verification = await verify(signOff.id);
      expect(verification.intact).toBe(false);
      expect(verification.storedSha256).toBe(signOff.contentSha256);
      expect(verification.recomputedSha256).not.toBe(signOff.contentSha256);
      expect(verification.changes).toEqual([
        `Evidence “Observed: chairing a meeting” version 1: the file “photo.png” no longer has the bytes that were signed (SHA-256 was ${file.sha256.slice(0, 8)}…, is now ${now.slice(0, 8)}…)`,
      ]);
    });

    it('names the declaration and the mapping when their stored rows are rewritten past their triggers', async () => {
      const { signOff } = await signedRow();
      const [relied] = (await t.db.query(
        `SELECT version_id AS "versionId", acceptance_id AS "acceptanceId"
           FROM sign_off_evidence WHERE sign_off_id = $1`,
        [signOff.id],
      )) as { versionId: string; acceptanceId: string }[];
      // Not even the owner may rewrite them...
      await expect(
        t.db.query(`UPDATE declarations SET sha256 = $2 WHERE version_id = $1`, [
          relied.versionId,
          'e'.repeat(64),
        ]),
      ).rejects.toThrow('a declaration is never changed');
      await expect(
        t.db.query(`UPDATE assessment_decisions SET mapping = '[]' WHERE id = $1`, [
          relied.acceptanceId,
        ]),
      ).rejects.toThrow('an assessment decision is never changed or removed');
      // ...but a superuser may switch the triggers off, and verifying then says what changed.
      await t.db.transaction(async (manager) => {
        await manager.query(`SET LOCAL session_replication_role = replica`);
        await manager.query(`UPDATE declarations SET sha256 = $2 WHERE version_id = $1`, [
          relied.versionId,
          'e'.repeat(64),
        ]);
        await manager.query(`UPDATE assessment_decisions SET mapping = $2::jsonb WHERE id = $1`, [
          relied.acceptanceId,
          JSON.stringify([{ unit: UNIT, outcome: '1', criterion: null }]),
        ]);
      });
      const { intact, changes } = await verify(signOff.id);
      expect(intact).toBe(false);
      expect(changes).toEqual([
        expect.stringMatching(
          /^Evidence “Observed: chairing a meeting” version 1: the learner’s declaration \(the narrative, claims and files as declared\) is not the one signed \(SHA-256 was [0-9a-f]{8}…, is now eeeeeeee…\)$/,
        ),
        `Evidence “Observed: chairing a meeting” version 1: the assessor’s mapping is not the one signed (no longer maps ${UNIT} criterion 1.2; now also maps ${UNIT} outcome 1)`,
      ]);
    });
  });

  describe('revoking a signature', () => {
    it('is done by the signer with a reason and their password; the row may then be signed again, and every record stays', async () => {
      const { learner, signOff } = await signedRow();
      const revoked = await revoke(assessor, signOff.id, {
        reason: '  Signed the wrong row  ',
        password: TEST_PASSWORD,
      });
      expect(revoked.status).toBe(201);
      expect(revoked.body).toEqual({
        ...signOff,
        revocation: {
          at: expect.stringMatching(API_TIMESTAMP),
          by: { id: fixture.assessor.id, displayName: 'Priya Assessor' },
          role: 'signer',
          reason: 'Signed the wrong row',
        },
        can: { revoke: false },
      });
      // Revoked, it may be revoked by no one: not its signer, not an admin of its centre.
      for (const cookie of [fixture.admin, learner.cookie, iqa])
        expect((await get(cookie, `/api/sign-offs/${signOff.id}`)).body.can).toEqual({
          revoke: false,
        });
      expect(await rowState(learner)).toMatchObject({ status: 'revoked', signOffId: signOff.id });
      const audit = await t.db.query(
        `SELECT action, actor_id AS "actorId", after FROM audit_events
          WHERE subject_type = 'sign_off' AND subject_id = $1 ORDER BY id`,
        [signOff.id],
      );
      expect(audit).toEqual([
        expect.objectContaining({ action: 'sign_off.signed' }),
        {
          action: 'sign_off.revoked',
          actorId: fixture.assessor.id,
          after: { role: 'signer', reason: 'Signed the wrong row' },
        },
      ]);

      const again = await sign(learner);
      expect(again.status).toBe(201);
      expect(again.body.id).not.toBe(signOff.id);
      expect(await rowState(learner)).toMatchObject({ status: 'signed', signOffId: again.body.id });
      expect(
        await count(
          `SELECT count(*)::int FROM sign_offs WHERE enrolment_id = $1 AND rows = '{1.2}'`,
          [learner.enrolmentId],
        ),
      ).toBe(2);
      expect(
        await count(
          `SELECT count(*)::int FROM sign_off_revocations r JOIN sign_offs s ON s.id = r.sign_off_id
            WHERE s.enrolment_id = $1`,
          [learner.enrolmentId],
        ),
      ).toBe(1);
      // The first record still says what it was and what became of it.
      expect((await get(assessor, `/api/sign-offs/${signOff.id}`)).body).toEqual(revoked.body);
    });

    it('is done by an admin of the centre, as admin', async () => {
      const { signOff } = await signedRow();
      const revoked = await revoke(fixture.admin, signOff.id, {
        reason: 'The assessor had left',
        password: TEST_PASSWORD,
      });
      expect(revoked.status).toBe(201);
      expect(revoked.body.revocation).toMatchObject({
        role: 'admin',
        reason: 'The assessor had left',
      });
    });

    it('is refused to others, once revoked, without a reason, and with a wrong password, changing nothing', async () => {
      const { learner, signOff } = await signedRow();
      const body = { reason: 'Wrong row', password: TEST_PASSWORD };
      const refusals: [string, string, object, number, string][] = [
        ['the learner', learner.cookie, body, 403, 'FORBIDDEN'],
        ['another assessor of the centre', peerAssessor, body, 404, 'NOT_FOUND'],
        ['an IQA', iqa, body, 403, 'FORBIDDEN'],
        ['another centre’s admin', otherAdmin, body, 404, 'NOT_FOUND'],
        [
          'no reason',
          assessor,
          { reason: '   ', password: TEST_PASSWORD },
          400,
          'VALIDATION_FAILED',
        ],
        [
          'too long a reason',
          assessor,
          { reason: 'x'.repeat(SIGN_OFF_LIMITS.reasonMaxLength + 1), password: TEST_PASSWORD },
          400,
          'VALIDATION_FAILED',
        ],
        ['no password', assessor, { reason: 'Wrong row' }, 400, 'VALIDATION_FAILED'],
        [
          'a wrong password',
          assessor,
          { reason: 'Wrong row', password: 'not it' },
          400,
          'VALIDATION_FAILED',
        ],
      ];
      for (const [who, cookie, sent, status, code] of refusals) {
        const response = await revoke(cookie, signOff.id, sent);
        expect({ who, status: response.status, code: response.body.code }).toEqual({
          who,
          status,
          code,
        });
      }
      const paths = async (sent: object) =>
        ((await revoke(assessor, signOff.id, sent)).body.errors ?? []).map(
          (error: { path: string }) => error.path,
        );
      expect(await paths({ password: TEST_PASSWORD })).toEqual(['reason']);
      expect(await paths({ reason: 'Wrong row', password: 'not it' })).toEqual(['password']);
      expect(
        await count(`SELECT count(*)::int FROM sign_off_revocations WHERE sign_off_id = $1`, [
          signOff.id,
        ]),
      ).toBe(0);

      expect((await revoke(assessor, signOff.id, body)).status).toBe(201);
      const twice = await revoke(fixture.admin, signOff.id, body);
      expect(twice.status).toBe(409);
      expect(twice.body.message).toMatch(
        /^This signature was already revoked by Priya Assessor on \d{4}-\d{2}-\d{2}$/,
      );
      expect(
        await count(`SELECT count(*)::int FROM sign_off_revocations WHERE sign_off_id = $1`, [
          signOff.id,
        ]),
      ).toBe(1);
    });
  });

  describe('withdrawing an acceptance', () => {
    it('flags every signature still standing that relied on it, in the same transaction, and the matrix shows the rows flagged', async () => {
      const learner = await fixture.enrolLearner();
      const itemId = await acceptedEvidence(learner, [
        { unit: UNIT, outcome: '1', criterion: '1.1' },
        ...MAPPING,
      ]);
      const revoked = await sign(learner);
      expect(revoked.status).toBe(201);
      expect(
        (await revoke(assessor, revoked.body.id, { reason: 'Again', password: TEST_PASSWORD }))
          .status,
      ).toBe(201);
      const standing: SignOffRecord[] = [];
      for (const row of ['1.2', '1.1']) {
        const signed = await sign(learner, [row]);
        expect(signed.status).toBe(201);
        standing.push(signed.body);
      }

      const withdrawn = await post(assessor, `/api/evidence/${itemId}/assessments`, {
        version: 1,
        decision: 'withdrawAcceptance',
        feedback: 'The observation was of another learner',
      });
      expect(withdrawn.status).toBe(201);
      const withdrawal = withdrawn.body.decisions.find(
        (decision: { decision: string }) => decision.decision === 'withdrawAcceptance',
      );

      for (const signOff of standing) {
        const flagged = await get(assessor, `/api/sign-offs/${signOff.id}`);
        expect(flagged.body.flag).toEqual({
          at: expect.stringMatching(API_TIMESTAMP),
          reason: WITHDRAWN_EVIDENCE_FLAG,
        });
        expect(await rowState(learner, signOff.rows[0])).toMatchObject({
          status: 'flagged',
          signOffId: signOff.id,
          reason: WITHDRAWN_EVIDENCE_FLAG,
        });
      }
      const ids = [revoked.body.id, ...standing.map((signOff) => signOff.id)];
      expect(
        await t.db.query(
          `SELECT sign_off_id AS "signOffId", withdrawal_id AS "withdrawalId" FROM sign_off_flags
            WHERE sign_off_id = ANY($1::uuid[]) ORDER BY sign_off_id`,
          [ids],
        ),
      ).toEqual(
        standing
          .map((signOff) => ({ signOffId: signOff.id, withdrawalId: withdrawal.id }))
          .sort((a, b) => (a.signOffId < b.signOffId ? -1 : 1)),
      );
      // The revoked one is left as it was: it no longer stood.
      expect((await get(assessor, `/api/sign-offs/${revoked.body.id}`)).body.flag).toBeNull();
      const audit = await t.db.query(
        `SELECT subject_id AS "signOffId", actor_id AS "actorId", after FROM audit_events
          WHERE action = 'sign_off.flagged' AND subject_type = 'sign_off' AND subject_id = ANY($1)
          ORDER BY subject_id`,
        [ids],
      );
      expect(audit).toEqual(
        standing
          .map((signOff) => ({
            signOffId: signOff.id,
            actorId: fixture.assessor.id,
            after: {
              reason: WITHDRAWN_EVIDENCE_FLAG,
              withdrawalId: withdrawal.id,
              versionId: signOff.reliedOn[0].versionId,
            },
          }))
          .sort((a, b) => (a.signOffId < b.signOffId ? -1 : 1)),
      );
      // Written in one statement, the flags' events still chain one after another.
      expect((await verifyAuditTrail(t.db.manager)).broken).toBeNull();
    });

    it('flags nothing when nothing signed relied on the acceptance', async () => {
      const learner = await fixture.enrolLearner();
      const itemId = await acceptedEvidence(learner);
      const withdrawn = await post(assessor, `/api/evidence/${itemId}/assessments`, {
        version: 1,
        decision: 'withdrawAcceptance',
        feedback: 'Accepted in error',
      });
      expect(withdrawn.status).toBe(201);
      expect(
        await count(
          `SELECT count(*)::int FROM sign_off_flags f JOIN sign_offs s ON s.id = f.sign_off_id
            WHERE s.enrolment_id = $1`,
          [learner.enrolmentId],
        ),
      ).toBe(0);
    });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of revocations and flags, as the API role and as the owner', async () => {
    const { signOff, itemId, learner } = await signedRow();
    expect(
      (await revoke(assessor, signOff.id, { reason: 'Wrong row', password: TEST_PASSWORD })).status,
    ).toBe(201);
    const again = await sign(learner);
    expect(again.status).toBe(201);
    await post(assessor, `/api/evidence/${itemId}/assessments`, {
      version: 1,
      decision: 'withdrawAcceptance',
      feedback: 'Withdrawn',
    });
    for (const table of ['sign_off_revocations', 'sign_off_flags']) {
      for (const sql of [
        `UPDATE ${table} SET reason = 'rewritten'`,
        `DELETE FROM ${table}`,
        `TRUNCATE ${table}`,
      ]) {
        await expect(t.db.query(sql)).rejects.toThrow(
          `${table} is never changed or removed: record a revocation or a new signature`,
        );
        await expect(asApi(t, sql)).rejects.toThrow(`permission denied for table ${table}`);
      }
    }
    expect(
      await count(`SELECT count(*)::int FROM sign_off_revocations WHERE sign_off_id = $1`, [
        signOff.id,
      ]),
    ).toBe(1);
    expect(
      await count(`SELECT count(*)::int FROM sign_off_flags WHERE sign_off_id = $1`, [
        again.body.id,
      ]),
    ).toBe(1);
  });

  it('lists its routes in the OpenAPI document', async () => {
    const document = await request(t.http).get('/api/docs-json');
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/sign-offs/{id}',
        '/api/sign-offs/{id}/verify',
        '/api/sign-offs/{id}/revocations',
      ]),
    );
  });
});
