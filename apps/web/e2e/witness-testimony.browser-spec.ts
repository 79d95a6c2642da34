import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  accessibilityViolations,
  baseUrl,
  collectCspViolations,
  launchBrowser,
  signIn,
} from './browser-session';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const JOURNEY_TIMEOUT = 120_000;

const LEARNER = 'learner@demo.test';
const LEARNER_NAME = 'Jordan Ellis';
const ASSESSOR = 'assessor@demo.test';
const UNIT = 'QC28074-6';
const EXPERT = {
  name: 'Dr Amara Osei',
  jobRole: 'Consultant psychiatrist',
  email: 'amara.osei@example.org',
  competence: 'MRCPsych; 15 years leading acute mental health wards',
};
const WITNESS = {
  name: 'Sam Carter',
  jobRole: 'Senior care worker',
  email: 'sam.carter@example.org',
  relationship: 'Shift lead on the learner’s ward for a year',
};
const STATEMENT =
  'On the night shift I watched Jordan plan the handover with the team.\n\nThey checked each resident’s care plan with the nurse in charge and explained the changes calmly.';

/**
 * Screenshots for people to look at, when SIGNOFF_SCREENSHOTS names a folder: the whole page as
 * a phone and as a laptop show it, a screenful to a picture (`name-390-1.png`, `-2`, …).
 */
async function keepScreenshots(page: Page, name: string): Promise<void> {
  const folder = process.env['SIGNOFF_SCREENSHOTS'];
  if (!folder) return;
  const size = page.viewportSize() ?? PHONE;
  for (const viewport of [PHONE, LAPTOP]) {
    await page.setViewportSize(viewport);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let top = 0, part = 1; top < height; top += viewport.height, part += 1) {
      await page.screenshot({
        path: `${folder}/${name}-${viewport.width}-${part}.png`,
        fullPage: true,
        clip: {
          x: 0,
          y: top,
          width: viewport.width,
          height: Math.min(viewport.height, height - top),
        },
      });
    }
  }
  await page.setViewportSize(size);
}

/** The box is drawn over a visually hidden input: press its label, as a person would. */
async function tick(checkbox: Locator): Promise<void> {
  await checkbox.locator('xpath=ancestor::label[1]').click();
  expect(await checkbox.isChecked()).toBe(true);
}

/** What axe finds on the page as it is now, named by the page so a failure says where. */
async function checkAccessibility(page: Page, where: string): Promise<void> {
  expect({ where, violations: await accessibilityViolations(page) }).toEqual({
    where,
    violations: [],
  });
}

/**
 * Ticks outcome 1 of the unit in the form's outcome picker. A unit the other journeys leave
 * alone: the testimony becomes evidence the assessor accepts, and the counts of what awaits
 * them elsewhere stay as they were.
 */
async function askAbout(form: Locator, unit: string): Promise<void> {
  const outcomes = form.getByRole('group', { name: 'Outcomes and criteria to describe' });
  await outcomes.getByRole('button', { name: new RegExp(`^${unit} `) }).click();
  await tick(outcomes.getByRole('checkbox', { name: new RegExp(`^${unit} Learning outcome 1:`) }));
}

/** Yesterday, YYYY-MM-DD, as the witness types the day they saw what they describe. */
function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
}

