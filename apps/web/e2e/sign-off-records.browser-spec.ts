import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  baseUrl,
  DEMO_PASSWORD,
  launchBrowser,
  signIn,
} from './browser-session';

/**
 * Jordan Ellis's demo matrices: Priya Shah signed rows 1 to 3 of QC28074-2 in one signature, and
 * all of QC28074-1, which Jordan countersigned. Only this spec revokes or signs Jordan's rows.
 */
const ASSESSOR = 'assessor@demo.test';
const LEARNER = 'learner@demo.test';
const LEARNER_NAME = 'Jordan Ellis';
const UNIT = 'QC28074-2';
const SIGNATURE = `rows 1, 2 and 3 of ${UNIT}`;
const REASON = 'Signed before the witness testimony was checked';
const JOURNEY_TIMEOUT = 150_000;

/** Screenshots for people to look at, when SIGNOFF_SCREENSHOTS names a folder. */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env['SIGNOFF_SCREENSHOTS'];
  if (!folder) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${folder}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The learner's enrolment, through the API with the page's own session. */
function enrolmentOf(page: Page, learnerName: string): Promise<string> {
  return page.evaluate(async (name) => {
    const response = await fetch('/api/enrolments?limit=100');
    const page = (await response.json()) as {
      items: { id: string; learner: { displayName: string } }[];
    };
    const enrolment = page.items.find((row) => row.learner.displayName === name);
    if (!enrolment) throw new Error(`${name} should be enrolled`);
    return enrolment.id;
  }, learnerName);
}

async function checkIntact(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check this signature' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Intact: the evidence, files and mapping are exactly as signed.' })
    .waitFor();
}

describe('a signature’s page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it(
    'the assessor reads a signature of her rows, checks it, revokes it, and signs a row again',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await signIn(page, ASSESSOR);
      const enrolmentId = await enrolmentOf(page, LEARNER_NAME);
      const unitPath = `/enrolments/${enrolmentId}/units/${UNIT}`;

      await page.goto(`${baseUrl()}${unitPath}`);
      const matrix = page.getByRole('table', { name: `Sign-off of unit ${UNIT}` });
      const first = matrix
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: /^Outcome 1 / }) });
      await first.getByText('Signed', { exact: true }).waitFor();
      await first.getByRole('link', { name: /^View signature of Outcome 1:/ }).click();

      await page.waitForURL((url) => url.pathname.startsWith('/sign-offs/'));
      await page.getByRole('heading', { level: 1, name: `Signature of ${SIGNATURE}` }).waitFor();
      await page
        .locator('blockquote')
        .getByText(/^I confirm that the accepted evidence listed meets/)
        .waitFor();
      await page.getByRole('heading', { level: 3, name: 'Evidence relied on' }).waitFor();
      expect(await page.locator('main li a[href*="/evidence/"]').count()).toBeGreaterThan(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await checkIntact(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      await keepScreenshot(page, 'signature-assessor');

      await page.getByRole('button', { name: 'Revoke this signature' }).click();
      const dialog = page.getByRole('dialog', { name: 'Revoke this signature' });
      await dialog
        .getByText(`Once revoked, ${SIGNATURE} for ${LEARNER_NAME} will no longer count`, {
          exact: false,
        })
        .waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      // Without a reason nothing is sent.
      await dialog.getByLabel('Your password').fill(DEMO_PASSWORD);
      await dialog.getByRole('button', { name: 'Revoke the signature' }).click();
      await dialog.getByText('Say why you are revoking this signature.').waitFor();
      await dialog.getByLabel('Reason').fill(REASON);
      await dialog.getByRole('button', { name: 'Revoke the signature' }).click();
      await dialog.waitFor({ state: 'detached' });

      await page
        .getByRole('status')
        .filter({ hasText: `Revoked the signature of ${SIGNATURE}.` })
        .waitFor();
      await page
        .getByRole('heading', { level: 2, name: 'Revoked: this signature no longer counts' })
        .waitFor();
      await page.getByText(`Reason: ${REASON}`).waitFor();
      await page.waitForFunction(() => document.activeElement?.id === 'fate-heading');
      expect(await page.getByRole('button', { name: 'Revoke this signature' }).count()).toBe(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await keepScreenshot(page, 'signature-revoked');

      // Back on the matrix the rows are revoked; the assessor signs row 1 again.
      await page.getByRole('link', { name: `Sign-off of ${UNIT} for ${LEARNER_NAME}` }).click();
      await page.waitForURL((url) => url.pathname === unitPath);
      await first.getByText('Revoked', { exact: true }).waitFor();
      await first.getByText(`: ${REASON}`, { exact: false }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await keepScreenshot(page, 'matrix-revoked');
      await first.getByRole('checkbox', { name: /Pick Outcome 1:/ }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Sign 1 row' }).click();
      const signing = page.getByRole('dialog', { name: 'Sign off rows' });
      await signing.getByLabel('Your password').fill(DEMO_PASSWORD);
      await signing.getByRole('button', { name: 'Sign 1 row' }).click();
      await signing.waitFor({ state: 'detached' });
      await page
        .getByRole('status')
        .filter({ hasText: `Signed 1 row of ${UNIT}` })
        .waitFor();
      await first.getByText('Signed', { exact: true }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // The new signature is the row's now, and standing.
      await first.getByRole('link', { name: /^View signature of Outcome 1:/ }).click();
      await page
        .getByRole('heading', { level: 1, name: `Signature of row 1 of ${UNIT}` })
        .waitFor();
      await page.getByRole('button', { name: 'Revoke this signature' }).waitFor();
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'the learner opens a signature of his achieved unit, on a phone, and checks it',
    async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await signIn(page, LEARNER);
      const enrolmentId = await enrolmentOf(page, LEARNER_NAME);
      await page.goto(`${baseUrl()}/enrolments/${enrolmentId}/units/QC28074-1`);
      await page.getByRole('link', { name: 'View signature of the countersignature' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Countersignature of QC28074-1' })
        .waitFor();
      await page.getByText('Jordan Ellis, as learner').waitFor();
      await checkIntact(page);
      // Only the signer or an admin may revoke, and Jordan's signature stands: he may.
      await page.getByRole('button', { name: 'Revoke this signature' }).waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await accessibilityViolations(page)).toEqual([]);
      await keepScreenshot(page, 'signature-learner');
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );
});
