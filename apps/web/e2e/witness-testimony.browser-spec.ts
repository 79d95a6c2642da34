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
      const outcomes = form.getByRole('group', { name: 'Outcomes and criteria to describe' });
      await outcomes.locator('.unit__trigger').first().click();
      const outcome = outcomes.getByRole('checkbox', { name: /Learning outcome 1:/ }).first();
      await tick(outcome);
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
    'puts the testimony in the assessor’s queue, with the witness named on the evidence',
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
      const item = row.first().getByRole('link').first();
      await item.click();
      await page
        .getByRole('heading', { level: 1, name: `Witness testimony: ${WITNESS.name}` })
        .waitFor();
      const witness = page.locator('.evidence-current');
      await witness.getByText(WITNESS.relationship).waitFor();
      await witness.getByText(`${WITNESS.name}, witness`).waitFor();
      await checkAccessibility(page, 'the testimony’s page');

      await page.goto(`${baseUrl()}/witnesses`);
      await page.getByRole('heading', { level: 1, name: 'Witnesses' }).waitFor();
      const register = page.getByRole('grid', { name: 'Witnesses' });
      await register.getByRole('row').filter({ hasText: WITNESS.name }).waitFor();
      await checkAccessibility(page, 'the register');
      await keepScreenshots(page, 'witness-register');
      expect(cspViolations).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );
});
