import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type {
  ImportQualificationResponse,
  MeResponse,
  QualificationDocument,
} from '@signoff/contracts';
import { request, type APIRequestContext, type Browser, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  baseUrl,
  collectCspViolations,
  DEMO_PASSWORD,
  launchBrowser,
  signIn,
} from './browser-session';

const L6_DIPLOMA = resolve(
  __dirname,
  '../../../libs/catalogue/qualcert-l6-diploma-mental-health-management.json',
);

const START_DATE = '2026-09-01';
/** One day short of 19, the L6 diploma's minimum age, on the start date. */
const DATE_OF_BIRTH = '2007-09-02';
const LEARNER_PASSWORD = 'learner journey passphrase';
const OVERRIDE_REASON =
  'Turns 19 the day after the start date; the centre manager has approved an early start.';

/**
 * The L6 diploma under a code and title of its own, with units 1–4 mandatory and 5–6 an
 * optional group of which 20 credits are needed: 100 credits in all.
 */
function diplomaWithOptionalUnits(stamp: string): QualificationDocument {
  const document = JSON.parse(readFileSync(L6_DIPLOMA, 'utf8')) as QualificationDocument;
  const references = document.units.map((unit) => unit.reference ?? '');
  document.code = `ENR${stamp}`;
  document.title = `Enrolment Test Diploma ${stamp}`;
  document.totalCredits = 100;
  document.tqt = 1000;
  document.glh = 500;
  document.rules = {
    ...document.rules,
    minimumCredits: 100,
    groups: [
      {
        key: 'mandatory',
        title: 'Mandatory units',
        kind: 'mandatory',
        pathway: null,
        units: references.slice(0, 4),
        minimumCredits: null,
        maximumCredits: null,
        minimumUnits: null,
        maximumUnits: null,
      },
      {
        key: 'optional',
        title: 'Optional units',
        kind: 'optional',
        pathway: null,
        units: references.slice(4),
        minimumCredits: 20,
        maximumCredits: null,
        minimumUnits: null,
        maximumUnits: null,
      },
    ],
  };
  return document;
}

async function expectOk(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string) {
  if (!response.ok())
    throw new Error(`${what} failed: ${response.status()} ${await response.text()}`);
}

/** Chooses an option of a labelled select (a button and a list box, not a native select). */
async function choose(page: Page, label: RegExp, option: RegExp): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

