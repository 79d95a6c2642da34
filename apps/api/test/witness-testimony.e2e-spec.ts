import { randomUUID } from 'node:crypto';
import {
  WITNESS_STATEMENT_DECLARATION,
  type CreatedWitnessRequest,
  type WitnessPage,
} from '@signoff/contracts';
import request from 'supertest';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink';
import {
  API_TIMESTAMP,
  centreRows,
  createPerson,
  signIn,
  startTestApp,
  type TestApp,
} from './support/test-app';

const CLAIMS = [
  { unit: 'QC28074-1', outcome: '3', criterion: null },
  { unit: 'QC28074-2', outcome: '1', criterion: '1.2' },
];

const NURSE = {
  name: 'Sam Okoro',
  jobRole: 'Registered nurse',
  email: 'Sam.Okoro@Example.test',
  expert: true,
  occupationalCompetence: 'NMC registered nurse, twelve years in mental health services',
};

const STATEMENT = {
  statement:
    'I watched Lee chair the multi-agency review on the ward.\n\nLee agreed an action with each agency & wrote them up <the same day>.',
  jobRole: 'Registered nurse, deputy manager',
  relationship: 'Line manager for two years',
  activityDate: '2026-10-14',
  declaration: WITNESS_STATEMENT_DECLARATION,
  confirmed: true,
};

