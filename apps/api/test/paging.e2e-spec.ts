import { randomUUID } from 'node:crypto';
import { SEED_QUALIFICATIONS } from '@signoff/catalogue';
import request from 'supertest';
import { enrolmentFixture } from './support/enrolment-fixture';
import { createCentre, createPerson, signIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Every list route answers a page: cut in SQL in a stable order (ties broken by id), with the
 * total under the same filters, and refuses a bad `limit` or `offset` naming the field.
 */
describe('paged lists', () => {
  let t: TestApp;
  let centreId: string;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    centreId = await createCentre(t.db);
    admin = await signIn(
      t.http,
      await createPerson(t.db, [{ centreId, role: 'admin' }], 'Same Name'),
    );
  });
  afterAll(() => t.close());

  /** Walks the list two at a time and checks the pages add up to the whole, in one order. */
  async function expectPaged(path: string, total: number, cookie = admin) {
    const get = (url: string) => request(t.http).get(url).set('Cookie', cookie);
    const whole = await get(`${path}?limit=200`);
    expect(whole.status).toBe(200);
    expect(whole.body).toMatchObject({ total, limit: 200, offset: 0 });
    const ids = whole.body.items.map((item: { id: string }) => item.id);
    expect(ids).toHaveLength(total);

    const walked: string[] = [];
    for (let offset = 0; offset < total + 2; offset += 2) {
      const page = await get(`${path}?limit=2&offset=${offset}`);
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ total, limit: 2, offset });
      walked.push(...page.body.items.map((item: { id: string }) => item.id));
    }
    expect(walked).toEqual(ids);

    expect((await get(path)).body).toMatchObject({ total, limit: 50, offset: 0 });
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=1000', 'limit'],
      ['limit=ten', 'limit'],
      ['offset=-1', 'offset'],
    ]) {
      const refused = await get(`${path}?${query}`);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ path: field, message: expect.any(String) }]);
    }
  }

  it('pages the users an admin sees, people of the same name in one order', async () => {
    for (let n = 0; n < 4; n += 1) {
      await createPerson(t.db, [{ centreId, role: 'assessor' }], 'Same Name');
    }
    await expectPaged('/api/users', 5);
  });

  it('pages the learners an admin sees, learners of the same name in one order', async () => {
    for (let n = 0; n < 5; n += 1) {
      const created = await request(t.http)
        .post('/api/learners')
        .set('Cookie', admin)
        .send({
          email: `paged-${n}-${centreId.slice(0, 8)}@example.test`,
          displayName: 'Same Name',
          centreId,
          dateOfBirth: '1990-05-17',
          uln: null,
          employer: null,
          priorQualifications: [],
          englishEvidence: [],
          experienceYears: null,
        });
      expect(created.status).toBe(201);
    }
    await expectPaged('/api/learners', 5);
  });

  it('pages the enrolments a person sees, learners of one name starting on one day in one order', async () => {
    const fixture = await enrolmentFixture(t);
    for (let n = 0; n < 5; n += 1) await fixture.enrolLearner();
    await expectPaged('/api/enrolments', 5, fixture.admin);
  });

  it('pages the catalogue, qualifications of one title in one order', async () => {
    // Shared by every test file, so others may add to it meanwhile: the titles here sort first.
    const ids: string[] = [];
    for (let n = 0; n < 3; n += 1) {
      const doc = structuredClone(SEED_QUALIFICATIONS.qualCertL6);
      doc.code = `PG-${randomUUID().slice(0, 8)}`;
      doc.title = 'Aaaa paged catalogue';
      const imported = await request(t.http)
        .post('/api/qualifications/import')
        .set('Cookie', admin)
        .send(doc);
      expect(imported.status).toBe(201);
      ids.push(imported.body.qualificationId as string);
    }
    const get = (url: string) => request(t.http).get(url).set('Cookie', admin);
    const first = await get('/api/qualifications?limit=2&offset=0');
    const second = await get('/api/qualifications?limit=1&offset=2');
    expect(first.body).toMatchObject({ limit: 2, offset: 0 });
    expect(first.body.total).toBeGreaterThanOrEqual(3);
    const walked = [...first.body.items, ...second.body.items].map((q: { id: string }) => q.id);
    expect(walked).toEqual([...ids].sort());
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=1000', 'limit'],
      ['offset=-1', 'offset'],
    ]) {
      const refused = await get(`/api/qualifications?${query}`);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ path: field, message: expect.any(String) }]);
    }
  });

  it('pages a portfolio, filters kept, items of one activity day in one order', async () => {
    const fixture = await enrolmentFixture(t);
    const learner = await fixture.enrolLearner();
    for (let n = 0; n < 5; n += 1) {
      const created = await request(t.http)
        .post(`/api/enrolments/${learner.enrolmentId}/evidence`)
        .set('Cookie', learner.cookie)
        .send({
          method: n < 4 ? 'reflective_account' : 'professional_discussion',
          title: `Reflection ${n}`,
          narrative: '<p>What I did.</p>',
          activityDate: '2026-10-14',
          claims: [{ unit: 'QC28074-1', outcome: '3', criterion: null }],
        });
      expect(created.status).toBe(201);
    }
    const evidence = `/api/enrolments/${learner.enrolmentId}/evidence`;
    await expectPaged(evidence, 5, learner.cookie);
    const filtered = await request(t.http)
      .get(`${evidence}?method=reflective_account&limit=3&offset=3`)
      .set('Cookie', learner.cookie);
    expect(filtered.body).toMatchObject({ total: 4, limit: 3, offset: 3 });
    expect(filtered.body.items).toHaveLength(1);
  });
});
