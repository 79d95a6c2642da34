import request from 'supertest';
import {
  centreRows,
  createCentre,
  createPerson,
  signIn,
  startTestApp,
  type TestApp,
  type TestPerson,
} from './support/test-app';

describe('admins managing people', () => {
  let t: TestApp;
  let north: string;
  let south: string;
  let admin: TestPerson;
  let adminCookie: string;
  let southLearner: TestPerson;

  beforeAll(async () => {
    t = await startTestApp();
    north = await createCentre(t.db, 'North College');
    south = await createCentre(t.db, 'South Training');
    admin = await createPerson(t.db, [{ centreId: north, role: 'admin' }], 'Nora Admin');
    southLearner = await createPerson(t.db, [{ centreId: south, role: 'learner' }]);
    adminCookie = await signIn(t.http, admin);
  });
  afterAll(() => t.close());

  const asAdmin = () => ({
    get: (url: string) => request(t.http).get(url).set('Cookie', adminCookie),
    post: (url: string, body?: object) =>
      request(t.http).post(url).set('Cookie', adminCookie).send(body),
    put: (url: string, body?: object) =>
      request(t.http).put(url).set('Cookie', adminCookie).send(body),
  });

  /** North's rows, and accounts under the email sent: what a refused new person could have left. */
  const stored = async (email: string) => ({
    north: await centreRows(t.db, north),
    accounts: (
      await t.db.query(`SELECT count(*)::int AS n FROM users WHERE email = lower($1)`, [email])
    )[0].n as number,
  });

  async function auditOf(
    subjectId: string,
  ): Promise<{ action: string; actor_id: string; before: unknown; after: unknown }[]> {
    return t.db.query(
      `SELECT action, actor_id, before, after FROM audit_events WHERE subject_id = $1 ORDER BY id`,
      [subjectId],
    );
  }

  it('creates a person with roles and a one-time link with which they set a password and sign in', async () => {
    const created = await asAdmin().post('/api/users', {
      email: '  New.Assessor@Example.TEST ',
      displayName: 'Nia Assessor',
      roles: [{ centreId: north, role: 'assessor' }],
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({
      email: 'new.assessor@example.test',
      displayName: 'Nia Assessor',
      disabled: false,
      roles: [{ centreId: north, centreName: 'North College', role: 'assessor' }],
    });
    const link: string = created.body.passwordLink.url;
    expect(link).toMatch(/^https:\/\/signoff\.test\/set-password#token=[A-Za-z0-9_-]{43}$/);
    expect(new Date(created.body.passwordLink.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const token = link.split('#token=')[1];
    const weak = await request(t.http)
      .post('/api/auth/password-reset')
      .send({ token, password: 'new.assessor-1' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0].path).toBe('password');

    const set = await request(t.http)
      .post('/api/auth/password-reset')
      .send({ token, password: 'a long and private phrase' });
    expect(set.status).toBe(204);
    const reused = await request(t.http)
      .post('/api/auth/password-reset')
      .send({ token, password: 'another long phrase here' });
    expect(reused.status).toBe(410);
    expect(reused.body.code).toBe('RESET_LINK_INVALID');

    const cookie = await signIn(t.http, {
      email: 'new.assessor@example.test',
      password: 'a long and private phrase',
    });
    const me = await request(t.http).get('/api/me').set('Cookie', cookie);
    expect(me.body.roles).toEqual(['assessor']);
    expect((await auditOf(created.body.user.id)).map((event) => event.action)).toEqual([
      'user.created',
      'user.password_set_by_link',
      'session.signed_in',
    ]);
  });

  it('refuses a second account with the same email (409) and stores nothing', async () => {
    const before = await stored(admin.email);
    const response = await asAdmin().post('/api/users', {
      email: admin.email.toUpperCase(),
      displayName: 'Duplicate',
      roles: [{ centreId: north, role: 'learner' }],
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('EMAIL_TAKEN');
    expect(await stored(admin.email)).toEqual(before);
  });

  it('names every bad field of a new person (400) and stores nothing', async () => {
    const before = await stored('nope');
    const response = await asAdmin().post('/api/users', {
      email: 'nope',
      displayName: '',
      roles: [{ centreId: 'x', role: 'wizard' }],
      isAdmin: true,
    });
    expect(response.status).toBe(400);
    const paths = response.body.errors.map((error: { path: string }) => error.path).sort();
    expect(paths).toEqual(['displayName', 'email', 'isAdmin', 'roles.0.centreId', 'roles.0.role']);
    expect(await stored('nope')).toEqual(before);
  });

  it('refuses to grant roles at a centre the admin does not administer', async () => {
    const response = await asAdmin().post('/api/users', {
      email: 'sneaky@example.test',
      displayName: 'Sneaky',
      roles: [{ centreId: south, role: 'admin' }],
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: 'roles.0.centreId', message: 'is not a centre you administer' },
    ]);
  });

  it('lists only people at the admin’s centres, and answers 404 for anyone else', async () => {
    const list = await asAdmin().get('/api/users');
    expect(list.status).toBe(200);
    const emails = list.body.items.map((user: { email: string }) => user.email);
    expect(emails).toContain(admin.email);
    expect(emails).not.toContain(southLearner.email);
    expect((await asAdmin().get(`/api/users/${southLearner.id}`)).status).toBe(404);
    expect((await asAdmin().post(`/api/users/${southLearner.id}/disable`)).status).toBe(404);
    expect((await asAdmin().get('/api/users/not-a-uuid')).status).toBe(404);
    expect((await asAdmin().get('/api/users/6f1c1d8e-1111-4222-8333-944455556666')).status).toBe(
      404,
    );
  });

  it('replaces roles at the admin’s centres only, leaving other centres’ grants alone, and audits before and after', async () => {
    const both = await createPerson(t.db, [
      { centreId: north, role: 'learner' },
      { centreId: south, role: 'assessor' },
    ]);
    const response = await asAdmin().put(`/api/users/${both.id}/roles`, {
      roles: [
        { centreId: north, role: 'assessor' },
        { centreId: north, role: 'iqa' },
      ],
    });
    expect(response.status).toBe(200);
    expect(response.body.roles.map((grant: { role: string }) => grant.role)).toEqual([
      'assessor',
      'iqa',
    ]);
    const stored = await t.db.query(
      `SELECT centre_id, role FROM memberships WHERE user_id = $1 ORDER BY role`,
      [both.id],
    );
    expect(stored).toHaveLength(3);
    expect(stored).toEqual(
      expect.arrayContaining([
        { centre_id: north, role: 'assessor' },
        { centre_id: south, role: 'assessor' },
        { centre_id: north, role: 'iqa' },
      ]),
    );
    const [event] = await auditOf(both.id);
    expect(event.action).toBe('user.roles_replaced');
    expect(event.actor_id).toBe(admin.id);
    expect(event.before).toEqual([
      { centreId: north, centreName: 'North College', role: 'learner' },
    ]);
  });

  it('refuses an admin removing their own admin role', async () => {
    const response = await asAdmin().put(`/api/users/${admin.id}/roles`, { roles: [] });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: 'roles', message: 'you cannot remove your own admin role' },
    ]);
  });

  it('disables a person: their live session stops at once (401) and they cannot sign in; enabling lets them back', async () => {
    const person = await createPerson(t.db, [{ centreId: north, role: 'learner' }]);
    const cookie = await signIn(t.http, person);
    const disabled = await asAdmin().post(`/api/users/${person.id}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await request(t.http).get('/api/me').set('Cookie', cookie)).status).toBe(401);
    const login = await request(t.http)
      .post('/api/auth/login')
      .send({ email: person.email, password: person.password });
    expect(login.status).toBe(401);

    const enabled = await asAdmin().post(`/api/users/${person.id}/enable`);
    expect(enabled.body.disabled).toBe(false);
    expect(
      (
        await request(t.http)
          .post('/api/auth/login')
          .send({ email: person.email, password: person.password })
      ).status,
    ).toBe(200);
    expect((await auditOf(person.id)).map((event) => event.action)).toEqual([
      'session.signed_in',
      'user.disabled',
      'user.enabled',
      'session.signed_in',
    ]);
  });

  it('refuses an admin disabling themself', async () => {
    const response = await asAdmin().post(`/api/users/${admin.id}/disable`);
    expect(response.status).toBe(409);
  });

  it('issues a reset link that voids the previous one and expires', async () => {
    const person = await createPerson(t.db, [{ centreId: north, role: 'learner' }]);
    const first = await asAdmin().post(`/api/users/${person.id}/password-link`);
    const second = await asAdmin().post(`/api/users/${person.id}/password-link`);
    expect(first.status).toBe(201);
    const token = (response: request.Response) => (response.body.url as string).split('#token=')[1];
    const stale = await request(t.http)
      .post('/api/auth/password-reset')
      .send({ token: token(first), password: 'a long and private phrase' });
    expect(stale.status).toBe(410);

    await t.db.query(
      `UPDATE password_link_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND used_at IS NULL`,
      [person.id],
    );
    const expired = await request(t.http)
      .post('/api/auth/password-reset')
      .send({ token: token(second), password: 'a long and private phrase' });
    expect(expired.status).toBe(410);
  });

  it('a reset ends the person’s live sessions', async () => {
    const person = await createPerson(t.db, [{ centreId: north, role: 'learner' }]);
    const cookie = await signIn(t.http, person);
    const link = await asAdmin().post(`/api/users/${person.id}/password-link`);
    const token = (link.body.url as string).split('#token=')[1];
    expect(
      (
        await request(t.http)
          .post('/api/auth/password-reset')
          .send({ token, password: 'a long and private phrase' })
      ).status,
    ).toBe(204);
    expect((await request(t.http).get('/api/me').set('Cookie', cookie)).status).toBe(401);
  });

  it.each(['learner', 'assessor', 'iqa', 'eqa'] as const)(
    'refuses a %s on the admin routes (403) and changes nothing',
    async (role) => {
      const person = await createPerson(t.db, [{ centreId: north, role }]);
      const cookie = await signIn(t.http, person);
      const list = await request(t.http).get('/api/users').set('Cookie', cookie);
      expect(list.status).toBe(403);
      expect(list.body.code).toBe('FORBIDDEN');
      const create = await request(t.http)
        .post('/api/users')
        .set('Cookie', cookie)
        .send({
          email: `${role}-made@example.test`,
          displayName: 'X',
          roles: [{ centreId: north, role: 'admin' }],
        });
      expect(create.status).toBe(403);
      expect(
        await t.db.query(`SELECT 1 FROM users WHERE email = $1`, [`${role}-made@example.test`]),
      ).toHaveLength(0);
    },
  );

  it('refuses the admin routes without a session (401)', async () => {
    expect((await request(t.http).get('/api/users')).status).toBe(401);
  });
});