describe('witness testimony', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let learner: EnrolledLearner;
  let assessor: string;
  /** Each test speaks to the witness's page from an address of its own (the limit is per address). */
  let address: string;

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'true', WITNESS_LIMIT_PER_ADDRESS: '40' });
    fixture = await enrolmentFixture(t);
    learner = await fixture.enrolLearner();
    assessor = await signIn(t.http, fixture.assessor);
  });
  beforeEach(() => {
    address = `2001:db8::${randomUUID().slice(0, 4)}`;
  });
  afterAll(() => t.close());

  const as = (cookie: string) => ({
    get: (url: string) => request(t.http).get(url).set('Cookie', cookie),
    post: (url: string, body?: object) =>
      request(t.http).post(url).set('Cookie', cookie).send(body),
    put: (url: string, body?: object) => request(t.http).put(url).set('Cookie', cookie).send(body),
  });
  const witnessPage = {
    get: (token: string) =>
      request(t.http).get(`/api/witness/${token}`).set('X-Forwarded-For', address),
    post: (token: string, body: object = STATEMENT) =>
      request(t.http).post(`/api/witness/${token}`).set('X-Forwarded-For', address).send(body),
  };
  const tokenOf = (created: CreatedWitnessRequest) => created.link.split('/witness/')[1];
  /** The centre's rows, with its register and its requests to witnesses. */
  const storedAt = async (centreId: string) => ({
    ...(await centreRows(t.db, centreId)),
    ...(
      await t.db.query(
        `SELECT (SELECT count(*) FROM centre_witnesses WHERE centre_id = $1)::int AS witnesses,
                (SELECT count(*) FROM witness_requests r JOIN enrolments e ON e.id = r.enrolment_id
                  WHERE e.centre_id = $1)::int AS requests,
                (SELECT count(*) FROM witness_requests r JOIN enrolments e ON e.id = r.enrolment_id
                  WHERE e.centre_id = $1 AND r.submitted_at IS NOT NULL)::int AS given`,
        [centreId],
      )
    )[0],
  });

  async function ask(
    who: string = learner.cookie,
    enrolment: EnrolledLearner = learner,
    body: object = {},
  ): Promise<CreatedWitnessRequest> {
    const response = await as(who).post(
      `/api/enrolments/${enrolment.enrolmentId}/witness-requests`,
      {
        witness: { ...NURSE, email: `nurse-${randomUUID().slice(0, 8)}@example.test` },
        relationship: 'Line manager',
        claims: CLAIMS,
        message: 'Please describe how Lee led the review.',
        ...body,
      },
    );
    if (response.status !== 201)
      throw new Error(`asking failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as CreatedWitnessRequest;
  }

  it('asks a witness, shows the link once, and lists the request for the enrolment’s people', async () => {
    const created = await ask();
    expect(created).toMatchObject({
      enrolmentId: learner.enrolmentId,
      witness: { name: 'Sam Okoro', jobRole: 'Registered nurse', expert: true },
      relationship: 'Line manager',
      claims: CLAIMS,
      message: 'Please describe how Lee led the review.',
      requestedBy: { id: learner.learnerId, displayName: 'Lee Learner' },
      status: 'open',
      revokedAt: null,
      submittedAt: null,
      evidenceId: null,
      emailed: false,
      can: { revoke: true },
    });
    expect(created.link).toMatch(/^https:\/\/signoff\.test\/witness\/[A-Za-z0-9_-]{43}$/);
    const days = (Date.parse(created.expiresAt) - Date.parse(created.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(14, 5);

    for (const reader of [learner.cookie, assessor, fixture.admin]) {
      const listed = await as(reader).get(
        `/api/enrolments/${learner.enrolmentId}/witness-requests`,
      );
      expect(listed.status).toBe(200);
      const row = listed.body.find((item: { id: string }) => item.id === created.id);
      expect(row).toMatchObject({
        status: 'open',
        createdAt: expect.stringMatching(API_TIMESTAMP),
      });
      expect(row).not.toHaveProperty('link');
      expect(JSON.stringify(listed.body)).not.toContain(tokenOf(created));
    }
  });

  it('keeps no token anywhere: only its SHA-256, which finds the request', async () => {
    const created = await ask(assessor, learner, { validDays: 3 });
    const token = tokenOf(created);
    const [row] = await t.db.query(
      `SELECT to_jsonb(r) AS row FROM witness_requests r WHERE id = $1`,
      [created.id],
    );
    expect(JSON.stringify(row.row)).not.toContain(token);
    const [{ hash }] = await t.db.query(
      `SELECT encode(sha256(convert_to($1, 'UTF8')), 'hex') AS hash`,
      [token],
    );
    expect(row.row.token_sha256).toBe(hash);
    const events = await t.db.query(
      `SELECT before::text AS before, after::text AS after FROM audit_events WHERE subject_id = $1`,
      [created.id],
    );
    expect(events.length).toBeGreaterThan(0);
    expect(JSON.stringify(events)).not.toContain(token);
    const days = (Date.parse(created.expiresAt) - Date.parse(created.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(3, 5);
  });

  it('does not e-mail the link from a server without mail settings, and says so', async () => {
    const created = await ask(learner.cookie, learner, { sendEmail: true });
    expect(created.emailed).toBe(false);
  });

  it('takes one statement when two are sent at the same moment', async () => {
    const created = await ask();
    const both = await Promise.all([
      witnessPage.post(tokenOf(created)),
      witnessPage.post(tokenOf(created), { ...STATEMENT, statement: 'A second account' }),
    ]);
    expect(both.map((response) => response.status).sort()).toEqual([201, 410]);
    const [{ items }] = await t.db.query(
      `SELECT count(*)::int AS items FROM evidence_items i JOIN witness_requests r ON r.evidence_item_id = i.id
        WHERE r.id = $1`,
      [created.id],
    );
    expect(items).toBe(1);
  });

  it('shows the witness what is asked, opened as often as they like, then takes the statement once', async () => {
    const created = await ask();
    const token = tokenOf(created);
    for (let opening = 0; opening < 2; opening++) {
      const page = await witnessPage.get(token);
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.body as WitnessPage).toEqual({
        centreName: expect.any(String),
        learnerName: 'Lee Learner',
        qualificationTitle: expect.stringContaining('Mental Health'),
        requestedBy: 'Lee Learner',
        witness: {
          name: 'Sam Okoro',
          jobRole: 'Registered nurse',
          relationship: 'Line manager',
          expert: true,
        },
        outcomes: [
          expect.objectContaining({
            unit: 'QC28074-1',
            outcome: '3',
            criterion: null,
            criterionTitle: null,
          }),
          expect.objectContaining({
            unit: 'QC28074-2',
            outcome: '1',
            criterion: '1.2',
            criterionTitle: 'Explain the Mental Capacity Act',
          }),
        ],
        message: 'Please describe how Lee led the review.',
        expiresAt: created.expiresAt,
        declaration: WITNESS_STATEMENT_DECLARATION,
      });
      // Nothing else of the portfolio: no ids, no emails, no other evidence.
      expect(JSON.stringify(page.body)).not.toMatch(/@|[0-9a-f]{8}-[0-9a-f]{4}-/);
    }

    const given = await witnessPage.post(token);
    expect(given.status).toBe(201);
    expect(given.body).toEqual({
      learnerName: 'Lee Learner',
      requestedBy: 'Lee Learner',
      submittedAt: expect.stringMatching(API_TIMESTAMP),
    });

    const again = await witnessPage.post(token, { ...STATEMENT, statement: 'Something else' });
    expect([again.status, again.body.code]).toEqual([410, 'WITNESS_LINK_CLOSED']);
    expect(again.body.message).toMatch(/already been given/);
    const reopened = await witnessPage.get(token);
    expect([reopened.status, reopened.body.code]).toEqual([410, 'WITNESS_LINK_CLOSED']);

    const listed = await as(learner.cookie).get(
      `/api/enrolments/${learner.enrolmentId}/witness-requests`,
    );
    const settled = listed.body.find((item: { id: string }) => item.id === created.id);
    expect(settled).toMatchObject({ status: 'submitted', submittedAt: given.body.submittedAt });
    expect(settled.evidenceId).toEqual(expect.any(String));

    // The statement is evidence of its own: submitted, written as the witness stated it.
    const item = await as(assessor).get(`/api/evidence/${settled.evidenceId}`);
    expect(item.status).toBe(200);
    expect(item.body).toMatchObject({
      origin: 'witness',
      enrolmentId: learner.enrolmentId,
      author: { id: learner.learnerId },
      methodCode: 'EWT',
      versions: [1],
      current: {
        status: 'submitted',
        method: 'expert_witness',
        title: 'Witness testimony: Sam Okoro',
        narrative:
          '<p>I watched Lee chair the multi-agency review on the ward.</p><p>Lee agreed an action with each agency &amp; wrote them up &lt;the same day&gt;.</p>',
        activityDate: '2026-10-14',
        claims: CLAIMS,
        witness: {
          name: 'Sam Okoro',
          jobRole: 'Registered nurse, deputy manager',
          relationship: 'Line manager for two years',
          expert: true,
        },
        declaration: {
          declarant: { id: null, displayName: 'Sam Okoro', role: 'witness' },
          statement: WITNESS_STATEMENT_DECLARATION,
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        },
      },
      can: { edit: false, revise: false, decide: true },
    });
    // Nobody changes it: not its author (the learner who asked), not anyone.
    const changed = await as(learner.cookie).put(`/api/evidence/${settled.evidenceId}`, {
      method: 'witness_testimony',
      title: 'Changed',
      narrative: '<p>Changed</p>',
      activityDate: '2026-10-14',
      claims: CLAIMS,
    });
    expect(changed.status).toBe(409);
    const [audit] = await t.db.query(
      `SELECT actor_id, after FROM audit_events WHERE action = 'witness_request.submitted' AND subject_id = $1`,
      [created.id],
    );
    expect(audit).toMatchObject({ actor_id: null, after: { witnessName: 'Sam Okoro' } });
    expect(JSON.stringify(audit)).not.toMatch(/@/);
  });

  it('lands in the assessor’s queue and is judged as any evidence', async () => {
    const fresh = await fixture.enrolLearner();
    const created = await ask(fresh.cookie, fresh, {
      witness: {
        ...NURSE,
        expert: false,
        occupationalCompetence: null,
        email: 'colleague@example.test',
      },
    });
    expect((await witnessPage.post(tokenOf(created))).status).toBe(201);
    const [{ evidenceId }] = (
      await as(fresh.cookie).get(`/api/enrolments/${fresh.enrolmentId}/witness-requests`)
    ).body;
    const queue = await as(assessor).get(`/api/assessment-queue?learner=${fresh.learnerId}`);
    expect(queue.body.items).toEqual([
      expect.objectContaining({
        evidenceId,
        method: 'witness_testimony',
        methodCode: 'WT',
        version: 1,
      }),
    ]);
    const accepted = await as(assessor).post(`/api/evidence/${evidenceId}/assessments`, {
      version: 1,
      decision: 'accept',
      mapping: CLAIMS,
    });
    expect(accepted.status).toBe(201);
    expect((await as(assessor).get(`/api/evidence/${evidenceId}`)).body.current.status).toBe(
      'accepted',
    );
  });

  it('refuses an expired link and a revoked one, in words for the witness', async () => {
    const expiring = await ask();
    await t.db.query(
      `UPDATE witness_requests SET expires_at = created_at + interval '1 millisecond' WHERE id = $1`,
      [expiring.id],
    );
    for (const response of [
      await witnessPage.get(tokenOf(expiring)),
      await witnessPage.post(tokenOf(expiring)),
    ]) {
      expect([response.status, response.body.code]).toEqual([410, 'WITNESS_LINK_CLOSED']);
      expect(response.body.message).toBe('This link has expired. Ask Lee Learner for a new one.');
    }

    const revoking = await ask(assessor);
    const revoked = await as(learner.cookie).post(
      `/api/enrolments/${learner.enrolmentId}/witness-requests/${revoking.id}/revocation`,
    );
    // The learner did not ask this one: their assessor did.
    expect(revoked.status).toBe(403);
    const byAssessor = await as(assessor).post(
      `/api/enrolments/${learner.enrolmentId}/witness-requests/${revoking.id}/revocation`,
    );
    expect(byAssessor.status).toBe(200);
    expect(byAssessor.body).toMatchObject({
      can: { revoke: false },
      status: 'revoked',
      revokedAt: expect.stringMatching(API_TIMESTAMP),
    });
    for (const response of [
      await witnessPage.get(tokenOf(revoking)),
      await witnessPage.post(tokenOf(revoking)),
    ]) {
      expect([response.status, response.body.code]).toEqual([410, 'WITNESS_LINK_CLOSED']);
      expect(response.body.message).toMatch(/withdrawn.*Ask Priya Assessor/);
    }
    const twice = await as(fixture.admin).post(
      `/api/enrolments/${learner.enrolmentId}/witness-requests/${revoking.id}/revocation`,
    );
    expect(twice.status).toBe(409);

    const given = await ask();
    expect((await witnessPage.post(tokenOf(given))).status).toBe(201);
    const afterGiven = await as(learner.cookie).post(
      `/api/enrolments/${learner.enrolmentId}/witness-requests/${given.id}/revocation`,
    );
    expect(afterGiven.status).toBe(409);
    const listed = await as(learner.cookie).get(
      `/api/enrolments/${learner.enrolmentId}/witness-requests`,
    );
    const statuses = Object.fromEntries(
      listed.body.map((item: { id: string; status: string }) => [item.id, item.status]),
    );
    expect([statuses[expiring.id], statuses[revoking.id], statuses[given.id]]).toEqual([
      'expired',
      'revoked',
      'submitted',
    ]);
  });

  it('never lets one request’s token reach another', async () => {
    const first = await ask(learner.cookie, learner, {
      witness: {
        ...NURSE,
        name: 'First Witness',
        email: `first-${randomUUID().slice(0, 8)}@example.test`,
      },
    });
    const other = await fixture.enrolLearner();
    const second = await ask(other.cookie, other, {
      witness: {
        ...NURSE,
        name: 'Second Witness',
        email: `second-${randomUUID().slice(0, 8)}@example.test`,
      },
    });
    expect((await witnessPage.get(tokenOf(first))).body.witness.name).toBe('First Witness');
    expect((await witnessPage.get(tokenOf(second))).body.witness.name).toBe('Second Witness');
    // A token one character off, or a request's id in its place, leads nowhere.
    const token = tokenOf(first);
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const wrong of [altered, first.id, second.id]) {
      expect((await witnessPage.get(wrong)).status).toBe(404);
      expect((await witnessPage.post(wrong)).status).toBe(404);
    }
    expect((await witnessPage.post(tokenOf(first))).status).toBe(201);
    const [firstRow, secondRow] = await t.db.query(
      `SELECT id, submitted_at, evidence_item_id FROM witness_requests WHERE id = ANY($1::uuid[])
        ORDER BY array_position($1::uuid[], id)`,
      [[first.id, second.id]],
    );
    expect(firstRow.submitted_at).not.toBeNull();
    expect(secondRow).toMatchObject({ submitted_at: null, evidence_item_id: null });
    const [{ enrolment_id }] = await t.db.query(
      `SELECT enrolment_id FROM evidence_items WHERE id = $1`,
      [firstRow.evidence_item_id],
    );
    expect(enrolment_id).toBe(learner.enrolmentId);
  });

  it('answers 404 for an unknown or garbled token, saying so to the witness', async () => {
    for (const token of ['nonsense', 'A'.repeat(43), `${'a'.repeat(42)}!`, 'x'.repeat(500)]) {
      const response = await witnessPage.get(token);
      expect([token, response.status, response.body.code]).toEqual([token, 404, 'NOT_FOUND']);
      expect(response.body.message).toMatch(/does not lead to a request for a statement/);
    }
  });

  it('refuses a statement with bad answers, naming each field, and keeps the link open', async () => {
    const created = await ask();
    const token = tokenOf(created);
    const before = await storedAt(fixture.centreId);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const cases: [object, string[]][] = [
      [{ ...STATEMENT, statement: '  ' }, ['statement']],
      [{ ...STATEMENT, statement: 'x'.repeat(20_001) }, ['statement']],
      [{ ...STATEMENT, jobRole: '' }, ['jobRole']],
      [{ ...STATEMENT, relationship: 'r'.repeat(201) }, ['relationship']],
      [{ ...STATEMENT, activityDate: '2026-02-31' }, ['activityDate']],
      [{ ...STATEMENT, activityDate: tomorrow }, ['activityDate']],
      [{ ...STATEMENT, declaration: 'I promise' }, ['declaration']],
      [{ ...STATEMENT, confirmed: false }, ['confirmed']],
      [{ ...STATEMENT, evidenceId: randomUUID() }, ['evidenceId']],
    ];
    for (const [body, paths] of cases) {
      const response = await witnessPage.post(token, body);
      expect([response.status, response.body.errors?.map((e: { path: string }) => e.path)]).toEqual(
        [400, paths],
      );
    }
    expect(await storedAt(fixture.centreId)).toEqual(before);
    expect((await witnessPage.post(token)).status).toBe(201);
  });

  it('limits the witness’s page per client address, with Retry-After', async () => {
    const created = await ask();
    const token = tokenOf(created);
    // The app takes 40 requests per address in 15 minutes here (30 by default).
    const opened = await Promise.all(Array.from({ length: 40 }, () => witnessPage.get(token)));
    expect(opened.map((response) => response.status)).toEqual(opened.map(() => 200));
    const refused = await witnessPage.get(token);
    expect([refused.status, refused.body.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.message).toMatch(/too often from your network/);
    // Statements and unknown tokens count too; another address is not held up.
    expect((await witnessPage.post(token)).status).toBe(429);
    expect((await witnessPage.get('A'.repeat(43))).status).toBe(429);
    address = '2001:db8::beef';
    expect((await witnessPage.get(token)).status).toBe(200);
    // None of it used the link up.
    expect((await witnessPage.post(token)).status).toBe(201);
  });

  it('asks only as the enrolment’s learner or assessor: 404 outside reach, 403 for other staff', async () => {
    const other = await fixture.enrolLearner();
    const body = {
      witness: { ...NURSE, email: `refused-${randomUUID().slice(0, 8)}@example.test` },
      relationship: 'Colleague',
      claims: CLAIMS,
    };
    const path = `/api/enrolments/${learner.enrolmentId}/witness-requests`;
    const peerAssessor = await signIn(
      t.http,
      await createPerson(t.db, [{ centreId: fixture.centreId, role: 'assessor' }]),
    );
    const iqa = await signIn(t.http, fixture.iqa);
    const outcomes = {
      otherLearner: (await as(other.cookie).post(path, body)).status,
      assessorNotHolding: (await as(peerAssessor).post(path, body)).status,
      admin: (await as(fixture.admin).post(path, body)).status,
      iqa: (await as(iqa).post(path, body)).status,
      otherLearnerList: (await as(other.cookie).get(path)).status,
      assessorNotHoldingList: (await as(peerAssessor).get(path)).status,
    };
    expect(outcomes).toEqual({
      otherLearner: 404,
      assessorNotHolding: 404,
      admin: 403,
      iqa: 403,
      otherLearnerList: 404,
      assessorNotHoldingList: 404,
    });
    const created = await ask();
    const revocation = `/api/enrolments/${learner.enrolmentId}/witness-requests/${created.id}/revocation`;
    expect((await as(other.cookie).post(revocation)).status).toBe(404);
    expect((await as(peerAssessor).post(revocation)).status).toBe(404);
    expect((await as(iqa).post(revocation)).status).toBe(403);
    // A request of this enrolment is not reached through another.
    expect(
      (
        await as(other.cookie).post(
          `/api/enrolments/${other.enrolmentId}/witness-requests/${created.id}/revocation`,
        )
      ).status,
    ).toBe(404);
  });

  it('checks what is asked against the qualification and the register, storing nothing when refused', async () => {
    const elsewhere = await enrolmentFixture(t);
    const elsewhereAdmin = elsewhere.admin;
    const foreign = (
      await as(elsewhereAdmin).post(`/api/centres/${elsewhere.centreId}/witnesses`, {
        ...NURSE,
        email: 'foreign@example.test',
      })
    ).body.id;
    const before = await storedAt(fixture.centreId);
    const path = `/api/enrolments/${learner.enrolmentId}/witness-requests`;
    const cases: [object, string[]][] = [
      [{ witnessId: foreign, relationship: 'Colleague', claims: CLAIMS }, ['witnessId']],
      [{ relationship: 'Colleague', claims: CLAIMS }, ['witnessId']],
      [
        { witnessId: foreign, witness: NURSE, relationship: 'Colleague', claims: CLAIMS },
        ['witness'],
      ],
      [
        {
          witness: { ...NURSE, occupationalCompetence: null },
          relationship: 'Colleague',
          claims: CLAIMS,
        },
        ['witness.occupationalCompetence'],
      ],
      [
        {
          witness: NURSE,
          relationship: 'Colleague',
          claims: [{ unit: 'NOPE-1', outcome: '1', criterion: null }],
        },
        ['claims.0.unit'],
      ],
      [{ witness: NURSE, relationship: 'Colleague', claims: [] }, ['claims']],
      [{ witness: NURSE, relationship: 'Colleague', claims: CLAIMS, validDays: 61 }, ['validDays']],
      [{ witness: NURSE, relationship: ' ', claims: CLAIMS }, ['relationship']],
    ];
    for (const [body, paths] of cases) {
      const response = await as(learner.cookie).post(path, body);
      expect([response.status, response.body.errors?.map((e: { path: string }) => e.path)]).toEqual(
        [400, paths],
      );
    }
    expect(await storedAt(fixture.centreId)).toEqual(before);
  });

  it('refuses to ask while the portfolio is closed', async () => {
    const closing = await fixture.enrolLearner();
    const created = await ask(closing.cookie, closing);
    await as(fixture.admin).post(`/api/enrolments/${closing.enrolmentId}/status`, {
      status: 'withdrawn',
    });
    const refused = await as(closing.cookie).post(
      `/api/enrolments/${closing.enrolmentId}/witness-requests`,
      { witness: NURSE, relationship: 'Colleague', claims: CLAIMS },
    );
    expect(refused.status).toBe(409);
    const statement = await witnessPage.post(tokenOf(created));
    expect(statement.status).toBe(409);
    expect(statement.body.message).toMatch(/portfolio is not taking new evidence/);
  });

  describe('the centre’s register', () => {
    it('is read by the centre’s staff and kept by its admins and assessors', async () => {
      const register = `/api/centres/${fixture.centreId}/witnesses`;
      const added = await as(assessor).post(register, {
        ...NURSE,
        email: 'Registered.Nurse@Example.test ',
      });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        centreId: fixture.centreId,
        name: 'Sam Okoro',
        email: 'registered.nurse@example.test',
        expert: true,
        occupationalCompetence: NURSE.occupationalCompetence,
        testimonies: 0,
      });
      const iqa = await signIn(t.http, fixture.iqa);
      const eqa = await signIn(
        t.http,
        await createPerson(t.db, [{ centreId: fixture.centreId, role: 'eqa' }]),
      );
      for (const reader of [fixture.admin, assessor, iqa, eqa]) {
        const listed = await as(reader).get(register);
        expect(listed.status).toBe(200);
        expect(listed.body.map((witness: { id: string }) => witness.id)).toContain(added.body.id);
      }
      expect((await as(learner.cookie).get(register)).status).toBe(403);
      expect(
        (await as(iqa).post(register, { ...NURSE, email: 'iqa-try@example.test' })).status,
      ).toBe(403);
      const elsewhere = await enrolmentFixture(t);
      expect((await as(elsewhere.admin).get(register)).status).toBe(404);
      expect((await as(elsewhere.admin).post(register, NURSE)).status).toBe(404);
      expect((await as(elsewhere.admin).put(`${register}/${added.body.id}`, NURSE)).status).toBe(
        404,
      );
      expect((await as(fixture.admin).get(`/api/centres/not-an-id/witnesses`)).status).toBe(404);

      const changed = await as(fixture.admin).put(`${register}/${added.body.id}`, {
        ...NURSE,
        email: 'registered.nurse@example.test',
        expert: false,
        occupationalCompetence: null,
      });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ expert: false, occupationalCompetence: null });
      expect((await as(fixture.admin).put(`${register}/${randomUUID()}`, NURSE)).status).toBe(404);
    });

    it('needs an expert witness’s occupational competence, and one witness per email', async () => {
      const register = `/api/centres/${fixture.centreId}/witnesses`;
      const noCompetence = await as(fixture.admin).post(register, {
        ...NURSE,
        email: 'expert@example.test',
        occupationalCompetence: '  ',
      });
      expect([noCompetence.status, noCompetence.body.errors]).toEqual([
        400,
        [{ path: 'occupationalCompetence', message: 'must be filled in for an expert witness' }],
      ]);
      expect(
        (await as(fixture.admin).post(register, { ...NURSE, email: 'once@example.test' })).status,
      ).toBe(201);
      const twice = await as(fixture.admin).post(register, {
        ...NURSE,
        email: 'ONCE@example.test',
      });
      expect([twice.status, twice.body.errors?.[0]?.path]).toEqual([400, 'email']);
      // Asking a witness by an email already in the register asks that witness.
      const asked = await ask(learner.cookie, learner, {
        witness: { ...NURSE, name: 'Someone Else', email: 'once@example.test' },
      });
      expect(asked.witness.name).toBe('Sam Okoro');
    });

    it('counts each witness’s testimonies', async () => {
      const register = `/api/centres/${fixture.centreId}/witnesses`;
      const witness = (
        await as(assessor).post(register, {
          ...NURSE,
          email: `counted-${randomUUID().slice(0, 8)}@example.test`,
        })
      ).body;
      const created = await ask(assessor, learner, { witness: undefined, witnessId: witness.id });
      expect(created.witness.id).toBe(witness.id);
      expect((await witnessPage.post(tokenOf(created))).status).toBe(201);
      const listed = await as(assessor).get(register);
      expect(listed.body.find((row: { id: string }) => row.id === witness.id).testimonies).toBe(1);
    });
  });
});

describe('witness links by e-mail', () => {
  let sink: SmtpSink;
  let t: TestApp;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({
      SMTP_URL: sink.url,
      SMTP_FROM: 'Signoff <signoff@example.test>',
      JOB_POLL_SECONDS: '1',
      // The page is opened from an address of this test's own: others share 127.0.0.1.
      TRUST_PROXY: 'true',
    });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('sends the link to the witness through the SMTP server, and it opens their page', async () => {
    const fixture = await enrolmentFixture(t);
    const learner = await fixture.enrolLearner();
    const assessor = await signIn(t.http, fixture.assessor);
    const email = `ward.sister-${randomUUID().slice(0, 8)}@example.test`;
    const asked = await request(t.http)
      .post(`/api/enrolments/${learner.enrolmentId}/witness-requests`)
      .set('Cookie', assessor)
      .send({
        witness: { ...NURSE, email },
        relationship: 'Ward sister on Lee’s placement',
        claims: CLAIMS,
        message: 'Please describe the review you chaired with Lee.',
        sendEmail: true,
      });
    expect(asked.status).toBe(201);
    expect(asked.body.emailed).toBe(true);
    const link: string = asked.body.link;

    const received = await sink.waitForMessage(
      (message) => message.envelope.to.includes(email),
      20_000,
    );
    expect(received.subject).toBe(
      'Priya Assessor asks for your witness statement about Lee Learner',
    );
    expect(received.text).toContain('Dear Sam Okoro,');
    expect(received.text).toContain('Please describe the review you chaired with Lee.');
    expect(received.text).toContain(`\n${link}\n`);
    expect(received.text).toMatch(/The link works until \d{1,2} \w+ \d{4}/);

    // The job held the request's id alone: the link was made again from it.
    const jobs = await t.db.query(
      `SELECT data FROM pgboss.job WHERE name = 'witness.send-request' AND data->>'requestId' = $1`,
      [asked.body.id],
    );
    expect(jobs.map((job: { data: unknown }) => job.data)).toEqual([{ requestId: asked.body.id }]);

    const token = /\/witness\/([A-Za-z0-9_-]+)/.exec(received.text)?.[1] ?? '';
    const page = await request(t.http)
      .get(`/api/witness/${token}`)
      .set('X-Forwarded-For', `2001:db8:e::${randomUUID().slice(0, 4)}`);
    expect(page.status).toBe(200);
    expect(page.body.witness.name).toBe('Sam Okoro');
  }, 30_000);

  it('sends nothing unless asked to', async () => {
    const fixture = await enrolmentFixture(t);
    const learner = await fixture.enrolLearner();
    const email = `not-sent-${randomUUID().slice(0, 8)}@example.test`;
    const asked = await request(t.http)
      .post(`/api/enrolments/${learner.enrolmentId}/witness-requests`)
      .set('Cookie', learner.cookie)
      .send({ witness: { ...NURSE, email }, relationship: 'Colleague', claims: CLAIMS });
    expect([asked.status, asked.body.emailed]).toEqual([201, false]);
    const jobs = await t.db.query(
      `SELECT 1 FROM pgboss.job WHERE name = 'witness.send-request' AND data->>'requestId' = $1`,
      [asked.body.id],
    );
    expect(jobs).toEqual([]);
  });
});
