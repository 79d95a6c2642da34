import { randomInt, randomUUID } from 'node:crypto';
import { SEED_QUALIFICATIONS } from '@signoff/catalogue';
import request from 'supertest';
import { enrolmentFixture } from './support/enrolment-fixture';
import {
  createCentre,
  createPerson,
  signIn,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
  type TestPerson,
} from './support/test-app';

/**
 * Every list searches, filters and sorts on the server: `?q=` folds case and accents, filters
 * combine and only ever narrow what the person may see, `?sort=` orders the whole list (the same
 * on every page), and a bad value is refused naming the parameter.
 */
describe('searched, filtered and sorted lists', () => {
  let t: TestApp;
  let centreId: string;
  let otherCentreId: string;
  let admin: string;
  let otherAdmin: string;
  let qualificationId: string;
  let qualificationCode: string;
  let priya: TestPerson;
  let omer: TestPerson;
  let grace: TestPerson;
  let hana: TestPerson;
  let stranger: TestPerson;
  const enrolments: Record<'zoe' | 'chloe' | 'mark' | 'elsewhere', string> = {
    zoe: '',
    chloe: '',
    mark: '',
    elsewhere: '',
  };
  const ulns: Record<'zoe' | 'chloe' | 'mark', string> = {
    zoe: tenDigits(),
    chloe: tenDigits(),
    mark: tenDigits(),
  };

  function tenDigits(): string {
    return String(randomInt(1_000_000_000, 9_999_999_999));
  }

  const get = (url: string, cookie = admin) => request(t.http).get(url).set('Cookie', cookie);

  async function importQualification(cookie: string, title: string): Promise<[string, string]> {
    const doc = structuredClone(SEED_QUALIFICATIONS.qualCertL6);
    doc.code = `LS-${randomUUID().slice(0, 8)}`;
    doc.title = title;
    const imported = await request(t.http)
      .post('/api/qualifications/import')
      .set('Cookie', cookie)
      .send(doc);
    expect(imported.status).toBe(201);
    const id = imported.body.qualificationId as string;
    await request(t.http).post(`/api/qualifications/${id}/publish`).set('Cookie', cookie);
    return [id, doc.code];
  }

  async function enrol(
    cookie: string,
    centre: string,
    learner: { name: string; uln: string | null; born: string },
    staff: { assessor: TestPerson; iqa: TestPerson },
    qualification: string,
  ): Promise<string> {
    const created = await request(t.http)
      .post('/api/learners')
      .set('Cookie', cookie)
      .send({
        email: `lists-${randomUUID().slice(0, 8)}@example.test`,
        displayName: learner.name,
        centreId: centre,
        dateOfBirth: learner.born,
        uln: learner.uln,
        employer: null,
        priorQualifications: [
          { title: 'Level 5 Diploma', level: 5, subject: 'Health and social care', year: 2020 },
        ],
        englishEvidence: [
          { test: 'ielts_academic', overall: 7, lowestBand: 6.5, proofLocation: null },
        ],
        experienceYears: 3,
      });
    expect(created.status).toBe(201);
    const enrolment = await request(t.http).post('/api/enrolments').set('Cookie', cookie).send({
      learnerId: created.body.learner.id,
      qualificationId: qualification,
      pathway: null,
      startDate: '2026-09-01',
      plannedEndDate: '2027-08-31',
      registrationNumber: null,
      assessorId: staff.assessor.id,
      iqaId: staff.iqa.id,
      overrideReason: null,
    });
    expect(enrolment.status).toBe(201);
    return enrolment.body.id as string;
  }

  beforeAll(async () => {
    t = await startTestApp();
    centreId = await createCentre(t.db);
    otherCentreId = await createCentre(t.db);
    admin = await signIn(t.http, await createPerson(t.db, [{ centreId, role: 'admin' }]));
    otherAdmin = await signIn(
      t.http,
      await createPerson(t.db, [{ centreId: otherCentreId, role: 'admin' }]),
    );
    priya = await createPerson(t.db, [{ centreId, role: 'assessor' }], 'Priya Assessor');
    omer = await createPerson(t.db, [{ centreId, role: 'assessor' }], 'Ömer Assessor');
    grace = await createPerson(t.db, [{ centreId, role: 'iqa' }], 'Grace Verifier');
    hana = await createPerson(t.db, [{ centreId, role: 'iqa' }], 'Hana Verifier');
    stranger = await createPerson(t.db, [{ centreId: otherCentreId, role: 'assessor' }], 'Zoë');
    const otherIqa = await createPerson(t.db, [{ centreId: otherCentreId, role: 'iqa' }]);
    [qualificationId, qualificationCode] = await importQualification(admin, 'Lists Certificate');

    enrolments.zoe = await enrol(
      admin,
      centreId,
      { name: 'Zoë Ångström', uln: ulns.zoe, born: '1990-01-01' },
      { assessor: priya, iqa: grace },
      qualificationId,
    );
    enrolments.chloe = await enrol(
      admin,
      centreId,
      { name: 'Chloé Brown', uln: ulns.chloe, born: '1985-06-30' },
      { assessor: omer, iqa: grace },
      qualificationId,
    );
    enrolments.mark = await enrol(
      admin,
      centreId,
      { name: 'Mark Smith', uln: ulns.mark, born: '2000-12-31' },
      { assessor: priya, iqa: hana },
      qualificationId,
    );
    const paused = await request(t.http)
      .post(`/api/enrolments/${enrolments.mark}/status`)
      .set('Cookie', admin)
      .send({ status: 'break_in_learning', note: 'Time away' });
    expect(paused.status).toBe(200);
    const [otherQualification] = await importQualification(otherAdmin, 'Lists Elsewhere');
    enrolments.elsewhere = await enrol(
      otherAdmin,
      otherCentreId,
      { name: 'Zoë Elsewhere', uln: null, born: '1990-01-01' },
      { assessor: stranger, iqa: otherIqa },
      otherQualification,
    );
  });
  afterAll(() => t.close());

  function ids(response: request.Response): string[] {
    expect(response.status).toBe(200);
    return response.body.items.map((item: { id: string }) => item.id);
  }

  function learnerNames(response: request.Response): string[] {
    expect(response.status).toBe(200);
    return response.body.items.map(
      (item: { learner: { displayName: string } }) => item.learner.displayName,
    );
  }

  async function expectRefused(url: string, parameter: string, cookie = admin) {
    const refused = await get(url, cookie);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ path: parameter, message: expect.any(String) }]);
  }

  /** The whole list in one request, and walked a row at a time, in the same order. */
  async function expectSameOnEveryPage(url: string, cookie = admin): Promise<string[]> {
    const whole = ids(await get(`${url}&limit=200`, cookie));
    const walked: string[] = [];
    for (let offset = 0; offset < whole.length; offset += 1)
      walked.push(...ids(await get(`${url}&limit=1&offset=${offset}`, cookie)));
    expect(walked).toEqual(whole);
    return whole;
  }

  describe('enrolments', () => {
    it('finds a learner whatever the case and accents typed, and the total says so', async () => {
      for (const q of ['zoe', 'ZOË', 'zoe angstrom', 'Zoe\u0308', 'ångström zoë']) {
        const found = await get(`/api/enrolments?q=${encodeURIComponent(q)}`);
        expect(ids(found)).toEqual([enrolments.zoe]);
        expect(found.body.total).toBe(1);
      }
      expect(learnerNames(await get('/api/enrolments?q=chloe'))).toEqual(['Chloé Brown']);
    });

    it('finds by assessor, IQA and qualification title, every word somewhere', async () => {
      expect(ids(await get('/api/enrolments?q=omer'))).toEqual([enrolments.chloe]);
      expect(ids(await get('/api/enrolments?q=hana'))).toEqual([enrolments.mark]);
      expect(ids(await get('/api/enrolments?q=priya%20smith'))).toEqual([enrolments.mark]);
      expect(ids(await get('/api/enrolments?q=lists%20certificate')).sort()).toEqual(
        [enrolments.zoe, enrolments.chloe, enrolments.mark].sort(),
      );
      expect((await get('/api/enrolments?q=nobody%20here')).body).toMatchObject({
        items: [],
        total: 0,
      });
    });

    it('combines filters, and a search with them', async () => {
      expect(ids(await get(`/api/enrolments?assessor=${priya.id}&iqa=${hana.id}`))).toEqual([
        enrolments.mark,
      ]);
      expect(ids(await get(`/api/enrolments?assessor=${priya.id}&status=active`))).toEqual([
        enrolments.zoe,
      ]);
      expect(ids(await get(`/api/enrolments?iqa=${grace.id}&q=brown`))).toEqual([enrolments.chloe]);
      expect(
        ids(await get(`/api/enrolments?qualification=${qualificationId}&status=break_in_learning`)),
      ).toEqual([enrolments.mark]);
    });

    it('lists the asking person’s own caseload and sampling with ?mine=', async () => {
      const asPriya = await signIn(t.http, { email: priya.email, password: TEST_PASSWORD });
      const asGrace = await signIn(t.http, { email: grace.email, password: TEST_PASSWORD });
      expect(ids(await get('/api/enrolments?mine=assessor&sort=learner', asPriya))).toEqual([
        enrolments.mark,
        enrolments.zoe,
      ]);
      expect(ids(await get('/api/enrolments?mine=iqa&sort=learner', asGrace))).toEqual([
        enrolments.chloe,
        enrolments.zoe,
      ]);
      expect((await get('/api/enrolments?mine=iqa', asPriya)).body.total).toBe(0);
      // An admin who assesses nothing has no caseload, though they see every enrolment.
      expect((await get('/api/enrolments?mine=assessor')).body.total).toBe(0);
    });

    it('never reveals through a filter what the person may not see', async () => {
      const asPriya = await signIn(t.http, { email: priya.email, password: TEST_PASSWORD });
      // Another assessor's enrolments stay out of Priya's sight, filter or not.
      expect((await get(`/api/enrolments?assessor=${omer.id}`, asPriya)).body.total).toBe(0);
      expect((await get('/api/enrolments?q=chloe', asPriya)).body.total).toBe(0);
      // Another centre's, named by its assessor or searched by name, stay out of an admin's.
      expect((await get(`/api/enrolments?assessor=${stranger.id}`)).body.total).toBe(0);
      expect(ids(await get('/api/enrolments?q=elsewhere', otherAdmin))).toEqual([
        enrolments.elsewhere,
      ]);
      expect((await get('/api/enrolments?q=elsewhere')).body.total).toBe(0);
    });

    it('sorts by the field asked, either way, the same on every page', async () => {
      expect(learnerNames(await get('/api/enrolments?sort=learner&direction=desc'))).toEqual([
        'Zoë Ångström',
        'Mark Smith',
        'Chloé Brown',
      ]);
      expect(learnerNames(await get('/api/enrolments?sort=iqa'))).toEqual([
        'Chloé Brown', // Grace's, by learner
        'Zoë Ångström',
        'Mark Smith', // Hana's
      ]);
      const byStatus = await expectSameOnEveryPage('/api/enrolments?sort=status&direction=desc');
      expect(byStatus[0]).toBe(enrolments.mark);
      await expectSameOnEveryPage('/api/enrolments?sort=startDate');
    });

    it('refuses a bad sort, direction or filter, naming the parameter', async () => {
      await expectRefused('/api/enrolments?sort=password', 'sort');
      await expectRefused('/api/enrolments?sort=learner&direction=up', 'direction');
      await expectRefused('/api/enrolments?status=finished', 'status');
      await expectRefused('/api/enrolments?assessor=priya', 'assessor');
      await expectRefused('/api/enrolments?mine=eqa', 'mine');
      await expectRefused(`/api/enrolments?q=${'a'.repeat(101)}`, 'q');
      await expectRefused('/api/enrolments?q=a&q=b', 'q');
    });
  });

  describe('learners', () => {
    it('finds a learner by name (accents folded), email or ULN', async () => {
      const names = (response: request.Response) =>
        response.body.items.map((item: { displayName: string }) => item.displayName);
      expect(names(await get('/api/learners?q=zoe'))).toEqual(['Zoë Ångström']);
      expect(names(await get('/api/learners?q=CHLOE%20brown'))).toEqual(['Chloé Brown']);
      expect(names(await get(`/api/learners?q=${ulns.mark}`))).toEqual(['Mark Smith']);
      expect(names(await get('/api/learners?q=lists-'))).toHaveLength(3);
      // LIKE's wildcards typed in a search are only themselves.
      expect((await get('/api/learners?q=%25')).body.total).toBe(0);
      expect((await get('/api/learners?q=_')).body.total).toBe(0);
    });

    it('filters by a centre the admin runs, and another centre shows no one', async () => {
      expect((await get(`/api/learners?centre=${centreId}`)).body.total).toBe(3);
      expect((await get(`/api/learners?centre=${otherCentreId}`)).body.total).toBe(0);
    });

    it('sorts by date of birth either way, the same on every page', async () => {
      const oldestFirst = await expectSameOnEveryPage('/api/learners?sort=dateOfBirth');
      const youngestFirst = await expectSameOnEveryPage(
        '/api/learners?sort=dateOfBirth&direction=desc',
      );
      expect(youngestFirst).toEqual([...oldestFirst].reverse());
      await expectRefused('/api/learners?sort=passwordHash', 'sort');
      await expectRefused('/api/learners?centre=main', 'centre');
    });
  });

  describe('users', () => {
    it('finds people by name and email and narrows by role', async () => {
      const names = (response: request.Response) =>
        response.body.items.map((item: { displayName: string }) => item.displayName);
      expect(names(await get('/api/users?q=omer'))).toEqual(['Ömer Assessor']);
      expect(names(await get('/api/users?role=assessor')).sort()).toEqual(
        ['Ömer Assessor', 'Priya Assessor'].sort(),
      );
      expect(names(await get('/api/users?role=iqa&q=hana'))).toEqual(['Hana Verifier']);
      expect(names(await get(`/api/users?role=learner&centre=${centreId}&q=zoe`))).toEqual([
        'Zoë Ångström',
      ]);
    });

    it('shows no one of a centre the admin does not run, nor by role there', async () => {
      // The other centre has its own Zoë (an assessor): not for this admin to see.
      expect((await get('/api/users?q=zoe&role=assessor')).body.total).toBe(0);
      expect((await get(`/api/users?centre=${otherCentreId}`)).body.total).toBe(0);
      expect((await get(`/api/users?role=assessor&centre=${otherCentreId}`)).body.total).toBe(0);
    });

    it('sorts by when the account was made, the same on every page', async () => {
      const newestFirst = await expectSameOnEveryPage('/api/users?sort=createdAt&direction=desc');
      expect(newestFirst).toHaveLength(8); // the admin, four staff, three learners
      await expectRefused('/api/users?role=boss', 'role');
      await expectRefused('/api/users?sort=email&direction=sideways', 'direction');
    });
  });

  describe('qualifications', () => {
    it('finds by title or code, case folded, and sorts by code', async () => {
      expect(ids(await get(`/api/qualifications?q=${qualificationCode.toLowerCase()}`))).toEqual([
        qualificationId,
      ]);
      const titled = await get('/api/qualifications?q=LISTS%20certificate');
      expect(ids(titled)).toEqual([qualificationId]);
      // Another centre's admin imported "Lists Elsewhere": the catalogue is shared.
      const both = await get('/api/qualifications?q=lists&sort=title&direction=desc');
      expect(both.body.items.map((item: { title: string }) => item.title)).toEqual([
        'Lists Elsewhere',
        'Lists Certificate',
      ]);
      await expectSameOnEveryPage('/api/qualifications?sort=code');
      await expectRefused('/api/qualifications?sort=document', 'sort');
    });
  });

  describe('names in the order people expect', () => {
    // By code point, "Ö" comes after every unaccented letter: Nina, Zara, Ömer.
    const EXPECTED = ['Nina', 'Ömer', 'Zara'];
    const firstNames = (names: string[]) => names.map((name) => name.split(' ')[0]);
    let namesCentre: string;
    let namesAdmin: string;

    beforeAll(async () => {
      namesCentre = await createCentre(t.db);
      namesAdmin = await signIn(
        t.http,
        await createPerson(t.db, [{ centreId: namesCentre, role: 'admin' }]),
      );
      const assessors = [];
      for (const name of ['Zara Assessor', 'Ömer Assessor', 'Nina Assessor'])
        assessors.push(
          await createPerson(t.db, [{ centreId: namesCentre, role: 'assessor' }], name),
        );
      const iqa = await createPerson(t.db, [{ centreId: namesCentre, role: 'iqa' }]);
      for (const [index, name] of ['Zara Quinn', 'Ömer Yılmaz', 'Nina Patel'].entries())
        await enrol(
          namesAdmin,
          namesCentre,
          { name, uln: null, born: '1990-01-01' },
          { assessor: assessors[index] as TestPerson, iqa },
          qualificationId,
        );
      for (const title of ['Names Zara Award', 'Names Ömer Award', 'Names Nina Award'])
        await importQualification(namesAdmin, title);
    });

    const listed = async (url: string, name: (item: never) => string) => {
      const response = await get(url, namesAdmin);
      expect(response.status).toBe(200);
      return firstNames(response.body.items.map(name));
    };
    const displayName = (item: { displayName: string }) => item.displayName;

    it('lists people by name with "Ömer" between "Nina" and "Zara", either way', async () => {
      const staff = `/api/users?centre=${namesCentre}&role=assessor`;
      expect(await listed(staff, displayName)).toEqual(EXPECTED);
      expect(await listed(`${staff}&sort=name&direction=desc`, displayName)).toEqual(
        [...EXPECTED].reverse(),
      );
      expect(await listed(`/api/learners?centre=${namesCentre}`, displayName)).toEqual(EXPECTED);
      expect(await listed(`/api/learners?centre=${namesCentre}&sort=name`, displayName)).toEqual(
        EXPECTED,
      );
    });

    it('lists enrolments by learner and by assessor, and qualifications by title, the same way', async () => {
      const learner = (item: { learner: { displayName: string } }) => item.learner.displayName;
      const assessor = (item: { assessor: { displayName: string } }) => item.assessor.displayName;
      expect(await listed('/api/enrolments', learner)).toEqual(EXPECTED);
      expect(await listed('/api/enrolments?sort=assessor', assessor)).toEqual(EXPECTED);
      const title = (item: { title: string }) => item.title.replace(/^Names /, '');
      expect(await listed('/api/qualifications?q=names%20award', title)).toEqual(EXPECTED);
      expect(
        await listed('/api/qualifications?q=names%20award&sort=title&direction=desc', title),
      ).toEqual([...EXPECTED].reverse());
    });
  });

  describe('evidence and failed jobs', () => {
    it('sorts a portfolio by title either way, and refuses another field', async () => {
      const fixture = await enrolmentFixture(t);
      const learner = await fixture.enrolLearner();
      const evidence = `/api/enrolments/${learner.enrolmentId}/evidence`;
      for (const title of ['Zara’s ward round', 'Nina’s handover', 'Ömer’s care plan']) {
        const created = await request(t.http).post(evidence).set('Cookie', learner.cookie).send({
          method: 'reflective_account',
          title,
          narrative: '<p>What I did.</p>',
          activityDate: '2026-10-14',
          claims: [],
        });
        expect(created.status).toBe(201);
      }
      const titles = (response: request.Response) =>
        response.body.items.map((item: { title: string }) => item.title);
      // As people expect names sorted: "Ö" beside "O", not after "Z".
      expect(titles(await get(`${evidence}?sort=title`, learner.cookie))).toEqual([
        'Nina’s handover',
        'Ömer’s care plan',
        'Zara’s ward round',
      ]);
      expect(titles(await get(`${evidence}?sort=title&direction=desc`, learner.cookie))).toEqual([
        'Zara’s ward round',
        'Ömer’s care plan',
        'Nina’s handover',
      ]);
      await expectRefused(`${evidence}?sort=narrative`, 'sort', learner.cookie);
      await expectRefused(`${evidence}?q=anything`, 'q', learner.cookie);
    });

    it('sorts failed jobs by name, and refuses a bad direction', async () => {
      expect((await get('/api/jobs/failed?sort=name&direction=asc')).status).toBe(200);
      await expectRefused('/api/jobs/failed?sort=name&direction=downwards', 'direction');
      await expectRefused('/api/jobs/failed?sort=output', 'sort');
    });
  });
});
