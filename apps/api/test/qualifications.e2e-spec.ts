import { randomUUID } from 'node:crypto';
import { SEED_QUALIFICATIONS } from '@signoff/catalogue';
import type { QualificationDocument } from '@signoff/contracts';
import request from 'supertest';
import {
  centreRows,
  createCentre,
  createPerson,
  signIn,
  startTestApp,
  type TestApp,
} from './support/test-app';

/** The QualCert L6 seed under a code of its own, so that each test has its own qualification. */
function l6(edit: (doc: QualificationDocument) => void = () => undefined): QualificationDocument {
  const doc = structuredClone(SEED_QUALIFICATIONS.qualCertL6);
  doc.code = `QC-${randomUUID().slice(0, 8)}`;
  edit(doc);
  return doc;
}

describe('qualification catalogue', () => {
  let t: TestApp;
  let admin: string;
  let learner: string;
  let assessor: string;
  let centreId: string;

  beforeAll(async () => {
    t = await startTestApp();
    centreId = await createCentre(t.db);
    admin = await signIn(t.http, await createPerson(t.db, [{ centreId, role: 'admin' }]));
    learner = await signIn(t.http, await createPerson(t.db, [{ centreId, role: 'learner' }]));
    assessor = await signIn(t.http, await createPerson(t.db, [{ centreId, role: 'assessor' }]));
  });
  afterAll(() => t.close());

  const as = (cookie: string) => ({
    get: (url: string) => request(t.http).get(url).set('Cookie', cookie),
    post: (url: string, body?: object) =>
      request(t.http).post(url).set('Cookie', cookie).send(body),
    put: (url: string, body?: object) => request(t.http).put(url).set('Cookie', cookie).send(body),
  });
  // The catalogue is shared: count what this file's centre wrote, and the test's own code.
  const stored = async (code: string | null) => ({
    centre: await centreRows(t.db, centreId),
    qualifications: (
      await t.db.query(`SELECT count(*)::int AS n FROM qualifications WHERE code = $1`, [code])
    )[0].n as number,
  });

  it('imports the QualCert L6 as a draft with no problems, with its units, outcomes and rules in words', async () => {
    const doc = l6();
    const response = await as(admin).post('/api/qualifications/import', doc);
    expect(response.status).toBe(201);
    expect(response.body.version).toMatchObject({
      number: 1,
      status: 'draft',
      problems: [],
      publishedAt: null,
    });
    expect(response.body.version.rulesInWords[0]).toBe('Achieve at least 120 credits in total.');
    const detail = await as(admin).get(`/api/qualifications/${response.body.qualificationId}`);
    expect(detail.body.version.document.units).toHaveLength(6);
    expect(detail.body.version.document.units[3].outcomes[1].title).toBe(
      'Understand models of empowerment and recovery-oriented practice',
    );
  });

  it('refuses a document that breaks the format, naming every problem by path, and stores nothing', async () => {
    const broken = l6((doc) => {
      (doc.units[2] as unknown as { credits: string }).credits = 'twenty';
      (doc as unknown as { colour: string }).colour = 'blue';
      (doc.units[0].outcomes[0] as unknown as { requiredMethods: string[] }).requiredMethods = [
        'telepathy',
      ];
    });
    const before = await stored(broken.code);
    const response = await as(admin).post('/api/qualifications/import', broken);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual([
      'colour',
      'units.0.outcomes.0.requiredMethods.0',
      'units.2.credits',
    ]);
    expect(await stored(broken.code)).toEqual(before);
  });

  it('refuses a body that is not a document at all', async () => {
    const response = await as(admin).post('/api/qualifications/import', [1, 2, 3]);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: '(document)', message: 'must be an object' }]);
  });

  it('refuses to publish while problems remain, then publishes once they are fixed', async () => {
    const doc = l6((d) => (d.units[2].outcomes = []));
    const imported = await as(admin).post('/api/qualifications/import', doc);
    expect(imported.status).toBe(201);
    expect(imported.body.version.problems).toEqual([
      { path: 'units.2.outcomes', message: 'has no learning outcomes' },
    ]);
    const id = imported.body.qualificationId;

    const refused = await as(admin).post(`/api/qualifications/${id}/publish`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('NOT_PUBLISHABLE');
    expect(refused.body.errors).toEqual([
      { path: 'units.2.outcomes', message: 'has no learning outcomes' },
    ]);

    doc.units[2].outcomes = [
      {
        number: '1',
        title: 'Identify and assess risks',
        requiredMethods: ['direct_observation'],
        criteria: [],
      },
    ];
    const saved = await as(admin).put(`/api/qualifications/${id}/draft`, doc);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ number: 1, status: 'draft', problems: [] });

    const published = await as(admin).post(`/api/qualifications/${id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ number: 1, status: 'published', problems: [] });
    expect(published.body.publishedAt).not.toBeNull();
    const actions = await t.db.query(
      `SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY id`,
      [id],
    );
    expect(actions.map((row: { action: string }) => row.action)).toEqual([
      'qualification.imported',
      'qualification.draft_saved',
      'qualification.published',
    ]);
  });

  describe('a published version', () => {
    let id: string;
    let doc: QualificationDocument;

    beforeAll(async () => {
      doc = l6();
      id = (await as(admin).post('/api/qualifications/import', doc)).body.qualificationId;
      expect((await as(admin).post(`/api/qualifications/${id}/publish`)).status).toBe(200);
    });

    it('cannot be changed: editing makes version 2 as a draft and leaves version 1 as it was', async () => {
      const edited = structuredClone(doc);
      edited.title = 'QualCert Level 6 Diploma in Mental Health Management (2027)';
      const saved = await as(admin).put(`/api/qualifications/${id}/draft`, edited);
      expect(saved.body).toMatchObject({ number: 2, status: 'draft' });
      const v1 = await as(admin).get(`/api/qualifications/${id}?version=1`);
      expect(v1.body.version).toMatchObject({ number: 1, status: 'published' });
      expect(v1.body.version.document.title).toBe(doc.title);
      expect(
        v1.body.versions.map((v: { number: number; status: string }) => [v.number, v.status]),
      ).toEqual([
        [2, 'draft'],
        [1, 'published'],
      ]);
    });

    it('cannot be changed or removed in the database either', async () => {
      const [row] = await t.db.query(
        `SELECT id FROM qualification_versions WHERE qualification_id = $1 AND number = 1`,
        [id],
      );
      await expect(
        t.db.query(`UPDATE qualification_versions SET document = '{}' WHERE id = $1`, [row.id]),
      ).rejects.toThrow(/immutable/);
      await expect(
        t.db.query(`DELETE FROM qualification_versions WHERE id = $1`, [row.id]),
      ).rejects.toThrow(/immutable/);
    });

    it('a second import of the same qualification becomes its draft, not a second qualification', async () => {
      const again = await as(admin).post('/api/qualifications/import', {
        ...doc,
        code: doc.code?.toLowerCase(),
      });
      expect(again.status).toBe(201);
      expect(again.body.qualificationId).toBe(id);
      expect(again.body.version.number).toBe(2);
    });

    it('is what other roles read; drafts are hidden from them, and only admins may edit', async () => {
      const seen = await as(learner).get(`/api/qualifications/${id}`);
      expect(seen.status).toBe(200);
      expect(seen.body.version).toMatchObject({ number: 1, status: 'published' });
      expect(seen.body.versions).toHaveLength(1);
      expect(seen.body.can).toEqual({ edit: false });
      expect((await as(learner).get(`/api/qualifications/${id}?version=2`)).status).toBe(404);
      const adminSees = await as(admin).get(`/api/qualifications/${id}`);
      expect(adminSees.body.version.status).toBe('draft');
      expect(adminSees.body.can).toEqual({ edit: true });
    });

    it('evaluates a unit choice against the newest published version', async () => {
      const references = doc.units.map((unit) => unit.reference as string);
      const full = await as(learner).post(`/api/qualifications/${id}/evaluate`, {
        pathway: null,
        units: references,
      });
      expect(full.status).toBe(200);
      expect(full.body).toMatchObject({ satisfied: true, totalCredits: 120 });
      const short = await as(learner).post(`/api/qualifications/${id}/evaluate`, {
        pathway: null,
        units: references.slice(0, 5),
      });
      expect(short.body.shortfalls).toEqual([
        `Mandatory units: unit ${references[5]} (Multi-agency Collaboration and Partnership) missing`,
        'Total: 100 of 120 credits',
      ]);
      const bad = await as(learner).post(`/api/qualifications/${id}/evaluate`, { units: 'all' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((error: { path: string }) => error.path)).toEqual([
        'pathway',
        'units',
      ]);
    });
  });

  it('lists drafts for admins only', async () => {
    const draftOnly = (await as(admin).post('/api/qualifications/import', l6())).body
      .qualificationId;
    // The catalogue is shared by every test file: read it to the end.
    const everyPage = async (cookie: string) => {
      const items: { id: string; draftVersion: number | null }[] = [];
      for (;;) {
        const page = await as(cookie).get(`/api/qualifications?limit=200&offset=${items.length}`);
        items.push(...page.body.items);
        if (page.body.items.length === 0 || items.length >= page.body.total) break;
      }
      return { body: items };
    };
    const forAdmin = await everyPage(admin);
    const forLearner = await everyPage(learner);
    expect(forAdmin.body.map((q: { id: string }) => q.id)).toContain(draftOnly);
    expect(forLearner.body.map((q: { id: string }) => q.id)).not.toContain(draftOnly);
    expect((await as(learner).get(`/api/qualifications/${draftOnly}`)).status).toBe(404);
    expect(
      forLearner.body.every((q: { draftVersion: number | null }) => q.draftVersion === null),
    ).toBe(true);
  });

  it.each([
    ['learner', () => learner],
    ['assessor', () => assessor],
  ])(
    'refuses a %s importing, editing or publishing (403) and stores nothing',
    async (_role, cookie) => {
      const doc = l6();
      const before = await stored(doc.code);
      expect((await as(cookie()).post('/api/qualifications/import', doc)).status).toBe(403);
      const existing = (await as(admin).get('/api/qualifications')).body.items[0].id;
      expect((await as(cookie()).put(`/api/qualifications/${existing}/draft`, l6())).status).toBe(
        403,
      );
      expect((await as(cookie()).post(`/api/qualifications/${existing}/publish`)).status).toBe(403);
      expect(await stored(doc.code)).toEqual(before);
    },
  );

  it('answers 404 for a qualification that does not exist', async () => {
    expect((await as(admin).get(`/api/qualifications/${randomUUID()}`)).status).toBe(404);
    expect((await as(admin).get('/api/qualifications/nonsense')).status).toBe(404);
    expect((await as(admin).post(`/api/qualifications/${randomUUID()}/publish`)).status).toBe(404);
    expect((await as(admin).put(`/api/qualifications/${randomUUID()}/draft`, l6())).status).toBe(
      404,
    );
  });

  it('refuses to publish when there is no draft (409)', async () => {
    const id = (await as(admin).post('/api/qualifications/import', l6())).body.qualificationId;
    await as(admin).post(`/api/qualifications/${id}/publish`);
    const again = await as(admin).post(`/api/qualifications/${id}/publish`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CONFLICT');
  });

  it('refuses a draft whose code collides with another qualification (409)', async () => {
    const first = l6();
    await as(admin).post('/api/qualifications/import', first);
    const secondId = (await as(admin).post('/api/qualifications/import', l6())).body
      .qualificationId;
    const response = await as(admin).put(`/api/qualifications/${secondId}/draft`, {
      ...l6(),
      code: first.code,
    });
    expect(response.status).toBe(409);
    expect(response.body.errors).toEqual([
      { path: 'code', message: 'is already used by another qualification of this awarding body' },
    ]);
  });

  it('imports the seed drafts with their problems as warnings', async () => {
    const response = await as(admin).post('/api/qualifications/import', {
      ...SEED_QUALIFICATIONS.leadershipL5,
      title: `L5 ${randomUUID()}`,
    });
    expect(response.status).toBe(201);
    expect(response.body.version.status).toBe('draft');
    expect(response.body.version.problems.length).toBeGreaterThan(5);
    expect(response.body.version.rulesInWords).toContain(
      "Include unit F/504/2218 Understand Professional Management and Leadership in Health and Social Care or Children and Young People's Settings, whatever the choice.",
    );
  });
});
