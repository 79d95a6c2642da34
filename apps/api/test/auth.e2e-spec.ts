import request from 'supertest';
import {
  createCentre,
  createPerson,
  sessionCookieOf,
  signIn,
  startTestApp,
  type TestApp,
  type TestPerson,
} from './support/test-app';

describe('signing in and out', () => {
  let t: TestApp;
  let centreId: string;
  let learner: TestPerson;

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_LIMIT_PER_EMAIL: '3', LOGIN_LIMIT_PER_ADDRESS: '1000' });
    centreId = await createCentre(t.db, 'Auth Centre');
    learner = await createPerson(t.db, [{ centreId, role: 'learner' }], 'Lee Learner');
  });
  afterAll(() => t.close());

  it('signs in with a hardened session cookie and answers who is signed in', async () => {
    const response = await request(t.http)
      .post('/api/auth/login')
      .send({ email: learner.email, password: learner.password });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: learner.id,
      email: learner.email,
      roles: ['learner'],
    });
    const setCookie = ([] as string[]).concat(response.headers['set-cookie']).join(';');
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Secure/i); // PUBLIC_ORIGIN is https in these tests

    const me = await request(t.http).get('/api/me').set('Cookie', sessionCookieOf(response));
    expect(me.status).toBe(200);
    expect(me.body.memberships).toEqual([{ centreId, centreName: 'Auth Centre', role: 'learner' }]);
  });

  it('accepts the email in any case', async () => {
    const response = await request(t.http)
      .post('/api/auth/login')
      .send({ email: learner.email.toUpperCase(), password: learner.password });
    expect(response.status).toBe(200);
  });

  it('refuses /api/me without a cookie (401)', async () => {
    const response = await request(t.http).get('/api/me');
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ code: 'UNAUTHENTICATED', message: expect.any(String) });
  });

  it('refuses a forged cookie (401)', async () => {
    const response = await request(t.http)
      .get('/api/me')
      .set('Cookie', 'signoff_session=forged-token-value');
    expect(response.status).toBe(401);
  });

  it('answers a wrong password and an unknown email alike (401)', async () => {
    const wrong = await request(t.http)
      .post('/api/auth/login')
      .send({ email: learner.email, password: 'not the password' });
    const unknown = await request(t.http)
      .post('/api/auth/login')
      .send({ email: 'nobody@example.test', password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('names each bad field of a login body (400) and counts no failure', async () => {
    const response = await request(t.http)
      .post('/api/auth/login')
      .send({ email: 'not-an-email', extra: 1 });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const paths = response.body.errors.map((error: { path: string }) => error.path).sort();
    expect(paths).toEqual(['email', 'extra', 'password']);
  });

  it('answers malformed JSON with 400 in the envelope', async () => {
    const response = await request(t.http)
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ code: 'MALFORMED_REQUEST', message: expect.any(String) });
  });

  it('gives a new session id at every login and ends the one it replaces', async () => {
    const first = await signIn(t.http, learner);
    const again = await request(t.http)
      .post('/api/auth/login')
      .set('Cookie', first)
      .send({ email: learner.email, password: learner.password });
    const second = sessionCookieOf(again);
    expect(second).not.toBe(first);
    expect((await request(t.http).get('/api/me').set('Cookie', first)).status).toBe(401);
    expect((await request(t.http).get('/api/me').set('Cookie', second)).status).toBe(200);
  });

  it('ends the session at logout: the old cookie no longer works (401)', async () => {
    const cookie = await signIn(t.http, learner);
    const logout = await request(t.http).post('/api/auth/logout').set('Cookie', cookie);
    expect(logout.status).toBe(204);
    expect(([] as string[]).concat(logout.headers['set-cookie']).join(';')).toMatch(
      /signoff_session=;/,
    );
    expect((await request(t.http).get('/api/me').set('Cookie', cookie)).status).toBe(401);
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await signIn(t.http, learner);
    const token = cookie.split('=')[1];
    const rows: unknown[] = await t.db.query(`SELECT 1 FROM sessions WHERE token_hash = $1`, [
      token,
    ]);
    expect(rows).toHaveLength(0);
  });

  it('refuses the Nth failed login for an email with 429, even with the right password', async () => {
    const person = await createPerson(t.db, [{ centreId, role: 'learner' }]);
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await request(t.http)
        .post('/api/auth/login')
        .send({ email: person.email, password: 'wrong password' });
      expect(response.status).toBe(401);
    }
    const limited = await request(t.http)
      .post('/api/auth/login')
      .send({ email: person.email, password: person.password });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits an email that has no account the same way', async () => {
    const email = 'ghost@example.test';
    for (let attempt = 0; attempt < 3; attempt++) {
      await request(t.http).post('/api/auth/login').send({ email, password: 'wrong password' });
    }
    const limited = await request(t.http)
      .post('/api/auth/login')
      .send({ email, password: 'wrong password' });
    expect(limited.status).toBe(429);
  });

  it('changes a password: the old password and every other session stop working', async () => {
    const person = await createPerson(t.db, [{ centreId, role: 'learner' }]);
    const laptop = await signIn(t.http, person);
    const phone = await signIn(t.http, person);
    const change = await request(t.http)
      .post('/api/me/password')
      .set('Cookie', laptop)
      .send({ currentPassword: person.password, newPassword: 'a brand new passphrase' });
    expect(change.status).toBe(204);
    const renewed = sessionCookieOf(change);
    expect((await request(t.http).get('/api/me').set('Cookie', phone)).status).toBe(401);
    expect((await request(t.http).get('/api/me').set('Cookie', laptop)).status).toBe(401);
    expect((await request(t.http).get('/api/me').set('Cookie', renewed)).status).toBe(200);
    const old = await request(t.http)
      .post('/api/auth/login')
      .send({ email: person.email, password: person.password });
    expect(old.status).toBe(401);
  });

  it('refuses a password change with a wrong current password or a weak new one, naming the field', async () => {
    const cookie = await signIn(t.http, learner);
    const wrong = await request(t.http)
      .post('/api/me/password')
      .set('Cookie', cookie)
      .send({ currentPassword: 'nope', newPassword: 'a brand new passphrase' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      { path: 'currentPassword', message: 'is not your current password' },
    ]);
    const weak = await request(t.http)
      .post('/api/me/password')
      .set('Cookie', cookie)
      .send({ currentPassword: learner.password, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors).toEqual([
      { path: 'newPassword', message: 'must be at least 12 characters' },
    ]);
    expect((await request(t.http).get('/api/me').set('Cookie', cookie)).status).toBe(200);
  });
});

