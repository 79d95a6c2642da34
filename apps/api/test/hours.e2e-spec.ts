import type { EnrolmentHours, HourCategoryTotal, HourEntryContent } from '@signoff/contracts';
import request from 'supertest';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import { asApi } from './support/as-api';
import { createPerson, signIn, startTestApp, type TestApp } from './support/test-app';

const entry = (extra: Partial<HourEntryContent> = {}): HourEntryContent => ({
  date: '2026-11-02',
  minutes: 450,
  activity: 'Supervised medication round on the dementia unit',
  category: 'supervised_practice',
  evidenceItemId: null,
  ...extra,
});

/**
 * Hours a learner logs: the assessor confirms or queries each entry, a confirmed one never
 * changes (the API says so, and the database refuses even the API's own role), a correction is
 * a new entry counted in its place, and the totals per category stand against targets from the
 * catalogue or set by a centre admin.
 */
describe('hours', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let learner: EnrolledLearner;
  let assessor: string;

  beforeAll(async () => {
    t = await startTestApp();
    // This qualification states 100 supervised hours; it states no work-based hours.
    fixture = await enrolmentFixture(t, (doc) => {
      doc.targetHours = { supervised: 100, work: null };
    });
    learner = await fixture.enrolLearner();
    assessor = await signIn(t.http, fixture.assessor);
  });
  afterAll(() => t.close());

  const as = (cookie: string) => ({
    get: (url: string) => request(t.http).get(url).set('Cookie', cookie),
    post: (url: string) => request(t.http).post(url).set('Cookie', cookie),
    put: (url: string) => request(t.http).put(url).set('Cookie', cookie),
  });
  const hoursOf = (who: EnrolledLearner) => `/api/enrolments/${who.enrolmentId}/hours`;
  const log = (body: object, who = learner) => as(who.cookie).post(hoursOf(who)).send(body);
  const review = (entryId: string, body: object, who = learner) =>
    as(assessor)
      .post(`${hoursOf(who)}/${entryId}/reviews`)
      .send(body);
  const newest = (hours: EnrolmentHours) => hours.entries[0].id;
  const total = (hours: EnrolmentHours, category: string): HourCategoryTotal => {
    const found = hours.totals.find((row) => row.category === category);
    if (!found) throw new Error(`no total for ${category}`);
    return found;
  };

  describe('a confirmed entry', () => {
    let who: EnrolledLearner;
    let entryId: string;

    beforeAll(async () => {
      who = await fixture.enrolLearner();
      const logged = await log(entry(), who);
      expect(logged.status).toBe(201);
      expect(logged.body.entries[0]).toMatchObject({
        status: 'logged',
        revision: 1,
        can: { edit: true, correct: false, review: false },
      });
      entryId = newest(logged.body);
      const confirmed = await review(entryId, { decision: 'confirm' }, who);
      expect(confirmed.status).toBe(201);
      expect(confirmed.body.entries[0]).toMatchObject({
        status: 'confirmed',
        reviews: [{ decision: 'confirm', comment: null, revision: 1 }],
      });
    });

    it('cannot be changed through the API: 409, saying a correction is a new entry', async () => {
      const changed = await as(who.cookie)
        .put(`${hoursOf(who)}/${entryId}`)
        .send(entry({ minutes: 480 }));
      expect(changed.status).toBe(409);
      expect(changed.body.message).toMatch(/correction instead: a new entry/);
      const read = await as(who.cookie).get(hoursOf(who));
      expect(read.body.entries[0]).toMatchObject({
        minutes: 450,
        status: 'confirmed',
        can: { edit: false, correct: true },
      });
    });

    it('is refused by the database, even to the role the API runs as', async () => {
      await expect(
        asApi(t, `UPDATE hour_entries SET minutes = 480, revision = revision + 1 WHERE id = $1`, [
          entryId,
        ]),
      ).rejects.toThrow(/a confirmed hours entry cannot be changed/);
      await expect(asApi(t, `DELETE FROM hour_entries WHERE id = $1`, [entryId])).rejects.toThrow(
        /permission denied/,
      );
      await expect(
        asApi(
          t,
          `UPDATE hour_entry_reviews SET decision = 'query', comment = 'x' WHERE entry_id = $1`,
          [entryId],
        ),
      ).rejects.toThrow(/permission denied|never changed/);
      // Not even the tables' owner changes it.
      await expect(
        t.db.query(
          `UPDATE hour_entries SET activity = 'rewritten', revision = revision + 1 WHERE id = $1`,
          [entryId],
        ),
      ).rejects.toThrow(/a confirmed hours entry cannot be changed/);
    });

    it('is reviewed once: a second review gets 409', async () => {
      const again = await review(entryId, { decision: 'query', comment: 'Which unit?' }, who);
      expect(again.status).toBe(409);
    });
  });

  it('counts logged, confirmed and queried hours per category against targets, a correction in place of what it corrects', async () => {
    const who = await fixture.enrolLearner();
    // Confirmed, 7 h 30 min of supervised practice; then corrected to 6 h, then confirmed.
    const first = newest((await log(entry({ date: '2026-11-02', minutes: 450 }), who)).body);
    await review(first, { decision: 'confirm' }, who);
    const corrected = await as(who.cookie)
      .post(`${hoursOf(who)}/${first}/corrections`)
      .send(entry({ date: '2026-11-02', minutes: 360, activity: 'Medication round (corrected)' }));
    expect(corrected.status).toBe(201);
    const correction = corrected.body.entries.find(
      (row: { corrects: string | null }) => row.corrects === first,
    );
    expect(correction).toMatchObject({ status: 'logged', minutes: 360 });
    expect(corrected.body.entries.find((row: { id: string }) => row.id === first)).toMatchObject({
      correctedBy: correction.id,
      can: { correct: false, edit: false },
    });
    // While the correction awaits the assessor it counts as logged; the original no longer counts.
    expect(total(corrected.body, 'supervised_practice')).toMatchObject({
      loggedMinutes: 360,
      confirmedMinutes: 0,
    });
    // A second correction of the same entry: correct the correction instead.
    const twice = await as(who.cookie)
      .post(`${hoursOf(who)}/${first}/corrections`)
      .send(entry({ minutes: 300 }));
    expect(twice.status).toBe(409);
    await review(correction.id, { decision: 'confirm' }, who);

    // Queried, 2 h of supervised practice; the comment is required to query.
    const queried = newest((await log(entry({ date: '2026-11-03', minutes: 120 }), who)).body);
    const noComment = await review(queried, { decision: 'query' }, who);
    expect(noComment.status).toBe(400);
    expect(noComment.body.errors).toEqual([{ path: 'comment', message: expect.any(String) }]);
    const asked = await review(
      queried,
      { decision: 'query', comment: 'Who supervised you that day?' },
      who,
    );
    expect(asked.body.entries.find((row: { id: string }) => row.id === queried)).toMatchObject({
      status: 'queried',
      can: { edit: false },
    });

    // Logged, 1 h 15 min of off-the-job training, with a target an admin sets.
    await log(entry({ date: '2026-11-04', minutes: 75, category: 'off_the_job' }), who);
    const target = await as(fixture.admin)
      .put(`/api/enrolments/${who.enrolmentId}/hour-targets`)
      .send({ category: 'off_the_job', hours: 20 });
    expect(target.status).toBe(200);

    const hours: EnrolmentHours = (await as(who.cookie).get(hoursOf(who))).body;
    expect(hours.entries.map(({ date }) => date)).toEqual([
      '2026-11-04',
      '2026-11-03',
      '2026-11-02',
      '2026-11-02',
    ]);
    expect(total(hours, 'supervised_practice')).toEqual({
      category: 'supervised_practice',
      title: 'Supervised practice',
      loggedMinutes: 360 + 120,
      confirmedMinutes: 360,
      queriedMinutes: 120,
      targetMinutes: 100 * 60,
      targetSource: 'catalogue',
      remainingMinutes: 100 * 60 - 360,
      targetSettable: false,
    });
    expect(total(hours, 'off_the_job')).toEqual({
      category: 'off_the_job',
      title: 'Off-the-job training',
      loggedMinutes: 75,
      confirmedMinutes: 0,
      queriedMinutes: 0,
      targetMinutes: 20 * 60,
      targetSource: 'centre',
      remainingMinutes: 20 * 60,
      targetSettable: true,
    });

    // The learner answers the query by changing the entry: it is logged again, to be judged anew.
    const answered = await as(who.cookie)
      .put(`${hoursOf(who)}/${queried}`)
      .send(entry({ date: '2026-11-03', minutes: 120, activity: 'Supervised by Sam Patel, RN' }));
    expect(answered.status).toBe(200);
    const changed = answered.body.entries.find((row: { id: string }) => row.id === queried);
    expect(changed).toMatchObject({ status: 'logged', revision: 2 });
    expect(changed.reviews).toHaveLength(1);
    const confirmed = await review(queried, { decision: 'confirm' }, who);
    expect(total(confirmed.body, 'supervised_practice')).toMatchObject({
      loggedMinutes: 480,
      confirmedMinutes: 480,
      queriedMinutes: 0,
    });
  });

  it('takes a target the catalogue states from it, and refuses to set it per enrolment (409)', async () => {
    const hours = (await as(learner.cookie).get(hoursOf(learner))).body;
    expect(total(hours, 'supervised_practice')).toMatchObject({
      targetMinutes: 6000,
      targetSource: 'catalogue',
      targetSettable: false,
    });
    const refused = await as(fixture.admin)
      .put(`/api/enrolments/${learner.enrolmentId}/hour-targets`)
      .send({ category: 'supervised_practice', hours: 50 });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/catalogue entry states this target \(100 hours\)/);
    const unknown = await as(fixture.admin)
      .put(`/api/enrolments/${learner.enrolmentId}/hour-targets`)
      .send({ category: 'nothing_such', hours: 5 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('category');
  });

  it('lets a centre admin add a category of its own, which a learner then logs against', async () => {
    const path = `/api/centres/${fixture.centreId}/hour-categories`;
    const added = await as(fixture.admin)
      .put(path)
      .send({ categories: [{ key: 'shadowing', title: 'Shadowing a registered manager' }] });
    expect(added.status).toBe(200);
    expect(added.body.map(({ key }: { key: string }) => key)).toEqual([
      'supervised_practice',
      'off_the_job',
      'shadowing',
    ]);
    const who = await fixture.enrolLearner();
    const logged = await log(entry({ category: 'shadowing', minutes: 90 }), who);
    expect(logged.status).toBe(201);
    expect(logged.body.entries[0].categoryTitle).toBe('Shadowing a registered manager');
    expect(total(logged.body, 'shadowing')).toMatchObject({
      loggedMinutes: 90,
      targetMinutes: null,
      remainingMinutes: null,
    });
    // A category hours were logged against stays.
    const dropped = await as(fixture.admin).put(path).send({ categories: [] });
    expect(dropped.status).toBe(409);
    const builtIn = await as(fixture.admin)
      .put(path)
      .send({ categories: [{ key: 'off_the_job', title: 'Mine' }] });
    expect(builtIn.status).toBe(400);
    expect(builtIn.body.errors[0].path).toBe('categories.0.key');
    expect((await as(who.cookie).get(path)).status).toBe(200);
    expect((await as(who.cookie).put(path).send({ categories: [] })).status).toBe(403);
  });

  describe('refusals by role and reach', () => {
    let entryId: string;
    let peerAssessor: string;
    let iqa: string;
    let peer: EnrolledLearner;

    beforeAll(async () => {
      entryId = newest((await log(entry({ date: '2026-11-10', minutes: 60 }))).body);
      peerAssessor = await signIn(
        t.http,
        await createPerson(t.db, [{ centreId: fixture.centreId, role: 'assessor' }]),
      );
      iqa = await signIn(t.http, fixture.iqa);
      peer = await fixture.enrolLearner();
    });

    it('shows the hours to whoever sees the enrolment, and to no one else (404)', async () => {
      for (const cookie of [learner.cookie, assessor, iqa, fixture.admin])
        expect((await as(cookie).get(hoursOf(learner))).status).toBe(200);
      expect((await as(peer.cookie).get(hoursOf(learner))).status).toBe(404);
      expect((await as(peerAssessor).get(hoursOf(learner))).status).toBe(404);
      expect((await as(learner.cookie).get('/api/enrolments/not-an-id/hours')).status).toBe(404);
    });

    it('lets only the learner log and change hours (403 to staff who see them, 404 to another learner)', async () => {
      for (const cookie of [assessor, iqa, fixture.admin]) {
        expect((await as(cookie).post(hoursOf(learner)).send(entry())).status).toBe(403);
        expect(
          (
            await as(cookie)
              .put(`${hoursOf(learner)}/${entryId}`)
              .send(entry())
          ).status,
        ).toBe(403);
      }
      expect((await log(entry(), { ...learner, cookie: peer.cookie })).status).toBe(404);
      // An entry of another enrolment is not found through this one.
      const peerEntry = newest((await log(entry(), peer)).body);
      expect(
        (
          await as(learner.cookie)
            .put(`${hoursOf(learner)}/${peerEntry}`)
            .send(entry())
        ).status,
      ).toBe(404);
    });

    it('lets only the enrolment’s assessor review (403 to others who see it, 404 to other assessors)', async () => {
      for (const cookie of [learner.cookie, iqa, fixture.admin])
        expect(
          (
            await as(cookie)
              .post(`${hoursOf(learner)}/${entryId}/reviews`)
              .send({ decision: 'confirm' })
          ).status,
        ).toBe(403);
      expect(
        (
          await as(peerAssessor)
            .post(`${hoursOf(learner)}/${entryId}/reviews`)
            .send({ decision: 'confirm' })
        ).status,
      ).toBe(404);
    });

    it('lets only an admin of the centre set targets', async () => {
      for (const cookie of [learner.cookie, assessor, iqa])
        expect(
          (
            await as(cookie)
              .put(`/api/enrolments/${learner.enrolmentId}/hour-targets`)
              .send({ category: 'off_the_job', hours: 10 })
          ).status,
        ).toBe(403);
    });

    it('refuses hours on an enrolment that is no longer active (409), as evidence', async () => {
      const closed = await fixture.enrolLearner();
      const before = newest((await log(entry(), closed)).body);
      const withdrawn = await as(fixture.admin)
        .post(`/api/enrolments/${closed.enrolmentId}/status`)
        .send({ status: 'withdrawn' });
      expect(withdrawn.status).toBeLessThan(300);
      const refused = await log(entry(), closed);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/withdrawn/);
      expect(
        (
          await as(closed.cookie)
            .put(`${hoursOf(closed)}/${before}`)
            .send(entry())
        ).status,
      ).toBe(409);
      const read = await as(closed.cookie).get(hoursOf(closed));
      expect(read.body.can.log).toBe(false);
      expect(read.body.entries).toHaveLength(1);
    });
  });

  describe('bad input', () => {
    let other: EnrolledLearner;
    let otherItem: string;

    beforeAll(async () => {
      other = await fixture.enrolLearner();
      otherItem = (
        await as(other.cookie).post(`/api/enrolments/${other.enrolmentId}/evidence`).send({
          method: 'reflective_account',
          title: 'Someone else’s reflection',
          narrative: '<p>Mine.</p>',
          activityDate: '2026-10-20',
          claims: [],
        })
      ).body.id;
    });

    it.each<[string, object, string[]]>([
      ['a date in the future', { date: '2099-01-01' }, ['date']],
      ['a date not on the calendar', { date: '2026-02-31' }, ['date']],
      ['no minutes', { minutes: 0 }, ['minutes']],
      ['more than a day', { minutes: 1441 }, ['minutes']],
      ['part of a minute', { minutes: 1.5 }, ['minutes']],
      ['minutes as text', { minutes: '60' }, ['minutes']],
      ['no activity', { activity: '   ' }, ['activity']],
      ['a category the centre does not have', { category: 'nothing_such' }, ['category']],
      ['a malformed category', { category: 'Not A Key!' }, ['category']],
      ['evidence that is not an id', { evidenceItemId: 'item-1' }, ['evidenceItemId']],
    ])('refuses %s with 400 naming the field, storing nothing', async (_case, change, paths) => {
      const who = await fixture.enrolLearner();
      const refused = await log({ ...entry(), ...change }, who);
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map(({ path }: { path: string }) => path)).toEqual(paths);
      expect((await as(who.cookie).get(hoursOf(who))).body.entries).toEqual([]);
    });

    it('refuses evidence of another enrolment, and takes the learner’s own', async () => {
      const refused = await log(entry({ evidenceItemId: otherItem }));
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        { path: 'evidenceItemId', message: 'must be evidence of this enrolment' },
      ]);
      const ownItem = (
        await as(learner.cookie).post(`/api/enrolments/${learner.enrolmentId}/evidence`).send({
          method: 'reflective_account',
          title: 'Medication round reflection',
          narrative: '<p>Mine.</p>',
          activityDate: '2026-10-20',
          claims: [],
        })
      ).body.id;
      const logged = await log(entry({ date: '2026-11-20', evidenceItemId: ownItem }));
      expect(logged.status).toBe(201);
      expect(logged.body.entries[0].evidence).toEqual({
        id: ownItem,
        title: 'Medication round reflection',
      });
      // A draft is the learner's own: its assessor does not see its title.
      const staffView = (await as(assessor).get(hoursOf(learner))).body;
      expect(staffView.entries[0]).toMatchObject({ evidenceItemId: ownItem, evidence: null });
    });
  });
});