describe('learners and enrolments', () => {
  let browser: Browser;
  const stamp = Date.now().toString(36).toUpperCase();
  const learner = {
    email: `enrol.learner.${stamp.toLowerCase()}@example.test`,
    displayName: `Riley Young ${stamp}`,
  };
  let qualification: { id: string; title: string; optionalUnit: string; units: string[] };
  let centreId: string;

  beforeAll(async () => {
    browser = await launchBrowser();

    // Set-up through the API: a qualification with an optional group, and a learner too
    // young for it whose password this test knows.
    const admin = await request.newContext({ baseURL: baseUrl() });
    try {
      await expectOk(
        await admin.post('/api/auth/login', {
          data: { email: 'admin@demo.test', password: DEMO_PASSWORD },
        }),
        'Admin sign-in',
      );
      const me = (await (await admin.get('/api/me')).json()) as MeResponse;
      const centre = me.memberships.find((membership) => membership.role === 'admin');
      if (!centre) throw new Error('The demo admin should administer a centre.');
      centreId = centre.centreId;

      const document = diplomaWithOptionalUnits(stamp);
      const imported = await admin.post('/api/qualifications/import', { data: document });
      await expectOk(imported, 'Import');
      const { qualificationId, version } = (await imported.json()) as ImportQualificationResponse;
      expect(version.problems).toEqual([]);
      await expectOk(
        await admin.post(`/api/qualifications/${qualificationId}/publish`, { data: {} }),
        'Publish',
      );
      const units = document.units.map((unit) => unit.reference ?? '');
      qualification = {
        id: qualificationId,
        title: document.title,
        optionalUnit: units[4] ?? '',
        units,
      };

      const created = await admin.post('/api/learners', {
        data: {
          ...learner,
          centreId: centre.centreId,
          dateOfBirth: DATE_OF_BIRTH,
          uln: null,
          employer: null,
          priorQualifications: [
            {
              title: 'Level 5 Diploma in Health and Social Care',
              level: 5,
              subject: null,
              year: 2024,
            },
          ],
          englishEvidence: [
            { test: 'ielts_academic', overall: 7, lowestBand: 6.5, proofLocation: null },
          ],
          experienceYears: 2,
        },
      });
      await expectOk(created, 'Creating the learner');
      const { passwordLink } = (await created.json()) as { passwordLink: { url: string } };
      const token = new URL(passwordLink.url).hash.replace(/^#token=/, '');
      const anonymous = await request.newContext({ baseURL: baseUrl() });
      await expectOk(
        await anonymous.post('/api/auth/password-reset', {
          data: { token: decodeURIComponent(token), password: LEARNER_PASSWORD },
        }),
        'Setting the learner’s password',
      );
      await anonymous.dispose();
    } finally {
      await admin.dispose();
    }
  });

  afterAll(async () => {
    await browser.close();
  });

  it('lets an admin see an unmet entry requirement before enrolling, and override it with a reason', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cspViolations = collectCspViolations(page);

    await signIn(page, 'admin@demo.test');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Learners' })
      .click();
    await page.getByRole('grid', { name: 'Learners' }).waitFor();
    expect(await page.title()).toBe('Learners – Signoff');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: learner.displayName }).click();
    await page.getByRole('heading', { level: 1, name: learner.displayName }).waitFor();
    await page.getByText('Not enrolled on any qualification yet.').waitFor();
    const peopleAsked: URL[] = [];
    page.on('request', (sent) => {
      const url = new URL(sent.url());
      if (url.pathname === '/api/users') peopleAsked.push(url);
    });
    await page.getByRole('link', { name: 'Enrol on a qualification' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Enrol ${learner.displayName} on a qualification` })
      .waitFor();

    await choose(page, /Qualification/, new RegExp(qualification.title));
    await page.getByLabel('Start date').fill(START_DATE);
    await page.getByLabel('Planned end date').fill('2027-08-31');
    await page.getByLabel('Registration number').fill(`REG-${stamp}`);
    await choose(page, /Assessor/, /assessor@demo\.test/);
    await choose(page, /IQA/, /iqa@demo\.test/);
    // The staff pickers ask for the assessors and the IQAs of the learner's centre, not everyone.
    expect(
      peopleAsked.map((url) => [url.searchParams.get('role'), url.searchParams.get('centre')]),
    ).toEqual(
      expect.arrayContaining([
        ['assessor', centreId],
        ['iqa', centreId],
      ]),
    );
    expect(peopleAsked.every((url) => url.searchParams.has('role'))).toBe(true);
    await page.getByRole('button', { name: 'Check entry requirements' }).click();

    // Every requirement, before anything is stored: the age is not met and blocks.
    const check = page.getByRole('region', { name: '2. Entry requirements' });
    await check.waitFor();
    await check.getByText(/does not meet every entry requirement/).waitFor();
    const age = check.getByRole('listitem').filter({ hasText: 'Minimum age' });
    await age.getByText('Not met', { exact: true }).waitFor();
    await age.getByText(`18 years old on ${START_DATE}`).waitFor();
    await check
      .getByRole('listitem')
      .filter({ hasText: 'Experience' })
      .getByText('Advisory', { exact: true })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Confirming without a reason is refused at the reason.
    await page.getByRole('button', { name: 'Override and enrol' }).click();
    const reason = page.getByLabel('Reason for enrolling them anyway');
    await page
      .getByText('The reason must explain the override in 10 to 2000 characters.')
      .waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);

    await reason.fill(OVERRIDE_REASON);
    await page.getByRole('button', { name: 'Override and enrol' }).click();
    await page.waitForURL((url) => /^\/enrolments\/[^/]+$/.test(url.pathname));
    await page
      .getByRole('heading', { level: 1, name: `Enrolment of ${learner.displayName}` })
      .waitFor();
    await page.getByRole('status').filter({ hasText: 'is enrolled on' }).waitFor();
    const entry = page.getByRole('region', {
      name: /Entry requirements, as checked when enrolled/,
    });
    await entry.getByRole('heading', { name: 'Overridden by an admin' }).waitFor();
    await entry.getByText(OVERRIDE_REASON).waitFor();
    await entry
      .getByRole('listitem')
      .filter({ hasText: 'Minimum age' })
      .getByText('Not met', { exact: true })
      .waitFor();
    await page.getByRole('table', { name: 'Units and progress' }).waitFor();
    await page.getByRole('progressbar', { name: 'Planned learning time elapsed' }).waitFor();
    expect(await page.title()).toBe(`Enrolment of ${learner.displayName} – Signoff`);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the learner their units and outcomes, and saves a plan with an optional unit', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cspViolations = collectCspViolations(page);
    const [firstUnit] = qualification.units;

    await signIn(page, learner.email, LEARNER_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My qualification' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'My qualification' }).waitFor();
    await page.getByText(qualification.title).first().waitFor();
    expect(await page.title()).toBe('My qualification – Signoff');

    // The units with their learning outcomes and assessment criteria.
    const unitButton = page.getByRole('button', { name: new RegExp(`^${firstUnit} `) });
    await unitButton.click();
    expect(await unitButton.getAttribute('aria-expanded')).toBe('true');
    await page
      .getByRole('heading', { name: /^Learning outcome 1:/ })
      .first()
      .waitFor();

    // The plan starts with the mandatory units: the rules still want 20 optional credits.
    const plan = page.getByRole('form', { name: 'Your plan of units' });
    const optional = plan.getByRole('checkbox', {
      name: new RegExp(`^${qualification.optionalUnit} `),
    });
    expect(await optional.isChecked()).toBe(false);
    const rules = page.getByRole('region', { name: 'What the rules still require' });
    await rules.getByText('This plan does not meet the rules of combination yet.').waitFor();
    await rules
      .getByRole('listitem')
      .filter({ hasText: /Optional units/ })
      .first()
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The box is drawn over a visually hidden input: press its label, as a person would.
    await plan.getByText(qualification.optionalUnit, { exact: true }).click();
    expect(await optional.isChecked()).toBe(true);
    await rules.getByText(/^This plan meets the rules of combination\. Total/).waitFor();
    await plan.getByRole('button', { name: 'Save plan' }).click();
    await page.getByRole('status').filter({ hasText: 'Your plan is saved.' }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My qualification' }).waitFor();
    const reloaded = page
      .getByRole('form', { name: 'Your plan of units' })
      .getByRole('checkbox', { name: new RegExp(`^${qualification.optionalUnit} `) });
    await reloaded.waitFor();
    expect(await reloaded.isChecked()).toBe(true);
    await page
      .getByRole('region', { name: 'What the rules still require' })
      .getByText(/^This plan meets the rules of combination\. Total/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets an admin hand the enrolment to another assessor and put it on a break, after which its learner’s plan is read-only', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cspViolations = collectCspViolations(page);

    await signIn(page, 'admin@demo.test');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Learners' })
      .click();
    await page.getByRole('link', { name: learner.displayName }).click();
    await page
      .getByRole('grid', { name: `Enrolments of ${learner.displayName}` })
      .getByRole('link', { name: qualification.title })
      .click();
    await page
      .getByRole('heading', { level: 1, name: `Enrolment of ${learner.displayName}` })
      .waitFor();

    const reassign = page.getByRole('form', { name: 'Reassign' });
    await reassign.getByRole('button', { name: /Assessor/ }).click();
    await page.getByRole('option', { name: /assessor2@demo\.test/ }).click();
    await reassign.getByRole('button', { name: 'Save assessor and IQA' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved\. Tom Hughes assesses and .+ verifies this enrolment\.$/ })
      .waitFor();
    await page
      .getByRole('list', { name: 'Assessors, current first' })
      .getByRole('listitem')
      .first()
      .getByText('Tom Hughes')
      .waitFor();

    const status = page.getByRole('form', { name: 'Change the status' });
    await status.getByRole('button', { name: /New status/ }).click();
    await page.getByRole('option', { name: 'Break in learning' }).click();
    await status.getByLabel('Note').fill('Maternity leave');
    await status.getByRole('button', { name: 'Change status' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The status is now Break in learning.' })
      .waitFor();
    await page
      .getByRole('list', { name: 'Status history, newest first' })
      .getByText('Maternity leave')
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();

    // Its learner still reads the plan, but cannot change it, nor add evidence.
    const learnerContext = await browser.newContext();
    const learnerPage = await learnerContext.newPage();
    const learnerCspViolations = collectCspViolations(learnerPage);
    await signIn(learnerPage, learner.email, LEARNER_PASSWORD);
    await learnerPage.goto(`${baseUrl()}/my-qualification`);
    const plan = learnerPage.getByRole('form', { name: 'Your plan of units' });
    await plan
      .getByText('Your plan cannot be changed while your enrolment is not active.')
      .waitFor();
    expect(await plan.getByRole('button', { name: 'Save plan' }).count()).toBe(0);
    expect(
      await plan
        .getByRole('checkbox', { name: new RegExp(`^${qualification.optionalUnit} `) })
        .isDisabled(),
    ).toBe(true);
    expect(await accessibilityViolations(learnerPage)).toEqual([]);
    await learnerPage.goto(`${baseUrl()}/portfolio`);
    await learnerPage
      .getByText('Evidence cannot be added while your enrolment is not active.', { exact: false })
      .waitFor();
    expect(await learnerPage.getByRole('link', { name: 'Add evidence' }).count()).toBe(0);
    expect([...cspViolations, ...learnerCspViolations]).toEqual([]);
    await learnerContext.close();
  });

  it('lets the learner ask for a correction, which the admin reads in the record’s words and marks resolved', async () => {
    const learnerContext = await browser.newContext();
    const learnerPage = await learnerContext.newPage();
    await signIn(learnerPage, learner.email, LEARNER_PASSWORD);
    await learnerPage.goto(`${baseUrl()}/my-qualification`);
    const ask = learnerPage.getByRole('form', { name: 'Ask for a correction' });
    await choose(learnerPage, /Detail to correct/, /^Date of birth$/);
    await ask.getByLabel('What it should say').fill('It should be 1 September 2007.');
    await ask.getByRole('button', { name: 'Ask for this correction' }).click();
    await learnerPage.getByText('1 request waiting for your centre.').waitFor();
    await learnerContext.close();

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'admin@demo.test');
    // The admin's home lists who waits for an answer, and leads to their record.
    const waiting = page.getByRole('region', { name: 'Corrections waiting for you' });
    await waiting.getByRole('link', { name: learner.displayName }).click();
    // The part of the record by the name the learner chose it by, not its field id.
    const correction = page
      .getByRole('listitem')
      .filter({ hasText: 'It should be 1 September 2007.' });
    await correction.getByText('Date of birth', { exact: true }).waitFor();
    expect(await correction.getByText('dateOfBirth').count()).toBe(0);
    await correction
      .getByRole('button', { name: 'Mark the correction to Date of birth resolved' })
      .click();
    await page.getByRole('status').filter({ hasText: 'Correction marked resolved.' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