describe('witness testimony', () => {
  let browser: Browser;
  let link = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it(
    'lets the learner ask a new witness about an outcome from their phone, and copy the link shown once',
    async () => {
      const context = await browser.newContext({ viewport: PHONE });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
      const page = await context.newPage();
      const cspViolations = collectCspViolations(page);
      await signIn(page, LEARNER);

      await page.goto(`${baseUrl()}/portfolio`);
      await page.getByRole('link', { name: 'Ask a witness' }).click();
      await page.getByRole('heading', { level: 1, name: 'Witness testimony' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Requests' }).waitFor();
      await checkAccessibility(page, 'the requests page');

      await page.getByRole('button', { name: 'Ask a witness' }).click();
      const form = page.locator('form.witness-request-form');
      await form.getByRole('button', { name: 'Ask for a statement' }).waitFor();
      // Asking with nothing filled in names what is missing, in the API's words, before sending.
      await form.getByRole('button', { name: 'Ask for a statement' }).click();
      await form.getByText('Witness’s name must be filled in.').waitFor();
      await form
        .getByText(
          'Learning outcomes must name at least one learning outcome for the witness to describe.',
        )
        .waitFor();
      await checkAccessibility(page, 'the request form with its problems');

      await form.getByLabel('Name').fill(WITNESS.name);
      await form.getByLabel('Job role').fill(WITNESS.jobRole);
      await form.getByLabel('Email address').fill(WITNESS.email);
      await form.getByLabel('Relationship to you').fill(WITNESS.relationship);
      await askAbout(form, UNIT);
      await form
        .getByLabel('Message to the witness')
        .fill('Please describe the night shift handover you saw me plan.');
      expect(await form.getByLabel('Days the link stays valid').inputValue()).toBe('14');
      await keepScreenshots(page, 'witness-request-form');

      await form.getByRole('button', { name: 'Ask for a statement' }).click();
      await page
        .getByRole('heading', { name: `Request made: send this link to ${WITNESS.name}` })
        .waitFor();
      const shown = await page.getByLabel(`Link for ${WITNESS.name}`).inputValue();
      expect(shown).toMatch(/\/witness\/[A-Za-z0-9_-]{22,}$/);
      await page.getByText(/^It is shown only now/).waitFor();
      await page.getByText(/^It has not been sent by email/).waitFor();
      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
      link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(shown);
      await checkAccessibility(page, 'the link panel');
      await keepScreenshots(page, 'witness-link-panel');

      // The request is listed, open, with when it expires.
      const listed = page.locator('.witness-request').filter({ hasText: WITNESS.name });
      await listed.getByText(/^Open expires /).waitFor();
      expect(cspViolations).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'lets the witness, with no account, give their statement from the link on a phone, once',
    async () => {
      expect(link).not.toBe('');
      const context: BrowserContext = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      const cspViolations = collectCspViolations(page);

      await page.goto(link);
      await page
        .getByRole('heading', { level: 1, name: `A witness statement about ${LEARNER_NAME}` })
        .waitFor();
      // No sign-in, and nothing of the signed-in app: the centre's name heads the page.
      expect(new URL(page.url()).pathname).toMatch(/^\/witness\//);
      expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
      await page.getByText('Demo Care Academy', { exact: true }).waitFor();
      await page.getByText(/Please describe the night shift handover/).waitFor();
      await page
        .getByText(/^Learning outcome 1:/)
        .first()
        .waitFor();
      await checkAccessibility(page, 'the witness page');
      await keepScreenshots(page, 'witness-page');

      const form = page.getByRole('form', { name: 'Write your statement' });
      expect(await form.getByLabel('Your job role').inputValue()).toBe(WITNESS.jobRole);
      expect(await form.getByLabel(`Your relationship to ${LEARNER_NAME}`).inputValue()).toBe(
        WITNESS.relationship,
      );
      await form.getByLabel('Your statement').fill(STATEMENT);
      await form.getByLabel('The date you saw this').fill(yesterday());
      // The declaration must be confirmed: without the box ticked nothing is sent.
      await form.getByRole('button', { name: 'Send my statement' }).click();
      await form.getByText(/^The box must be ticked/).waitFor();
      await checkAccessibility(page, 'the witness page with its problem');
      await tick(form.getByRole('checkbox', { name: /I confirm the declaration/ }));
      await form.getByRole('button', { name: 'Send my statement' }).click();

      await page
        .getByRole('heading', { level: 1, name: 'Thank you, your statement has been sent' })
        .waitFor();
      await page.getByText(/Your statement is now locked/).waitFor();
      await checkAccessibility(page, 'the thank-you page');
      await keepScreenshots(page, 'witness-thanks');

      // Opening the link again says the statement was given, and how to change it.
      await page.goto(link);
      await page
        .getByRole('heading', { level: 1, name: 'This link can no longer be used' })
        .waitFor();
      await page.getByText(/already been given/).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/witness\//);
      await checkAccessibility(page, 'the page of a link already used');
      await keepScreenshots(page, 'witness-link-used');

      // A link that names no request says so, for the witness.
      await page.goto(`${baseUrl()}/witness/not-a-real-token-at-all`);
      await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
      await checkAccessibility(page, 'the page of an unknown link');
      expect(cspViolations).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'puts the testimony in the assessor’s queue, with the witness named on the evidence, to judge',
    async () => {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      const cspViolations = collectCspViolations(page);
      await signIn(page, ASSESSOR);

      await page.goto(`${baseUrl()}/assessment`);
      const queue = page.getByRole('grid', { name: 'Awaiting assessment' });
      const row = queue.getByRole('row').filter({ hasText: WITNESS.name });
      await row.first().waitFor();
      await checkAccessibility(page, 'the assessment queue');
      await row.first().getByRole('link').first().click();
      await page
        .getByRole('heading', { level: 1, name: `Witness testimony: ${WITNESS.name}` })
        .waitFor();
      const testimony = page.locator('.evidence-current');
      await testimony.getByText(WITNESS.relationship).waitFor();
      await testimony.getByText(`${WITNESS.name}, witness`).waitFor();
      await testimony.getByText(/^They checked each resident’s care plan/).waitFor();
      await checkAccessibility(page, 'the testimony’s page');
      await keepScreenshots(page, 'witness-testimony-evidence');

      // Judged like any evidence: accepted, it leaves the queue as it was before it came.
      const form = page.getByRole('form', { name: 'Your decision on version 1' });
      await tick(form.getByRole('radio', { name: /Accept/ }));
      await form.getByRole('button', { name: 'Accept version 1' }).click();
      await page
        .getByRole('status')
        .getByText(`You accepted “Witness testimony: ${WITNESS.name}”`, { exact: false })
        .waitFor();
      expect(cspViolations).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'lets the assessor keep the register, ask an expert witness from it, and revoke the request',
    async () => {
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      const cspViolations = collectCspViolations(page);
      await signIn(page, ASSESSOR);

      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Witnesses' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Witnesses' }).waitFor();
      const register = page.getByRole('grid', { name: 'Witnesses' });
      await register
        .getByRole('row')
        .filter({ hasText: WITNESS.name })
        .getByText('1 testimony')
        .waitFor();
      await checkAccessibility(page, 'the register');

      // An expert witness is one for their occupational competence: it must be noted.
      await page.getByRole('button', { name: 'Add a witness' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a witness' });
      await dialog.getByLabel('Name').fill(EXPERT.name);
      await dialog.getByLabel('Job role').fill(EXPERT.jobRole);
      await dialog.getByLabel('Email address').fill(EXPERT.email);
      await tick(dialog.getByRole('checkbox', { name: 'An expert witness' }));
      await dialog.getByRole('button', { name: 'Add witness' }).click();
      await dialog
        .getByText('Occupational competence must be filled in for an expert witness.')
        .waitFor();
      await checkAccessibility(page, 'the register’s form with its problem');
      await keepScreenshots(page, 'witness-register-form');
      await dialog.getByLabel('Occupational competence').fill(EXPERT.competence);
      await dialog.getByRole('button', { name: 'Add witness' }).click();
      await page.getByRole('status').getByText(`${EXPERT.name} is in the register.`).waitFor();
      await register
        .getByRole('row')
        .filter({ hasText: EXPERT.name })
        .getByText(EXPERT.competence)
        .waitFor();
      await checkAccessibility(page, 'the register with an expert');
      await keepScreenshots(page, 'witness-register');

      // From the learner's enrolment, the assessor asks the expert of the register.
      await page.goto(`${baseUrl()}/caseload`);
      await page.getByRole('link', { name: LEARNER_NAME }).click();
      await page
        .getByRole('link', { name: 'Ask a witness for testimony, or see the requests made' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Witness testimony' }).waitFor();
      await page.getByRole('button', { name: 'Ask a witness' }).click();
      const form = page.locator('form.witness-request-form');
      expect(
        await form.getByRole('radio', { name: /^Someone in the centre’s register/ }).isChecked(),
      ).toBe(true);
      await form.getByRole('button', { name: /Witness$/ }).click();
      await page
        .getByRole('option', {
          name: new RegExp(`^${EXPERT.name}, ${EXPERT.jobRole} \\(expert witness\\)`),
        })
        .click();
      await form
        .getByLabel(`Relationship to ${LEARNER_NAME}`)
        .fill('Consultant on the learner’s ward');
      await askAbout(form, UNIT);
      await tick(form.getByRole('checkbox', { name: 'Also send the link by email' }));
      await checkAccessibility(page, 'the assessor’s request form');
      await form.getByRole('button', { name: 'Ask for a statement' }).click();
      await page
        .getByRole('heading', { name: `Request made: send this link to ${EXPERT.name}` })
        .waitFor();
      await page.getByRole('button', { name: 'Done' }).click();

      // An open request may be revoked, after saying what that does.
      const listed = page.locator('.witness-request').filter({ hasText: EXPERT.name });
      await listed.getByText(/^Open expires /).waitFor();
      await listed.getByRole('button', { name: `Revoke the request to ${EXPERT.name}` }).click();
      const confirm = page.getByRole('alertdialog', {
        name: `Revoke the request to ${EXPERT.name}?`,
      });
      await confirm.getByText(/The link stops working at once/).waitFor();
      await checkAccessibility(page, 'the revoke dialog');
      await confirm.getByRole('button', { name: 'Revoke request' }).click();
      await page
        .getByRole('status')
        .getByText(`The request to ${EXPERT.name} is revoked`, { exact: false })
        .waitFor();
      await listed.getByText(/^Revoked on /).waitFor();
      // The statement given earlier leads to its evidence.
      await page.getByRole('link', { name: `Read the statement of ${WITNESS.name}` }).waitFor();
      await checkAccessibility(page, 'the requests after revoking');
      await keepScreenshots(page, 'witness-requests-list');
      expect(cspViolations).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );
});
