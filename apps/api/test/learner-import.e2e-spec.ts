import { randomUUID } from 'node:crypto';
import { SEED_QUALIFICATIONS } from '@signoff/catalogue';
import {
  LEARNER_IMPORT_COLUMNS,
  LEARNER_IMPORT_LIMITS,
  RAW_VALIDATOR_PHRASES,
} from '@signoff/contracts';
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

const HEADER = Object.keys(LEARNER_IMPORT_COLUMNS);

describe('bulk import of learners and enrolments (CSV)', () => {
  let t: TestApp;
  let admin: string;
  let assessor: TestPerson;
  let iqa: TestPerson;
  let code: string;
  let centreId: string;

  beforeAll(async () => {
    t = await startTestApp();
    centreId = await createCentre(t.db);
    admin = await signIn(t.http, await createPerson(t.db, [{ centreId, role: 'admin' }]));
    assessor = await createPerson(t.db, [{ centreId, role: 'assessor' }]);
    iqa = await createPerson(t.db, [{ centreId, role: 'iqa' }]);
    code = `QC-${randomUUID().slice(0, 8)}`;
    const id = (
      await request(t.http)
        .post('/api/qualifications/import')
        .set('Cookie', admin)
        .send({ ...SEED_QUALIFICATIONS.qualCertL6, code })
    ).body.qualificationId;
    await request(t.http).post(`/api/qualifications/${id}/publish`).set('Cookie', admin);
  });
  afterAll(() => t.close());

  /** A CSV row from the columns given; the rest left blank. */
  function row(values: Partial<Record<string, string>>): string {
    return HEADER.map((column) => {
      const value = values[column] ?? '';
      return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    }).join(',');
  }
  const learnerRow = (extra: Partial<Record<string, string>> = {}) =>
    row({
      email: `csv-${randomUUID().slice(0, 8)}@example.test`,
      display_name: 'Ellis, Jordan',
      date_of_birth: '1990-05-17',
      prior_qualification_title: 'Level 5 Diploma in Health and Social Care',
      prior_qualification_level: '5',
      prior_qualification_subject: 'Health and social care',
      english_test: 'ielts_academic',
      english_result: '6.5',
      english_lowest_band: '6.0',
      english_proof_location: 'learner file',
      experience_years: '2',
      qualification_code: code,
      start_date: '2026-09-01',
      planned_end_date: '2027-08-31',
      assessor_email: assessor.email,
      iqa_email: iqa.email,
      ...extra,
    });
  const upload = (csv: string) =>
    request(t.http)
      .post('/api/learners/import')
      .set('Cookie', admin)
      .set('Content-Type', 'text/csv')
      .send(csv);
  const counts = () => centreRows(t.db, centreId);

  it('imports every row, with enrolments, and returns a password link for each learner', async () => {
    const csv = [
      HEADER.join(','),
      learnerRow(),
      learnerRow({
        qualification_code: '',
        start_date: '',
        planned_end_date: '',
        assessor_email: '',
        iqa_email: '',
      }),
    ].join('\r\n');
    const before = await counts();
    const response = await upload(csv);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ learners: 2, enrolments: 1 });
    expect(response.body.passwordLinks).toHaveLength(2);
    const after = await counts();
    expect([after.learners - before.learners, after.enrolments - before.enrolments]).toEqual([
      2, 1,
    ]);
    const [learner] = await t.db.query(`SELECT u.display_name FROM users u WHERE u.email = $1`, [
      response.body.passwordLinks[0].email,
    ]);
    expect(learner.display_name).toBe('Ellis, Jordan');
  });

  it('stores nothing when one row is bad, and names each problem by line and column', async () => {
    const csv = [
      HEADER.join(','),
      learnerRow(),
      learnerRow({ date_of_birth: '17/05/1990', uln: '123' }),
      learnerRow(),
      learnerRow({ date_of_birth: '2007-09-02' }),
      learnerRow({ assessor_email: 'nobody@example.test', english_result: 'good' }),
    ].join('\n');
    const before = await counts();
    const response = await upload(csv);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      {
        path: 'lines.3.date_of_birth',
        message: 'must be a real date, written YYYY-MM-DD (for example 2026-09-01)',
      },
      { path: 'lines.3.uln', message: 'must be ten digits' },
      {
        path: 'lines.5.override_reason',
        message:
          'must give the reason for enrolling although an entry requirement is not met (At least 19 years old on the start date: 18 years old on 2026-09-01)',
      },
      { path: 'lines.6.english_result', message: expect.stringMatching(/number/) },
      {
        path: 'lines.6.assessor_email',
        message: expect.stringMatching(/^has no account at this centre: /),
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses enrolment dates that are not on the calendar, storing nothing', async () => {
    const before = await counts();
    const response = await upload(
      [
        HEADER.join(','),
        learnerRow({ start_date: '2026-02-31', planned_end_date: '0000-01-01' }),
      ].join('\n'),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { path: 'lines.2.start_date', message: expect.stringContaining('real date') },
      { path: 'lines.2.planned_end_date', message: expect.stringContaining('real date') },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('words each problem for the person fixing the file, never in the validator’s terms', async () => {
    const response = await upload(
      [
        HEADER.join(','),
        learnerRow({
          display_name: '',
          experience_years: '-1',
          prior_qualification_level: '12',
          english_result: 'good',
          employer_organisation: 'x'.repeat(201),
        }),
      ].join('\n'),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'lines.2.display_name', message: 'must be filled in' },
        { path: 'lines.2.experience_years', message: 'must be 0 or more' },
        { path: 'lines.2.prior_qualification_level', message: 'must be 8 or less' },
        { path: 'lines.2.english_result', message: 'must be a number' },
        { path: 'lines.2.employer_organisation', message: 'must be at most 200 characters long' },
      ]),
    );
    const raw = response.body.errors.filter((error: { message: string }) =>
      RAW_VALIDATOR_PHRASES.some((phrase) => phrase.test(error.message)),
    );
    expect(raw).toEqual([]);
  });

  it('names duplicates within the file and emails that already have an account', async () => {
    const email = `dup-${randomUUID().slice(0, 8)}@example.test`;
    const response = await upload(
      [
        HEADER.join(','),
        learnerRow({ email }),
        learnerRow({ email }),
        learnerRow({ email: assessor.email }),
      ].join('\n'),
    );
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'lines.3.email', message: 'repeats line 2: keep one row per learner' },
        {
          path: 'lines.4.email',
          message: 'already has an account at this centre: leave this learner out of the file',
        },
      ]),
    );
  });

  it('refuses an unknown column, a short row and a broken quote', async () => {
    const unknown = await upload(`${HEADER.join(',')},favourite_colour\n${learnerRow()},blue`);
    expect(unknown.body.errors).toEqual([
      {
        path: 'lines.1.favourite_colour',
        message: expect.stringMatching(/^is not a column of the import/),
      },
    ]);
    const short = await upload(`${HEADER.join(',')}\na,b,c`);
    expect(short.body.errors).toEqual([
      {
        path: 'lines.2',
        message: expect.stringContaining(`has 3 values but the header row has ${HEADER.length}`),
      },
    ]);
    const quote = await upload(`${HEADER.join(',')}\n"unclosed,`);
    expect(quote.body.errors).toEqual([
      { path: 'lines.2', message: expect.stringMatching(/double quote is never closed/) },
    ]);
  });

  it('accepts an override reason for an unmet requirement', async () => {
    const response = await upload(
      [
        HEADER.join(','),
        learnerRow({
          date_of_birth: '2007-09-02',
          override_reason: 'Turns 19 in the first week; approved by the centre manager.',
        }),
      ].join('\n'),
    );
    expect(response.status).toBe(201);
    expect(response.body.enrolments).toBe(1);
  });

  /** One learner as the add-a-learner form sends it: the same person as `learnerRow()`. */
  const learnerBody = (extra: object) => ({
    email: `json-${randomUUID().slice(0, 8)}@example.test`,
    centreId,
    displayName: 'Jordan Ellis',
    dateOfBirth: '1990-05-17',
    uln: null,
    employer: null,
    priorQualifications: [
      { title: 'Level 5 Diploma', level: 5, subject: 'Health and social care', year: null },
    ],
    englishEvidence: [
      { test: 'ielts_academic', overall: 6.5, lowestBand: 6, proofLocation: 'learner file' },
    ],
    experienceYears: 2,
    ...extra,
  });
  const english = (result: object) => ({
    englishEvidence: [{ ...result, proofLocation: null }],
  });

  it.each([
    ['a day not on the calendar', { dateOfBirth: '2001-02-31' }, { date_of_birth: '2001-02-31' }],
    ['a short ULN', { uln: '12345' }, { uln: '12345' }],
    [
      'a prior qualification above level 8',
      { priorQualifications: [{ title: 'MPhil', level: 9, subject: null, year: null }] },
      { prior_qualification_level: '9' },
    ],
    [
      'an employer contact that is no email address',
      {
        employer: {
          organisation: 'Northfield Care',
          workplace: null,
          contactName: null,
          contactEmail: 'sam at northfield',
        },
      },
      { employer_organisation: 'Northfield Care', employer_contact_email: 'sam at northfield' },
    ],
    [
      'an IELTS band that is not a whole or half band',
      english({ test: 'ielts_academic', overall: 6.7, lowestBand: 6 }),
      { english_result: '6.7', english_lowest_band: '6' },
    ],
    [
      'an IELTS lowest band above the overall band',
      english({ test: 'ielts_academic', overall: 6, lowestBand: 6.5 }),
      { english_result: '6', english_lowest_band: '6.5' },
    ],
    [
      'a PTE score above 90',
      english({ test: 'pte_academic', score: 95 }),
      { english_test: 'pte_academic', english_result: '95', english_lowest_band: '' },
    ],
    [
      'a TOEFL score that is not whole',
      english({ test: 'toefl_ibt', score: 90.5 }),
      { english_test: 'toefl_ibt', english_result: '90.5', english_lowest_band: '' },
    ],
    [
      'a Cambridge grade that does not exist',
      english({ test: 'cambridge_b2_first', grade: 'D' }),
      { english_test: 'cambridge_b2_first', english_result: 'D', english_lowest_band: '' },
    ],
    [
      'a test that is not on the list',
      english({ test: 'duolingo', score: 120 }),
      { english_test: 'duolingo', english_result: '120', english_lowest_band: '' },
    ],
  ])(
    'gives %s the same words by the form and by the file, and stores neither',
    async (_case, body, columns) => {
      const before = await counts();
      const byForm = await request(t.http)
        .post('/api/learners')
        .set('Cookie', admin)
        .send(learnerBody(body));
      const byFile = await upload([HEADER.join(','), learnerRow(columns)].join('\n'));
      expect([byForm.status, byFile.status]).toEqual([400, 400]);
      expect(byForm.body.errors).toHaveLength(1);
      // The file names the problem by its line and column, with the form's words.
      expect(byFile.body.errors).toEqual([
        {
          path: expect.stringMatching(
            new RegExp(`^lines\\.2\\.(${Object.keys(columns).join('|')})$`),
          ),
          message: byForm.body.errors[0].message,
        },
      ]);
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses anyone but an admin (403), and a body that is not CSV (415)', async () => {
    const learnerCookie = await signIn(
      t.http,
      await createPerson(t.db, [{ centreId: await createCentre(t.db), role: 'learner' }]),
    );
    expect(
      (
        await request(t.http)
          .post('/api/learners/import')
          .set('Cookie', learnerCookie)
          .set('Content-Type', 'text/csv')
          .send('x')
      ).status,
    ).toBe(403);
    const json = await request(t.http)
      .post('/api/learners/import')
      .set('Cookie', admin)
      .send({ csv: 'x' });
    expect(json.status).toBe(415);
  });

  describe('a large file', () => {
    const LEARNER_ONLY = {
      qualification_code: '',
      start_date: '',
      planned_end_date: '',
      assessor_email: '',
      iqa_email: '',
    };
    const lines = (count: number, extra: Partial<Record<string, string>> = {}) =>
      [HEADER.join(','), ...Array.from({ length: count }, () => learnerRow(extra))].join('\n');

    /**
     * How long /api/health takes, asked one request after another, while `work` runs; and how
     * long the work took. A server busy checking the file without pause answers health only
     * when it is done.
     */
    async function healthDuring<T>(
      work: () => PromiseLike<T>,
    ): Promise<{ result: T; workMs: number; slowestHealthMs: number; healthChecks: number }> {
      let done = false;
      const started = performance.now();
      const running = Promise.resolve(work()).finally(() => (done = true));
      let slowestHealthMs = 0;
      let healthChecks = 0;
      while (!done) {
        const asked = performance.now();
        expect((await request(t.http).get('/api/health')).status).toBe(200);
        slowestHealthMs = Math.max(slowestHealthMs, performance.now() - asked);
        healthChecks++;
      }
      const result = await running;
      return { result, workMs: performance.now() - started, slowestHealthMs, healthChecks };
    }

    it(`checks a file of ${LEARNER_IMPORT_LIMITS.maxLearners} learners without holding up other requests`, async () => {
      const before = await counts();
      const { result, workMs, slowestHealthMs, healthChecks } = await healthDuring(() =>
        upload(
          lines(LEARNER_IMPORT_LIMITS.maxLearners, {
            ...LEARNER_ONLY,
            date_of_birth: '1990-02-30',
          }),
        ),
      );
      expect(result.status).toBe(400);
      expect(result.body.errors).toHaveLength(LEARNER_IMPORT_LIMITS.maxLearners);
      expect(result.body.errors[0]).toEqual({
        path: 'lines.2.date_of_birth',
        message: expect.stringContaining('real date'),
      });
      expect(await counts()).toEqual(before);
      // Health waited for a slice of the work, never for all of it (a server that checked the
      // file without pause would answer once, after about workMs). Half leaves room for a busy
      // machine: the test command runs the browser tests beside this one.
      expect(healthChecks).toBeGreaterThan(5);
      expect(slowestHealthMs).toBeLessThan(workMs / 2);
    });

    it('refuses, before checking any row, a file of more learners than an import takes', async () => {
      const before = await counts();
      const response = await upload(lines(LEARNER_IMPORT_LIMITS.maxLearners + 1, LEARNER_ONLY));
      expect(response.status).toBe(413);
      expect(response.body).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        message: expect.stringMatching(
          new RegExp(`at most ${LEARNER_IMPORT_LIMITS.maxLearners} learners.*Split the file`),
        ),
      });
      expect(await counts()).toEqual(before);
    });

    it('refuses a file of more bytes than an import takes, saying what to do', async () => {
      const response = await upload(
        `${HEADER.join(',')}\n${'x'.repeat(LEARNER_IMPORT_LIMITS.maxBytes)}`,
      );
      expect(response.status).toBe(413);
      expect(response.body.message).toMatch(/Split the file/);
    });

    it('imports a large file whole while health keeps answering', async () => {
      const count = 300;
      const before = await counts();
      const { result, workMs, slowestHealthMs } = await healthDuring(() =>
        upload(
          lines(count, {
            qualification_code: '',
            start_date: '',
            planned_end_date: '',
            assessor_email: '',
            iqa_email: '',
          }),
        ),
      );
      expect(result.status).toBe(201);
      expect(result.body).toMatchObject({ learners: count, enrolments: 0 });
      expect((await counts()).learners - before.learners).toBe(count);
      expect(slowestHealthMs).toBeLessThan(workMs / 3);
    });
  });
});
