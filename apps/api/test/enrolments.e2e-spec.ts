import { randomUUID } from 'node:crypto';
import { SEED_QUALIFICATIONS } from '@signoff/catalogue';
import request from 'supertest';
import {
  API_TIMESTAMP,
  centreRows,
  createCentre,
  createPerson,
  signIn,
  startTestApp,
  type TestApp,
  type TestPerson,
} from './support/test-app';

const PROFILE = {
  dateOfBirth: '1990-05-17',
  uln: null,
  employer: null,
  priorQualifications: [
    {
      title: 'Level 5 Diploma in Health and Social Care',
      level: 5,
      subject: 'Health and social care',
      year: 2020,
    },
  ],
  englishEvidence: [
    { test: 'ielts_academic', overall: 6.5, lowestBand: 6.0, proofLocation: 'learner file' },
  ],
  experienceYears: 2,
};
const START = '2026-09-01';

describe('enrolments', () => {
  let t: TestApp;
  let centreId: string;
  let admin: string;
  let assessor: TestPerson;
  let assessor2: TestPerson;
  let iqa: TestPerson;
  let qualificationId: string;
  const L6_UNITS = [1, 2, 3, 4, 5, 6].map((n) => `QC28074-${n}`);

  beforeAll(async () => {
    t = await startTestApp();
    centreId = await createCentre(t.db);
    admin = await signIn(t.http, await createPerson(t.db, [{ centreId, role: 'admin' }]));
    assessor = await createPerson(t.db, [{ centreId, role: 'assessor' }], 'Priya Assessor');
    assessor2 = await createPerson(t.db, [{ centreId, role: 'assessor' }], 'Tom Assessor');
    iqa = await createPerson(t.db, [{ centreId, role: 'iqa' }], 'Grace IQA');
    const doc = {
      ...structuredClone(SEED_QUALIFICATIONS.qualCertL6),
      code: `QC-${randomUUID().slice(0, 8)}`,
    };
    qualificationId = (
      await request(t.http).post('/api/qualifications/import').set('Cookie', admin).send(doc)
    ).body.qualificationId;
    expect(
      (
        await request(t.http)
          .post(`/api/qualifications/${qualificationId}/publish`)
          .set('Cookie', admin)
      ).status,
    ).toBe(200);
  });
  afterAll(() => t.close());

  /** A learner with a profile and a password, signed in. */
  async function newLearner(profile: object = {}): Promise<{ id: string; cookie: string }> {
    const created = await request(t.http)
      .post('/api/learners')
      .set('Cookie', admin)
      .send({
        ...PROFILE,
        ...profile,
        displayName: 'Lee Learner',
        email: `learner-${randomUUID().slice(0, 8)}@example.test`,
        centreId,
      });
    expect(created.status).toBe(201);
    const token = (created.body.passwordLink.url as string).split('#token=')[1];
    await request(t.http)
      .post('/api/auth/password-reset')
      .send({ token, password: 'a long and private phrase' });
    const cookie = await signIn(t.http, {
      email: created.body.learner.email,
      password: 'a long and private phrase',
    });
    return { id: created.body.learner.id, cookie };
  }

  const enrol = (learnerId: string, extra: object = {}) =>
    request(t.http)
      .post('/api/enrolments')
      .set('Cookie', admin)
      .send({
        learnerId,
        qualificationId,
        pathway: null,
        startDate: START,
        plannedEndDate: '2027-08-31',
        registrationNumber: 'QC-REG-0001',
        assessorId: assessor.id,
        iqaId: iqa.id,
        overrideReason: null,
        ...extra,
      });

  it('enrols a learner who meets every requirement, pinning the published version', async () => {
    const learner = await newLearner();
    const response = await enrol(learner.id);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'active',
      qualification: { id: qualificationId, version: 1 },
      assessor: { id: assessor.id },
      iqa: { id: iqa.id },
      plannedUnits: L6_UNITS,
      entryCheck: { outcome: 'met', blocking: false },
      entryOverrideReason: null,
    });
    expect(response.body.statusHistory.map((entry: { status: string }) => entry.status)).toEqual([
      'active',
    ]);
  });

  it('previews the entry check before confirming', async () => {
    const learner = await newLearner({ dateOfBirth: '2007-09-02' });
    const response = await request(t.http)
      .post('/api/enrolments/entry-check')
      .set('Cookie', admin)
      .send({ learnerId: learner.id, qualificationId, startDate: START });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ outcome: 'not_met', blocking: true });
    expect(response.body.results[0]).toMatchObject({
      kind: 'minimum_age',
      outcome: 'not_met',
      reason: '18 years old on 2026-09-01',
    });
  });

  it('refuses a learner one day short of 19 without an override, and stores nothing', async () => {
    const learner = await newLearner({ dateOfBirth: '2007-09-02' });
    const before = await centreRows(t.db, centreId);
    const response = await enrol(learner.id);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('ENTRY_REQUIREMENTS_NOT_MET');
    expect(response.body.errors).toEqual([
      {
        path: 'entryCheck.results.0',
        message: 'At least 19 years old on the start date: 18 years old on 2026-09-01',
      },
    ]);
    expect(await centreRows(t.db, centreId)).toEqual(before);
  });

  it('enrols with an admin override and its written reason, audited', async () => {
    const learner = await newLearner({
      englishEvidence: [
        { test: 'ielts_academic', overall: 6.0, lowestBand: 5.0, proofLocation: null },
      ],
    });
    const reason = 'Band 5.0 in writing only; the centre provides writing support from week one.';
    const response = await enrol(learner.id, { overrideReason: reason });
    expect(response.status).toBe(201);
    expect(response.body.entryOverrideReason).toBe(reason);
    expect(response.body.entryCheck.outcome).toBe('not_met');
    const events = await t.db.query(
      `SELECT action, after FROM audit_events WHERE subject_id = $1 ORDER BY id`,
      [response.body.id],
    );
    expect(events.map((event: { action: string }) => event.action)).toEqual([
      'enrolment.created',
      'enrolment.entry_requirements_overridden',
    ]);
    expect(events[1].after).toEqual({ reason });
    const check = await request(t.http)
      .get(`/api/enrolments/${response.body.id}/entry-check`)
      .set('Cookie', admin);
    expect(check.body).toMatchObject({
      overrideReason: reason,
      recorded: { outcome: 'not_met' },
      current: { outcome: 'not_met' },
    });
  });

  it('refuses conflicts: the same person as assessor and IQA, the learner as their own assessor, staff without the role', async () => {
    const learner = await newLearner();
    const same = await enrol(learner.id, { iqaId: assessor.id });
    expect(same.status).toBe(400);
    expect(same.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'iqaId', message: 'must be a different person from the assessor' },
      ]),
    );
    const own = await enrol(learner.id, { assessorId: learner.id });
    expect(own.body.errors).toEqual(
      expect.arrayContaining([
        {
          path: 'assessorId',
          message: 'cannot be the learner: nobody assesses their own enrolment',
        },
      ]),
    );
    const notIqa = await enrol(learner.id, { iqaId: assessor2.id });
    expect(notIqa.body.errors).toEqual([
      { path: 'iqaId', message: 'is not an IQA at this centre' },
    ]);
  });

  it('names bad fields (400): dates, pathway, unknown units', async () => {
    const learner = await newLearner();
    const response = await enrol(learner.id, {
      plannedEndDate: '2026-01-01',
      pathway: 'adults',
      plannedUnits: ['QC28074-1', 'NOPE'],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual([
      'pathway',
      'plannedEndDate',
      'plannedUnits.1',
    ]);
  });

  describe('an enrolment in progress', () => {
    let learner: { id: string; cookie: string };
    let enrolmentId: string;

    beforeAll(async () => {
      learner = await newLearner();
      enrolmentId = (await enrol(learner.id)).body.id;
    });

    const command = (method: 'post' | 'put', action: string, cookie: string, body: object) =>
      request(t.http)
        [method](`/api/enrolments/${enrolmentId}/${action}`)
        .set('Cookie', cookie)
        .send(body);
    const changeStatus = (cookie: string, body: object) => command('post', 'status', cookie, body);
    const reassign = (cookie: string, body: object) => command('put', 'staff', cookie, body);
    const planUnits = (cookie: string, body: object) => command('put', 'unit-plan', cookie, body);
    /** The audit events each command wrote on the enrolment, oldest first. */
    const audited = async (): Promise<[string, unknown, unknown][]> =>
      (
        await t.db.query(
          `SELECT action, before, after FROM audit_events WHERE subject_id = $1 ORDER BY id`,
          [enrolmentId],
        )
      ).map((event: { action: string; before: unknown; after: unknown }) => [
        event.action,
        event.before,
        event.after,
      ]);

    it('keeps the history of who assessed it when, through a reassignment', async () => {
      const response = await reassign(admin, { assessorId: assessor2.id, iqaId: iqa.id });
      expect(response.status).toBe(200);
      expect(response.body.assessor.id).toBe(assessor2.id);
      expect(
        response.body.assessors.map((held: { userId: string; from: string; to: string | null }) => [
          held.userId,
          held.from,
          held.to,
        ]),
      ).toEqual([
        [assessor.id, expect.stringMatching(API_TIMESTAMP), expect.stringMatching(API_TIMESTAMP)],
        [assessor2.id, expect.stringMatching(API_TIMESTAMP), null],
      ]);
      // Only the role that changed hands is recorded; the IQA stayed.
      expect((await audited()).slice(-1)).toEqual([
        ['enrolment.assessor_reassigned', { userId: assessor.id }, { userId: assessor2.id }],
      ]);
      const former = await signIn(t.http, assessor);
      expect(
        (await request(t.http).get(`/api/enrolments/${enrolmentId}`).set('Cookie', former)).status,
      ).toBe(404);
      const current = await signIn(t.http, assessor2);
      expect(
        (await request(t.http).get(`/api/enrolments/${enrolmentId}`).set('Cookie', current)).status,
      ).toBe(200);
    });

    it('refuses a reassignment naming one person for both roles, leaving one out or naming no one, changing nothing', async () => {
      const events = (await audited()).length;
      const same = await reassign(admin, { assessorId: assessor2.id, iqaId: assessor2.id });
      expect([same.status, same.body.errors]).toEqual([
        400,
        [
          { path: 'iqaId', message: 'must be a different person from the assessor' },
          { path: 'iqaId', message: 'is not an IQA at this centre' },
        ],
      ]);
      // Worded by the reassign request's rules in libs/contracts, as the reassign form words them.
      const partial = await reassign(admin, { assessorId: assessor.id });
      expect([partial.status, partial.body.errors]).toEqual([
        400,
        [{ path: 'iqaId', message: 'must be filled in' }],
      ]);
      const unchosen = await reassign(admin, { assessorId: 'me', iqaId: '' });
      expect([unchosen.status, unchosen.body.errors]).toEqual([
        400,
        [
          { path: 'assessorId', message: 'must be a user id' },
          { path: 'iqaId', message: 'must be chosen' },
        ],
      ]);
      expect((await audited()).length).toBe(events);
    });

    it('changes status with a dated history, and refuses an impossible change', async () => {
      expect(
        (await changeStatus(admin, { status: 'break_in_learning', note: 'Maternity leave' }))
          .status,
      ).toBe(200);
      const back = await changeStatus(admin, { status: 'active' });
      expect(
        back.body.statusHistory.map(
          (entry: { status: string; at: string; note: string | null }) => [
            entry.status,
            entry.at,
            entry.note,
          ],
        ),
      ).toEqual([
        ['active', expect.stringMatching(API_TIMESTAMP), null],
        ['break_in_learning', expect.stringMatching(API_TIMESTAMP), 'Maternity leave'],
        ['active', expect.stringMatching(API_TIMESTAMP), null],
      ]);
      expect((await audited()).slice(-2)).toEqual([
        [
          'enrolment.status_changed',
          { status: 'active' },
          { status: 'break_in_learning', note: 'Maternity leave' },
        ],
        [
          'enrolment.status_changed',
          { status: 'break_in_learning' },
          { status: 'active', note: null },
        ],
      ]);
      const events = (await audited()).length;
      const refused = await changeStatus(admin, { status: 'certificated' });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('STATUS_CHANGE_REFUSED');
      expect(refused.body.errors).toEqual([{ path: 'status', message: 'cannot follow active' }]);
      const unknown = await changeStatus(admin, { status: 'paused' });
      expect([unknown.status, unknown.body.errors[0].path]).toEqual([400, 'status']);
      expect((await audited()).length).toBe(events);
    });

    it('lets the learner plan units, refusing units the qualification lacks, and not change anything else', async () => {
      const planned = await planUnits(learner.cookie, { plannedUnits: L6_UNITS.slice(0, 5) });
      expect(planned.status).toBe(200);
      expect(planned.body.plannedUnits).toEqual(L6_UNITS.slice(0, 5));
      expect((await audited()).slice(-1)[0][0]).toBe('enrolment.units_planned');
      const progress = await request(t.http)
        .get(`/api/enrolments/${enrolmentId}/progress`)
        .set('Cookie', learner.cookie);
      expect(progress.body.planned.shortfalls).toContain('Total: 100 of 120 credits');
      expect(
        progress.body.units.every((unit: { status: string }) => unit.status === 'not_started'),
      ).toBe(true);
      expect(progress.body.achieved.totalCredits).toBe(0);
      expect((await planUnits(learner.cookie, { plannedUnits: ['X1'] })).status).toBe(400);
      expect((await changeStatus(learner.cookie, { status: 'withdrawn' })).status).toBe(403);
      expect(
        (await reassign(learner.cookie, { assessorId: assessor.id, iqaId: iqa.id })).status,
      ).toBe(403);
    });

    it('tells each reader what they may do to it', async () => {
      const can = async (cookie: string) =>
        (await request(t.http).get(`/api/enrolments/${enrolmentId}`).set('Cookie', cookie)).body
          .can;
      const admins = {
        changeStatus: true,
        reassign: true,
        planUnits: true,
        addEvidence: false,
        askWitness: false,
        recordAtWorkplace: false,
      };
      const itsLearner = {
        changeStatus: false,
        reassign: false,
        planUnits: true,
        addEvidence: true,
        askWitness: true,
        recordAtWorkplace: false,
      };
      const readOnly = {
        changeStatus: false,
        reassign: false,
        planUnits: false,
        addEvidence: false,
        askWitness: false,
        recordAtWorkplace: false,
      };
      const itsAssessor = { ...readOnly, askWitness: true, recordAtWorkplace: true };
      const eqa = await signIn(t.http, await createPerson(t.db, [{ centreId, role: 'eqa' }]));
      expect([
        await can(admin),
        await can(learner.cookie),
        await can(await signIn(t.http, assessor2)), // its assessor since the reassignment
        await can(await signIn(t.http, iqa)),
        await can(eqa),
      ]).toEqual([admins, itsLearner, itsAssessor, readOnly, readOnly]);
      // A command answers with the flags too; once closed, the learner may change nothing.
      const withdrawn = await changeStatus(admin, { status: 'withdrawn' });
      expect(withdrawn.body.can).toEqual(admins);
      expect(await can(learner.cookie)).toEqual(readOnly);
      expect(await can(admin)).toEqual(admins);
      expect((await changeStatus(admin, { status: 'active' })).status).toBe(200);
      expect(await can(learner.cookie)).toEqual(itsLearner);
    });

    it('shows a learner only their own enrolment (404 for another’s)', async () => {
      const other = await newLearner();
      const mine = await request(t.http).get('/api/enrolments').set('Cookie', learner.cookie);
      expect(mine.body.items.map((enrolment: { id: string }) => enrolment.id)).toEqual([
        enrolmentId,
      ]);
      expect(
        (await request(t.http).get(`/api/enrolments/${enrolmentId}`).set('Cookie', other.cookie))
          .status,
      ).toBe(404);
      expect(
        (
          await request(t.http)
            .get(`/api/enrolments/${enrolmentId}/progress`)
            .set('Cookie', other.cookie)
        ).status,
      ).toBe(404);
    });

    it('shows an assessor only the enrolments they hold', async () => {
      const outsider = await signIn(
        t.http,
        await createPerson(t.db, [{ centreId, role: 'assessor' }]),
      );
      expect(
        (await request(t.http).get('/api/enrolments').set('Cookie', outsider)).body.items,
      ).toEqual([]);
      expect(
        (await request(t.http).get(`/api/enrolments/${enrolmentId}`).set('Cookie', outsider))
          .status,
      ).toBe(404);
      const iqaCookie = await signIn(t.http, iqa);
      const held = await request(t.http).get('/api/enrolments?limit=200').set('Cookie', iqaCookie);
      expect(held.body.items.map((enrolment: { id: string }) => enrolment.id)).toContain(
        enrolmentId,
      );
    });

    it('hides it from an admin of another centre', async () => {
      const elsewhere = await signIn(
        t.http,
        await createPerson(t.db, [{ centreId: await createCentre(t.db), role: 'admin' }]),
      );
      expect(
        (await request(t.http).get(`/api/enrolments/${enrolmentId}`).set('Cookie', elsewhere))
          .status,
      ).toBe(404);
      expect(
        (
          await request(t.http)
            .post(`/api/enrolments/${enrolmentId}/status`)
            .set('Cookie', elsewhere)
            .send({ status: 'withdrawn' })
        ).status,
      ).toBe(404);
    });
  });

  it('refuses an enrolment on a qualification with no published version', async () => {
    const learner = await newLearner();
    const draftId = (
      await request(t.http)
        .post('/api/qualifications/import')
        .set('Cookie', admin)
        .send({
          ...structuredClone(SEED_QUALIFICATIONS.qualCertL6),
          code: `QC-${randomUUID().slice(0, 8)}`,
        })
    ).body.qualificationId;
    const response = await enrol(learner.id, { qualificationId: draftId });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: 'qualificationId', message: 'is not a published qualification' },
    ]);
  });
});
