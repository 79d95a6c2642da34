import { DECLARATION_STATEMENT } from '@signoff/contracts';
import request from 'supertest';
import { PNG } from '../src/files/testing/evidence-samples';
import { enrolmentFixture, type EnrolledLearner } from './support/enrolment-fixture';
import {
  centreRows,
  createCentre,
  createPerson,
  signIn,
  startTestApp,
  type TestApp,
  type TestPerson,
} from './support/test-app';

const CONTENT = {
  method: 'product_evidence',
  title: 'Risk assessment and care plan',
  narrative: '<p>I wrote the plan with the team.</p>',
  activityDate: '2026-10-20',
  claims: [{ unit: 'QC28074-3', outcome: '1', criterion: null }],
};

/** Access follows the roles people hold now, at the centres whose admins manage them. */
describe('access across centres and after role changes', () => {
  let t: TestApp;
  let fixture: Awaited<ReturnType<typeof enrolmentFixture>>;
  let learner: EnrolledLearner;
  let itemId: string;
  let fileId: string;

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await enrolmentFixture(t);
    learner = await fixture.enrolLearner();
    const as = (cookie: string) => ({
      post: (url: string) => request(t.http).post(url).set('Cookie', cookie),
    });
    itemId = (
      await as(learner.cookie).post(`/api/enrolments/${learner.enrolmentId}/evidence`).send(CONTENT)
    ).body.id;
    const uploaded = await as(learner.cookie)
      .post(`/api/evidence/${itemId}/files?name=plan.png`)
      .set('Content-Type', 'application/octet-stream')
      .send(PNG);
    fileId = uploaded.body.current.files[0].id;
    const submitted = await as(learner.cookie)
      .post(`/api/evidence/${itemId}/submit`)
      .send({ statement: DECLARATION_STATEMENT, agreed: true });
    if (submitted.status !== 200) throw new Error(JSON.stringify(submitted.body));
  });
  afterAll(() => t.close());

  const get = (cookie: string, url: string) => request(t.http).get(url).set('Cookie', cookie);
  const post = (cookie: string, url: string, body?: object) =>
    request(t.http).post(url).set('Cookie', cookie).send(body);
  const put = (cookie: string, url: string, body?: object) =>
    request(t.http).put(url).set('Cookie', cookie).send(body);

  /** What a person reads of the fixture's learner: enrolment, profile, evidence, file. */
  const reads = async (cookie: string) => [
    (await get(cookie, `/api/enrolments/${learner.enrolmentId}`)).status,
    (await get(cookie, `/api/learners/${learner.learnerId}`)).status,
    (await get(cookie, `/api/evidence/${itemId}`)).status,
    (await get(cookie, `/api/files/${fileId}`)).status,
  ];
  const listed = async (cookie: string) =>
    (await get(cookie, '/api/enrolments?limit=200')).body.items.map(
      (enrolment: { id: string }) => enrolment.id,
    );

  async function otherCentreWithAdmin(): Promise<{
    centreId: string;
    admin: TestPerson;
    cookie: string;
  }> {
    const centreId = await createCentre(t.db);
    const admin = await createPerson(t.db, [{ centreId, role: 'admin' }], 'Bea Admin');
    return { centreId, admin, cookie: await signIn(t.http, admin) };
  }

  const linksOf = async (userId: string) =>
    (
      await t.db.query(`SELECT count(*)::int AS n FROM password_link_tokens WHERE user_id = $1`, [
        userId,
      ])
    )[0].n as number;

  /** Gives an existing person a role at another centre, as that centre's admin would. */
  async function grantElsewhere(person: TestPerson, centreId: string, role: string) {
    await t.db.query(`INSERT INTO centre_members (user_id, centre_id) VALUES ($1, $2)`, [
      person.id,
      centreId,
    ]);
    await t.db.query(`INSERT INTO memberships (user_id, centre_id, role) VALUES ($1, $2, $3)`, [
      person.id,
      centreId,
      role,
    ]);
  }

  describe('an admin of another centre the person also works at', () => {
    it('may not issue a password link (403, saying who can), and changes nothing', async () => {
      const beta = await otherCentreWithAdmin();
      const assessor = await createPerson(
        t.db,
        [{ centreId: fixture.centreId, role: 'assessor' }],
        'Ada Assessor',
      );
      await grantElsewhere(assessor, beta.centreId, 'iqa');
      const tokensBefore = await linksOf(assessor.id);

      const refused = await post(beta.cookie, `/api/users/${assessor.id}/password-link`);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('FORBIDDEN');
      expect(refused.body.message).toMatch(
        /Ada Assessor also belongs to a centre you do not administer/,
      );
      expect(refused.body.message).toMatch(/only an admin of every centre they belong to/);
      // The home centre's admin is refused too: the person also belongs to the other centre.
      expect((await post(fixture.admin, `/api/users/${assessor.id}/password-link`)).status).toBe(
        403,
      );
      expect(await linksOf(assessor.id)).toBe(tokensBefore);

      // Someone who belongs only to the admin's centre gets a link as before.
      const local = await createPerson(t.db, [{ centreId: beta.centreId, role: 'learner' }]);
      expect((await post(beta.cookie, `/api/users/${local.id}/password-link`)).status).toBe(201);
    });

    it('disables them at its own centre only: their work at the other centre goes on', async () => {
      const beta = await otherCentreWithAdmin();
      const assessor = fixture.assessor;
      await grantElsewhere(assessor, beta.centreId, 'learner');
      const session = await signIn(t.http, assessor);

      const disabled = await post(beta.cookie, `/api/users/${assessor.id}/disable`);
      expect(disabled.status).toBe(200);
      expect(disabled.body.disabled).toBe(true);
      const suspended = await t.db.query(
        `SELECT centre_id, suspended_by FROM centre_members WHERE user_id = $1 AND suspended_at IS NOT NULL`,
        [assessor.id],
      );
      expect(suspended).toEqual([{ centre_id: beta.centreId, suspended_by: beta.admin.id }]);

      // The live session keeps its roles at the first centre and loses those at the other.
      const me = await get(session, '/api/me');
      expect(me.status).toBe(200);
      expect(me.body.roles).toEqual(['assessor']);
      expect(await reads(session)).toEqual([200, 200, 200, 200]);
      const fresh = await signIn(t.http, assessor);
      expect(await reads(fresh)).toEqual([200, 200, 200, 200]);
      // Their home centre's admin still sees them active.
      expect((await get(fixture.admin, `/api/users/${assessor.id}`)).body.disabled).toBe(false);

      const enabled = await post(beta.cookie, `/api/users/${assessor.id}/enable`);
      expect(enabled.body.disabled).toBe(false);
      expect((await get(fresh, '/api/me')).body.roles).toEqual(['assessor', 'learner']);
    });

    it('signs them out and refuses sign-in only once every centre they belong to has suspended them', async () => {
      const beta = await otherCentreWithAdmin();
      const person = await createPerson(
        t.db,
        [{ centreId: fixture.centreId, role: 'iqa' }],
        'Ian IQA',
      );
      await grantElsewhere(person, beta.centreId, 'assessor');
      const session = await signIn(t.http, person);

      await post(beta.cookie, `/api/users/${person.id}/disable`);
      expect((await get(session, '/api/me')).status).toBe(200);
      await post(fixture.admin, `/api/users/${person.id}/disable`);
      expect((await get(session, '/api/me')).status).toBe(401);
      const login = await request(t.http)
        .post('/api/auth/login')
        .send({ email: person.email, password: person.password });
      expect(login.status).toBe(401);
      expect(login.body.code).toBe('INVALID_CREDENTIALS');

      await post(fixture.admin, `/api/users/${person.id}/enable`);
      const back = await signIn(t.http, person);
      expect((await get(back, '/api/me')).body.roles).toEqual(['iqa']);
    });
  });

  describe('a person whose roles are removed', () => {
    it('no longer reads the learner they assess, in this session or a fresh one, and stays manageable', async () => {
      const assessor = await createPerson(
        t.db,
        [{ centreId: fixture.centreId, role: 'assessor' }],
        'Rory Reassigned',
      );
      const reassigned = await request(t.http)
        .put(`/api/enrolments/${learner.enrolmentId}/staff`)
        .set('Cookie', fixture.admin)
        .send({ assessorId: assessor.id, iqaId: fixture.iqa.id });
      expect(reassigned.status).toBe(200);
      const session = await signIn(t.http, assessor);
      expect(await reads(session)).toEqual([200, 200, 200, 200]);
      expect(await listed(session)).toEqual([learner.enrolmentId]);

      const removed = await put(fixture.admin, `/api/users/${assessor.id}/roles`, { roles: [] });
      expect(removed.status).toBe(200);
      expect(removed.body.roles).toEqual([]);

      expect(await reads(session)).toEqual([404, 404, 404, 404]);
      expect(await listed(session)).toEqual([]);
      const fresh = await signIn(t.http, assessor);
      expect(await reads(fresh)).toEqual([404, 404, 404, 404]);
      expect(await listed(fresh)).toEqual([]);
      expect((await get(fresh, `/api/evidence/${itemId}/versions`)).status).toBe(404);
      expect((await get(fresh, `/api/enrolments/${learner.enrolmentId}/evidence`)).status).toBe(
        404,
      );

      // Still listed for their centre's admin, who can give a role back (or suspend them).
      const people = (await get(fixture.admin, '/api/users?limit=200')).body.items;
      expect(people).toContainEqual(
        expect.objectContaining({ id: assessor.id, roles: [], disabled: false }),
      );
      expect((await get(fixture.admin, `/api/users/${assessor.id}`)).status).toBe(200);
      const restored = await put(fixture.admin, `/api/users/${assessor.id}/roles`, {
        roles: [{ centreId: fixture.centreId, role: 'assessor' }],
      });
      expect(restored.status).toBe(200);
      expect(await reads(fresh)).toEqual([200, 200, 200, 200]);

      await put(fixture.admin, `/api/users/${assessor.id}/roles`, { roles: [] });
      const suspended = await post(fixture.admin, `/api/users/${assessor.id}/disable`);
      expect(suspended.status).toBe(200);
      expect((await get(fresh, '/api/me')).status).toBe(401);
    });

    it('the IQA and the learner lose their own enrolment with their role', async () => {
      const other = await fixture.enrolLearner();
      const iqa = await signIn(t.http, fixture.iqa);
      expect((await get(iqa, `/api/enrolments/${other.enrolmentId}`)).status).toBe(200);
      await put(fixture.admin, `/api/users/${fixture.iqa.id}/roles`, { roles: [] });
      expect((await get(iqa, `/api/enrolments/${other.enrolmentId}`)).status).toBe(404);
      expect((await get(iqa, `/api/learners/${other.learnerId}`)).status).toBe(404);
      expect(await listed(iqa)).toEqual([]);
      await put(fixture.admin, `/api/users/${fixture.iqa.id}/roles`, {
        roles: [{ centreId: fixture.centreId, role: 'iqa' }],
      });

      expect((await get(other.cookie, `/api/enrolments/${other.enrolmentId}`)).status).toBe(200);
      await put(fixture.admin, `/api/users/${other.learnerId}/roles`, { roles: [] });
      expect((await get(other.cookie, `/api/enrolments/${other.enrolmentId}`)).status).toBe(404);
      expect((await get(other.cookie, `/api/learners/${other.learnerId}`)).status).toBe(404);
      expect(await listed(other.cookie)).toEqual([]);
    });
  });

  describe('an email whose account belongs to another centre', () => {
    const learnerProfile = (centreId: string, email: string) => ({
      email,
      displayName: 'Someone Else',
      centreId,
      dateOfBirth: '1990-05-17',
      uln: null,
      employer: null,
      priorQualifications: [],
      englishEvidence: [],
      experienceYears: null,
    });

    it('is not reported taken: the account joins the admin’s centre with the roles asked for, keeping its password (no link), audited', async () => {
      const beta = await otherCentreWithAdmin();
      const freelancer = await createPerson(
        t.db,
        [{ centreId: fixture.centreId, role: 'assessor' }],
        'Fran Freelance',
      );
      const tokensBefore = await linksOf(freelancer.id);

      const added = await post(beta.cookie, '/api/users', {
        email: freelancer.email.toUpperCase(),
        displayName: 'Another Name',
        roles: [{ centreId: beta.centreId, role: 'assessor' }],
      });
      expect(added.status).toBe(201);
      expect(added.body.passwordLink).toBeNull();
      expect(added.body.notice).toMatch(
        /already has a Signoff account, used at another centre, so that account \(Fran Freelance\) has been added to your centre.*sign in with the password they already have/,
      );
      expect(added.body.user).toMatchObject({
        id: freelancer.id,
        displayName: 'Fran Freelance',
        disabled: false,
        roles: [{ centreId: beta.centreId, role: 'assessor' }],
      });
      expect(await linksOf(freelancer.id)).toBe(tokensBefore);
      const [event] = await t.db.query(
        `SELECT action, actor_id FROM audit_events WHERE subject_id = $1 ORDER BY id DESC LIMIT 1`,
        [freelancer.id],
      );
      expect(event).toEqual({ action: 'user.joined_centre', actor_id: beta.admin.id });
      // Their own password works; their first centre's roles are untouched.
      const session = await signIn(t.http, freelancer);
      expect((await get(session, '/api/me')).body.roles).toEqual(['assessor']);
      const home = await get(fixture.admin, `/api/users/${freelancer.id}`);
      expect(home.body.roles).toEqual([
        expect.objectContaining({ centreId: fixture.centreId, role: 'assessor' }),
      ]);

      // Now they belong to the centre, the same email is taken there.
      const again = await post(beta.cookie, '/api/users', {
        email: freelancer.email,
        displayName: 'Fran Freelance',
        roles: [{ centreId: beta.centreId, role: 'iqa' }],
      });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('EMAIL_TAKEN');
    });

    it('makes a staff account of another centre a learner here, and refuses a second learner record', async () => {
      const beta = await otherCentreWithAdmin();
      const staff = await createPerson(t.db, [{ centreId: fixture.centreId, role: 'iqa' }]);
      const asLearner = await post(
        beta.cookie,
        '/api/learners',
        learnerProfile(beta.centreId, staff.email),
      );
      expect(asLearner.status).toBe(201);
      expect(asLearner.body.passwordLink).toBeNull();
      expect(asLearner.body.notice).toMatch(/sign in with the password they already have/);
      expect(asLearner.body.learner).toMatchObject({ id: staff.id, centreId: beta.centreId });

      const gamma = await otherCentreWithAdmin();
      const gammaBefore = await centreRows(t.db, gamma.centreId);
      const twice = await post(
        gamma.cookie,
        '/api/learners',
        learnerProfile(gamma.centreId, staff.email),
      );
      expect(twice.status).toBe(409);
      expect(twice.body.errors).toEqual([
        { path: 'email', message: 'already has a learner record at another centre' },
      ]);
      expect(await centreRows(t.db, gamma.centreId)).toEqual(gammaBefore);
    });

    it('imports a learner whose account is at another centre without a link, and names staff of other centres as not at this centre', async () => {
      const beta = await otherCentreWithAdmin();
      const elsewhere = await createPerson(t.db, [{ centreId: fixture.centreId, role: 'eqa' }]);
      const fresh = `fresh-${Date.now()}@example.test`;
      const csv = (rows: string[]) =>
        request(t.http)
          .post(`/api/learners/import?centreId=${beta.centreId}`)
          .set('Cookie', beta.cookie)
          .set('Content-Type', 'text/csv')
          .send(['email,display_name,date_of_birth', ...rows].join('\n'));

      const imported = await csv([
        `${elsewhere.email},Eve Elsewhere,1990-01-02`,
        `${fresh},Fay Fresh,1991-03-04`,
      ]);
      expect(imported.status).toBe(201);
      expect(imported.body.learners).toBe(2);
      expect(imported.body.passwordLinks.map((link: { email: string }) => link.email)).toEqual([
        fresh,
      ]);

      const staffElsewhere = await request(t.http)
        .post(`/api/learners/import?centreId=${beta.centreId}`)
        .set('Cookie', beta.cookie)
        .set('Content-Type', 'text/csv')
        .send(
          [
            'email,display_name,date_of_birth,qualification_code,start_date,planned_end_date,assessor_email,iqa_email',
            `new-${Date.now()}@example.test,New Learner,1990-01-02,QC,2026-09-01,2027-08-31,${fixture.assessor.email},${fixture.iqa.email}`,
          ].join('\n'),
        );
      expect(staffElsewhere.status).toBe(400);
      expect(staffElsewhere.body.errors).toEqual(
        expect.arrayContaining([
          {
            path: 'lines.2.assessor_email',
            message: expect.stringMatching(/^has no account at this centre: /),
          },
          {
            path: 'lines.2.iqa_email',
            message: expect.stringMatching(/^has no account at this centre: /),
          },
        ]),
      );
    });
  });
});
