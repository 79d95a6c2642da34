import request from 'supertest';
import {
  API_TIMESTAMP,
  centreRows,
  createCentre,
  createPerson,
  signIn,
  startTestApp,
  type TestApp,
} from './support/test-app';

const profile = {
  displayName: 'Jordan Ellis',
  dateOfBirth: '1996-03-14',
  uln: null,
  employer: {
    organisation: 'Northfield Care Ltd',
    workplace: 'Rosewood House',
    contactName: 'Sam Patel',
    contactEmail: 'sam.patel@northfield.example',
  },
  priorQualifications: [
    {
      title: 'Level 5 Diploma in Leadership for Health and Social Care',
      level: 5,
      subject: 'Health and social care',
      year: 2021,
    },
  ],
  englishEvidence: [
    {
      test: 'ielts_academic',
      overall: 6.5,
      lowestBand: 6.0,
      proofLocation: 'Scanned certificate in the learner file',
    },
  ],
  experienceYears: 4,
};

describe('learner profiles', () => {
  let t: TestApp;
  let centreId: string;
  let otherCentre: string;
  let admin: string;
  let otherAdmin: string;

  beforeAll(async () => {
    t = await startTestApp();
    centreId = await createCentre(t.db);
    otherCentre = await createCentre(t.db);
    admin = await signIn(t.http, await createPerson(t.db, [{ centreId, role: 'admin' }]));
    otherAdmin = await signIn(
      t.http,
      await createPerson(t.db, [{ centreId: otherCentre, role: 'admin' }]),
    );
  });
  afterAll(() => t.close());

  let n = 0;
  const newLearner = (extra: object = {}) =>
    request(t.http)
      .post('/api/learners')
      .set('Cookie', admin)
      .send({ ...profile, email: `learner-${Date.now()}-${n++}@example.test`, centreId, ...extra });

  it('creates a learner with a profile, the learner role and a one-time password link', async () => {
    const response = await newLearner({ uln: '1234567890' });
    expect(response.status).toBe(201);
    expect(response.body.learner).toMatchObject({
      ...profile,
      uln: '1234567890',
      centreId,
      corrections: [],
    });
    expect(response.body.passwordLink.url).toMatch(/set-password#token=/);
    const roles = await t.db.query(`SELECT role FROM memberships WHERE user_id = $1`, [
      response.body.learner.id,
    ]);
    expect(roles).toEqual([{ role: 'learner' }]);
  });

  it('names every bad field and stores nothing', async () => {
    const before = await centreRows(t.db, centreId);
    const response = await newLearner({
      dateOfBirth: '14/03/1996',
      uln: '12345',
      englishEvidence: [{ test: 'ielts_academic', overall: 'good', proofLocation: null }],
      priorQualifications: [{ title: '', level: 11, subject: null, year: null }],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'dateOfBirth',
      'englishEvidence.0.lowestBand',
      'englishEvidence.0.overall',
      'priorQualifications.0.level',
      'priorQualifications.0.title',
      'uln',
    ]);
    expect(await centreRows(t.db, centreId)).toEqual(before);
  });

  it('refuses a ULN that another learner has', async () => {
    await newLearner({ uln: '5555555555' });
    const response = await newLearner({ uln: '5555555555' });
    expect(response.status).toBe(409);
    expect(response.body.errors).toEqual([{ path: 'uln', message: 'belongs to another learner' }]);
  });

  it('refuses a learner at a centre the admin does not administer', async () => {
    const response = await newLearner({ centreId: otherCentre });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: 'centreId', message: 'is not a centre you administer' },
    ]);
  });

  it('lets the learner read their own record and propose a correction, which an admin resolves', async () => {
    const created = (await newLearner()).body;
    const token = (created.passwordLink.url as string).split('#token=')[1];
    await request(t.http)
      .post('/api/auth/password-reset')
      .send({ token, password: 'a long and private phrase' });
    const learner = await signIn(t.http, {
      email: created.learner.email,
      password: 'a long and private phrase',
    });

    const own = await request(t.http)
      .get(`/api/learners/${created.learner.id}`)
      .set('Cookie', learner);
    expect(own.status).toBe(200);
    expect(own.body.employer.organisation).toBe('Northfield Care Ltd');
    expect(own.body.can).toEqual({ manage: false, proposeCorrection: true });
    const kept = await request(t.http)
      .get(`/api/learners/${created.learner.id}`)
      .set('Cookie', admin);
    expect(kept.body.can).toEqual({ manage: true, proposeCorrection: false });

    const proposed = await request(t.http)
      .post(`/api/learners/${created.learner.id}/corrections`)
      .set('Cookie', learner)
      .send({ field: 'dateOfBirth', proposed: '1996-03-15' });
    expect(proposed.status).toBe(201);
    const [correction] = proposed.body.corrections;
    expect(correction).toMatchObject({
      field: 'dateOfBirth',
      proposed: '1996-03-15',
      status: 'open',
      createdAt: expect.stringMatching(API_TIMESTAMP),
    });
    // The admin finds the learners whose corrections wait for them, and only those.
    const waiting = () =>
      request(t.http).get('/api/learners?corrections=open&limit=100').set('Cookie', admin);
    const listed = await waiting();
    expect(listed.status).toBe(200);
    expect(
      listed.body.items.map((item: { id: string; openCorrections: number }) => [
        item.id,
        item.openCorrections,
      ]),
    ).toEqual([[created.learner.id, 1]]);
    const refused = await request(t.http).get('/api/learners?corrections=all').set('Cookie', admin);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error: { path: string }) => error.path)).toEqual([
      'corrections',
    ]);

    expect(
      (
        await request(t.http)
          .put(`/api/learners/${created.learner.id}`)
          .set('Cookie', learner)
          .send(profile)
      ).status,
    ).toBe(403);
    const resolved = await request(t.http)
      .post(`/api/learners/${created.learner.id}/corrections/${correction.id}/resolve`)
      .set('Cookie', admin)
      .send({ status: 'resolved' });
    expect(resolved.body.corrections[0].status).toBe('resolved');
    expect((await waiting()).body).toMatchObject({ items: [], total: 0 });
    const again = await request(t.http)
      .post(`/api/learners/${created.learner.id}/corrections/${correction.id}/resolve`)
      .set('Cookie', admin)
      .send({ status: 'declined' });
    expect(again.status).toBe(404);
  });

  it('answers 404 for another learner’s record, and for a learner at another centre', async () => {
    const first = (await newLearner()).body;
    const second = (await newLearner()).body;
    const token = (first.passwordLink.url as string).split('#token=')[1];
    await request(t.http)
      .post('/api/auth/password-reset')
      .send({ token, password: 'a long and private phrase' });
    const learner = await signIn(t.http, {
      email: first.learner.email,
      password: 'a long and private phrase',
    });
    expect(
      (await request(t.http).get(`/api/learners/${second.learner.id}`).set('Cookie', learner))
        .status,
    ).toBe(404);
    expect(
      (await request(t.http).get(`/api/learners/${first.learner.id}`).set('Cookie', otherAdmin))
        .status,
    ).toBe(404);
    expect((await request(t.http).get('/api/learners').set('Cookie', otherAdmin)).body).toEqual({
      items: [],
      total: 0,
      limit: 50,
      offset: 0,
    });
  });

  it('updates a profile with an audit of before and after', async () => {
    const created = (await newLearner()).body.learner;
    const response = await request(t.http)
      .put(`/api/learners/${created.id}`)
      .set('Cookie', admin)
      .send({ ...profile, displayName: 'Jordan A. Ellis', experienceYears: 5 });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ displayName: 'Jordan A. Ellis', experienceYears: 5 });
    const [event] = await t.db.query(
      `SELECT before, after FROM audit_events WHERE subject_id = $1 AND action = 'learner.updated'`,
      [created.id],
    );
    expect(event.before.experienceYears).toBe(4);
    expect(event.after.experienceYears).toBe(5);
  });
});