describe('login attempts sent at once', () => {
  let t: TestApp;
  let person: TestPerson;

  beforeAll(async () => {
    // A pool as large as a real server's, so the attempts really reach the database together.
    t = await startTestApp({ LOGIN_LIMIT_PER_EMAIL: '5', DATABASE_POOL_SIZE: '10' });
    await t.app.listen(0, '127.0.0.1');
    const centreId = await createCentre(t.db);
    person = await createPerson(t.db, [{ centreId, role: 'learner' }]);
  });
  afterAll(() => t.close());

  it('checks at most the limit of 25 wrong passwords sent at once and refuses the rest (429)', async () => {
    const responses = await Promise.all(
      Array.from({ length: 25 }, () =>
        request(t.http)
          .post('/api/auth/login')
          .send({ email: person.email, password: 'a wrong guess' }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status !== 401).every((status) => status === 429)).toBe(
      true,
    );
    for (const limited of responses.filter((response) => response.status === 429)) {
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    }
  });
});

describe('login limits behind a shared address', () => {
  let t: TestApp;
  let centreId: string;
  const careHome = '203.0.113.9';
  const elsewhere = '198.51.100.7';

  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: 'true',
      LOGIN_LIMIT_PER_EMAIL: '3',
      LOGIN_LIMIT_PER_ADDRESS: '7',
    });
    centreId = await createCentre(t.db);
  });
  afterAll(() => t.close());

  const login = (address: string, email: string, password: string) =>
    request(t.http)
      .post('/api/auth/login')
      .set('X-Forwarded-For', address)
      .send({ email, password });

  it('counts an email per address: guesses elsewhere do not lock its owner out', async () => {
    const person = await createPerson(t.db, [{ centreId, role: 'learner' }]);
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await login(elsewhere, person.email, 'a wrong guess')).status).toBe(401);
    }
    expect((await login(elsewhere, person.email, person.password)).status).toBe(429);
    expect((await login(careHome, person.email, person.password)).status).toBe(200);
  });

  it('signs in a correct password at a busy address until the address ceiling', async () => {
    const colleagues = await Promise.all(
      Array.from({ length: 4 }, () => createPerson(t.db, [{ centreId, role: 'learner' }])),
    );
    // Two colleagues use up their own limit: 6 failures at the address, ceiling 7.
    for (const colleague of colleagues.slice(0, 2)) {
      for (let attempt = 0; attempt < 3; attempt++) {
        expect((await login(careHome, colleague.email, 'a wrong guess')).status).toBe(401);
      }
      expect((await login(careHome, colleague.email, colleague.password)).status).toBe(429);
    }
    // Signing in takes nothing from the address's ceiling.
    expect((await login(careHome, colleagues[2].email, colleagues[2].password)).status).toBe(200);
    expect((await login(careHome, colleagues[2].email, colleagues[2].password)).status).toBe(200);
    expect((await login(careHome, colleagues[3].email, 'a typo')).status).toBe(401);
    // The address has now reached its ceiling: everyone behind it waits, elsewhere is unaffected.
    const limited = await login(careHome, colleagues[2].email, colleagues[2].password);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login(elsewhere, colleagues[3].email, colleagues[3].password)).status).toBe(200);
  });
});
