import { COUNTERSIGNING_STATEMENTS, RECORD_SIGNING_STATEMENTS } from '@signoff/contracts';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  baseUrl,
  collectCspViolations,
  DEMO_PASSWORD,
  launchBrowser,
  signIn,
} from './browser-session';
import { mapOutcome, PNG, tick, typeAcrossAnEndedSession, waitUntilSaved } from './draft-editing';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const ASSESSOR = 'assessor@demo.test';
const LEARNER = 'learner@demo.test';
const LEARNER_NAME = 'Jordan Ellis';

/** Screenshots for people to look at, when SIGNOFF_SCREENSHOTS names a folder. */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env['SIGNOFF_SCREENSHOTS'];
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: false });
}

async function keepFullScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env['SIGNOFF_SCREENSHOTS'];
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Jordan Ellis's enrolment, as Jordan sees it. */
async function jordansEnrolment(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, LEARNER);
  const answer = await page.request.get(`${baseUrl()}/api/enrolments`);
  const enrolments = (await answer.json()) as { items: { id: string }[] };
  await context.close();
  return enrolments.items[0]?.id ?? '';
}

/**
 * The assessor records an observation (or a discussion) from the enrolment page, with a photo
 * for an observation, then signs it; answers the record's item id.
 */
async function recordAndSign(
  page: Page,
  enrolmentId: string,
  kind: 'observation' | 'discussion',
  title: string,
  screenshots: string,
): Promise<string> {
  await page.goto(`${baseUrl()}/enrolments/${enrolmentId}`);
  await page.getByRole('heading', { level: 1, name: `Enrolment of ${LEARNER_NAME}` }).waitFor();
  await page.getByRole('grid', { name: 'Portfolio' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  const action =
    kind === 'observation' ? 'Record an observation' : 'Record a professional discussion';
  await page.getByRole('link', { name: action }).click();
  await page.getByRole('heading', { level: 1, name: action }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

  // The title is enough for the draft to be saved: the address becomes the record's own.
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.waitForURL((url) => /\/records\/[^/]+\/edit$/.test(url.pathname));
  const itemId = new URL(page.url()).pathname.split('/')[4] ?? '';
  const narrative = page.getByRole('textbox', {
    name: kind === 'observation' ? 'What I observed' : 'Notes',
  });
  if (kind === 'observation') {
    await page.getByRole('textbox', { name: 'Setting' }).fill('Oak Lodge care home, dining room');
    await page.getByLabel('Start time', { exact: true }).fill('12:00');
    await page.getByLabel('End time', { exact: true }).fill('12:40');
    // The phone's camera: an input for images that asks for the back camera.
    const camera = page.locator('input[type="file"][accept="image/*"][capture="environment"]');
    expect(await camera.count()).toBe(1);
    await camera.setInputFiles({ name: 'lunch-table.png', mimeType: 'image/png', buffer: PNG });
    await page
      .getByRole('list', { name: 'Files on this draft' })
      .getByRole('link', { name: 'Download lunch-table.png' })
      .waitFor();
  } else {
    // A discussion offers the microphone and no camera (on a phone: a laptop hides both).
    await page
      .locator('input[type="file"][accept="audio/*"][capture]')
      .waitFor({ state: 'attached' });
    expect(await page.locator('input[type="file"][accept="image/*"]').count()).toBe(0);
    expect(await page.locator('input[type="file"][accept="audio/*"][capture]').count()).toBe(1);
  }
  await narrative.click();
  await page.keyboard.type(
    kind === 'observation'
      ? 'Jordan offered each resident a choice of meal and waited for their answer.'
      : 'We discussed how Jordan reports a safeguarding concern.',
  );
  await mapOutcome(page, 'QC28074-1', 1);
  await waitUntilSaved(page);
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await keepFullScreenshot(page, `${screenshots}-form`);

  await page.getByRole('button', { name: 'Sign this record' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign this record' });
  await dialog.getByText(RECORD_SIGNING_STATEMENTS[kind]).waitFor();
  await dialog.getByText(new RegExp(`about ${LEARNER_NAME}`)).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await keepScreenshot(page, `${screenshots}-sign-dialog`);
  // Without the password nothing is sent.
  await dialog.getByRole('button', { name: 'Sign this record' }).click();
  await dialog.getByText('Enter your password to sign.').waitFor();
  await dialog.getByLabel('Your password').fill(DEMO_PASSWORD);
  await dialog.getByRole('button', { name: 'Sign this record' }).click();
  await page.waitForURL((url) => url.pathname === `/enrolments/${enrolmentId}/evidence/${itemId}`);
  await page.getByText(`Awaiting ${LEARNER_NAME}’s countersignature`).first().waitFor();
  await page.getByRole('heading', { name: 'The assessor’s signature' }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await keepFullScreenshot(page, `${screenshots}-signed-record`);
  return itemId;
}

/** The learner finds the record from their home, and agrees it is accurate. */
async function countersign(page: Page, itemId: string, title: string, screenshots: string) {
  await page.goto(`${baseUrl()}/`);
  const awaiting = page
    .locator('div')
    .filter({ has: page.getByRole('heading', { name: 'Records awaiting your countersignature' }) })
    .last();
  await awaiting.getByRole('link', { name: title }).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.goto(`${baseUrl()}/portfolio`);
  const row = page.getByRole('row').filter({ hasText: title });
  await row.getByText('Awaiting your countersignature').waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.goto(`${baseUrl()}/`);
  await awaiting.getByRole('link', { name: title }).click();
  await page.waitForURL((url) => url.pathname === `/portfolio/evidence/${itemId}`);
  const panel = page.getByRole('region', { name: 'Countersign this record' });
  await panel.waitFor();
  await panel
    .getByText(/Oak Lodge|Read it above/)
    .first()
    .waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await panel.scrollIntoViewIfNeeded();
  await keepScreenshot(page, `${screenshots}-countersign-panel`);

  // Disagreeing needs a reason: the panel asks for it before sending anything.
  await tick(panel.getByRole('radio', { name: /I do not agree/ }));
  await panel.getByLabel('Your password').fill(DEMO_PASSWORD);
  await panel.getByRole('button', { name: 'Sign that I do not agree' }).click();
  await panel.getByText(/Your reason is required to disagree/).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);

  await tick(panel.getByRole('radio', { name: /I agree it is accurate/ }));
  await panel.getByText(COUNTERSIGNING_STATEMENTS.agree).waitFor();
  await panel.getByRole('button', { name: 'Countersign' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /You agreed that the record is accurate/ })
    .waitFor();
  await panel.waitFor({ state: 'detached' });
  await page.locator('.evidence-current').getByText('Accepted', { exact: true }).waitFor();
  const countersignatures = page.locator('.countersignatures');
  await countersignatures.getByText('Agreed').waitFor();
  await countersignatures.getByText(/^[0-9a-f]{64}$/).waitFor();
  expect(await accessibilityViolations(page)).toEqual([]);
  await keepFullScreenshot(page, `${screenshots}-accepted-record`);
}

describe('records made at the workplace', () => {
  let browser: Browser;
  let enrolmentId = '';
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    browser = await launchBrowser();
    enrolmentId = await jordansEnrolment(browser);
  });

  afterAll(async () => {
    await browser.close();
  });

  it('lets the assessor record an observation with a photo on a phone and sign it, and the learner countersign it on theirs', async () => {
    const title = `Lunchtime support ${stamp}`;
    const assessor = await browser.newContext({ viewport: PHONE });
    const page = await assessor.newPage();
    const cspViolations = collectCspViolations(page);
    await signIn(page, ASSESSOR);
    const itemId = await recordAndSign(page, enrolmentId, 'observation', title, 'phone');
    expect(cspViolations).toEqual([]);
    await assessor.close();

    const learner = await browser.newContext({ viewport: PHONE });
    const learnerPage = await learner.newPage();
    await signIn(learnerPage, LEARNER);
    await countersign(learnerPage, itemId, title, 'phone');
    await learner.close();
  });

  it('works the same on a laptop, for a professional discussion', async () => {
    const title = `Safeguarding discussion ${stamp}`;
    const assessor = await browser.newContext({ viewport: DESKTOP });
    const page = await assessor.newPage();
    await signIn(page, ASSESSOR);
    const itemId = await recordAndSign(page, enrolmentId, 'discussion', title, 'desktop');
    await assessor.close();

    const learner = await browser.newContext({ viewport: DESKTOP });
    const learnerPage = await learner.newPage();
    await signIn(learnerPage, LEARNER);
    await countersign(learnerPage, itemId, title, 'desktop');
    await learner.close();
  });

  it('shows the assessor why the learner did not agree, and revises the record as a new draft', async () => {
    const title = `Medication round ${stamp}`;
    // The record made and signed through the API: this test is about what follows.
    const assessor = await browser.newContext({ viewport: PHONE });
    const page = await assessor.newPage();
    await signIn(page, ASSESSOR);
    const created = await page.request.post(
      `${baseUrl()}/api/enrolments/${enrolmentId}/professional-discussions`,
      {
        data: {
          title,
          narrative: '<p>We talked through the medication round.</p>',
          activityDate: '2026-10-20',
          claims: [{ unit: 'QC28074-1', outcome: '2', criterion: null }],
        },
      },
    );
    expect(created.status()).toBe(201);
    const itemId = ((await created.json()) as { id: string }).id;
    const signed = await page.request.post(`${baseUrl()}/api/evidence/${itemId}/signature`, {
      headers: { 'Idempotency-Key': crypto.randomUUID() },
      data: { password: DEMO_PASSWORD },
    });
    expect(signed.status()).toBe(201);

    const learner = await browser.newContext({ viewport: PHONE });
    const learnerPage = await learner.newPage();
    await signIn(learnerPage, LEARNER);
    await learnerPage.goto(`${baseUrl()}/portfolio/evidence/${itemId}`);
    const panel = learnerPage.getByRole('region', { name: 'Countersign this record' });
    await tick(panel.getByRole('radio', { name: /I do not agree/ }));
    const reason = 'We discussed the evening round, not the morning one.';
    await panel.getByLabel('What is not accurate').fill(reason);
    await panel.getByLabel('Your password').fill(DEMO_PASSWORD);
    await panel.getByRole('button', { name: 'Sign that I do not agree' }).click();
    await learnerPage
      .getByRole('status')
      .filter({ hasText: /You did not agree with the record/ })
      .waitFor();
    await learnerPage
      .locator('.countersignatures')
      .getByText('Did not agree', { exact: true })
      .waitFor();
    expect(await accessibilityViolations(learnerPage)).toEqual([]);
    await learner.close();

    await page.goto(`${baseUrl()}/enrolments/${enrolmentId}/evidence/${itemId}`);
    const disagreement = page.getByRole('region', {
      name: `${LEARNER_NAME} does not agree with this record`,
    });
    await disagreement.getByText(reason).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Revise this record' }).click();
    await page.waitForURL(
      (url) => url.pathname === `/enrolments/${enrolmentId}/records/${itemId}/edit`,
    );
    await page.getByRole('heading', { level: 1, name: 'Professional discussion record' }).waitFor();
    await page.getByText(/Version 2 is a new draft/).waitFor();
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(title);
    expect(await accessibilityViolations(page)).toEqual([]);
    await assessor.close();
  });

  it('keeps what the assessor typed when the session ends, and saves it after they sign in again', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, ASSESSOR);
    await page.goto(`${baseUrl()}/enrolments/${enrolmentId}/observations/new`);
    await page.getByRole('heading', { level: 1, name: 'Record an observation' }).waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill(`Handover observed ${stamp}`);
    await page.waitForURL((url) => /\/records\/[^/]+\/edit$/.test(url.pathname));
    await waitUntilSaved(page);

    await typeAcrossAnEndedSession(page, {
      field: 'What I observed',
      typed: 'Jordan handed over each resident by name, written after the session ended.',
      email: ASSESSOR,
    });
    await context.close();
  });
});
