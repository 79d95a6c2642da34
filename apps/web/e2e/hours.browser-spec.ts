import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, baseUrl, launchBrowser, signIn } from './browser-session';

const LEARNER = 'learner@demo.test';
const ASSESSOR = 'assessor@demo.test';
const JOURNEY_TIMEOUT = 150_000;

/** Screenshots for people to look at, when SIGNOFF_SCREENSHOTS names a folder. */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env['SIGNOFF_SCREENSHOTS'];
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

/** Chooses an option of a labelled select (a button and a list box, not a native select). */
async function choose(page: Page, label: RegExp, option: RegExp): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

const supervisedTotal = (page: Page) =>
  page.getByRole('progressbar', { name: 'Supervised practice: confirmed of the target' });

/**
 * Jordan Ellis logs hours on his Hours page, Priya Shah confirms them on hers, and then Jordan can
 * no longer edit the entry (only correct it) and his totals count it confirmed: on a laptop and
 * on a phone, each page checked with axe.
 */
describe('hours', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it.each([
    // Jordan's demo hours: 7 hours 30 minutes of supervised practice confirmed, of 120.
    ['desktop', { width: 1280, height: 900 }, '9 hours 45 minutes confirmed of 120 hours'],
    ['phone', { width: 390, height: 844 }, '12 hours confirmed of 120 hours'],
  ])(
    'on a %s: the learner logs hours, the assessor confirms them, and they are counted and locked',
    async (size, viewport, confirmedAfter) => {
      const activity = `Supervised night shift handover (${size})`;
      const learnerContext = await browser.newContext({ viewport });
      const learner = await learnerContext.newPage();
      await signIn(learner, LEARNER);
      await learner.goto(`${baseUrl()}/portfolio`);
      await learner.getByRole('link', { name: 'My hours' }).click();
      await learner.getByRole('heading', { level: 1, name: 'My hours' }).waitFor();
      const hoursUrl = learner.url();
      expect(await accessibilityViolations(learner)).toEqual([]);

      // Nothing chosen, nothing sent: the form names what is missing.
      const form = learner.getByRole('form', { name: 'Log hours' });
      await form.getByRole('button', { name: 'Log hours' }).click();
      await form.getByText('The category must be chosen').waitFor();
      expect(await accessibilityViolations(learner)).toEqual([]);

      await form.getByLabel('Hours', { exact: true }).fill('2');
      await form.getByLabel('Minutes', { exact: true }).fill('15');
      await choose(learner, /Category/, /^Supervised practice$/);
      await form.getByLabel('Activity').fill(activity);
      await form.getByRole('button', { name: 'Log hours' }).click();
      await learner.getByRole('status').getByText('Your hours are logged.').waitFor();
      const row = learner.getByRole('row').filter({ hasText: activity });
      await row.getByText('Awaiting the assessor').waitFor();
      expect(await row.getByRole('button', { name: /^Edit the entry/ }).count()).toBe(1);
      await keepScreenshot(learner, `hours-learner-logged-${size}`);

      const assessorContext = await browser.newContext({ viewport });
      const assessor = await assessorContext.newPage();
      await signIn(assessor, ASSESSOR);
      await assessor.goto(hoursUrl);
      await assessor.getByRole('heading', { level: 1, name: 'Hours of Jordan Ellis' }).waitFor();
      expect(await accessibilityViolations(assessor)).toEqual([]);
      await keepScreenshot(assessor, `hours-assessor-${size}`);
      const theirs = assessor.getByRole('row').filter({ hasText: activity });
      await theirs.getByRole('button', { name: /^Confirm the entry/ }).click();
      await assessor
        .getByRole('status')
        .getByText(/^You confirmed the hours of/)
        .waitFor();
      await theirs.getByText('Confirmed', { exact: true }).waitFor();
      await assessorContext.close();

      await learner.reload();
      await row.getByText('Confirmed', { exact: true }).waitFor();
      expect(await row.getByRole('button', { name: /^Edit the entry/ }).count()).toBe(0);
      expect(await row.getByRole('button', { name: /^Correct the entry/ }).count()).toBe(1);
      expect(await supervisedTotal(learner).getAttribute('aria-valuetext')).toBe(confirmedAfter);
      expect(await accessibilityViolations(learner)).toEqual([]);
      await keepScreenshot(learner, `hours-learner-confirmed-${size}`);

      // A correction is a new entry, offered in a dialog that says so.
      await row.getByRole('button', { name: /^Correct the entry/ }).click();
      const dialog = learner.getByRole('dialog', { name: /^Correct the hours of/ });
      await dialog.getByText(/A confirmed entry never changes/).waitFor();
      expect(await accessibilityViolations(learner)).toEqual([]);
      await keepScreenshot(learner, `hours-correct-dialog-${size}`);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await learnerContext.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'lets an admin set a target the qualification does not state',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await signIn(page, 'admin@demo.test');
      await page.goto(`${baseUrl()}/enrolments`);
      await page.getByRole('link', { name: 'Jordan Ellis' }).first().click();
      await page.getByRole('link', { name: 'Hours logged, their reviews and the targets' }).click();
      await page.getByRole('heading', { level: 1, name: 'Hours of Jordan Ellis' }).waitFor();
      const form = page.getByRole('form', { name: 'Target for Off-the-job training' });
      await form.getByLabel(/^Target for off-the-job training/).fill('50');
      await form.getByRole('button', { name: 'Set target' }).click();
      const bar = page.getByRole('progressbar', {
        name: 'Off-the-job training: confirmed of the target',
      });
      await expectSoon(() => bar.getAttribute('aria-valuetext'), '3 hours confirmed of 50 hours');
      expect(await accessibilityViolations(page)).toEqual([]);
      await keepScreenshot(page, 'hours-admin-desktop');
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );
});

/** Waits for a value read from the page to become what is expected (it loads after the page). */
async function expectSoon<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  expect(value).toEqual(expected);
}
