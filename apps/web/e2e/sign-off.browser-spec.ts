import type { Browser, Locator, Page } from 'playwright-core';
import {
  accessibilityViolations,
  baseUrl,
  DEMO_PASSWORD,
  launchBrowser,
  signIn,
} from './browser-session';

/** Kwame Mensah's two submitted items cover every learning outcome of this unit; only this test uses him. */
const LEARNER = 'learner5@demo.test';
const LEARNER_NAME = 'Kwame Mensah';
const ASSESSOR = 'assessor@demo.test';
const UNIT = 'QC28074-5';
const OUTCOMES = 6;

/** Radios are drawn over visually hidden inputs: press the label, as a person would. */
async function press(control: Locator): Promise<void> {
  await control.locator('xpath=ancestor::label[1]').click();
}

/**
 * Accepts, as the assessor, each of the learner's items awaiting assessment: from the queue, on
 * the evidence page's decision form, keeping the learner's mapping. After each decision the app
 * opens the next item awaiting the assessor, which may be another learner's: back to the queue,
 * picking the learner's by name. Answers the enrolment's id.
 */
async function acceptEachAwaiting(page: Page, learnerName: string, items: number): Promise<string> {
  const queue = page.getByRole('grid', { name: 'Awaiting assessment' });
  const theirs = queue.getByRole('row').filter({ hasText: learnerName });
  let enrolmentId = '';
  for (let accepted = 0; accepted < items; accepted += 1) {
    await page.goto(`${baseUrl()}/assessment`);
    await queue.getByRole('rowheader').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const item = theirs.first().getByRole('link');
    const title = (await item.innerText()).replace(/ \(version \d+\)$/, '');
    await item.click();
    await page.waitForURL((url) => /^\/enrolments\/[^/]+\/evidence\//.test(url.pathname));
    enrolmentId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const form = page.getByRole('form', { name: /^Your decision on version \d+$/ });
    await form.getByRole('radio', { name: /Accept/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await press(form.getByRole('radio', { name: /Accept/ }));
    await form.getByRole('button', { name: /^Accept version \d+$/ }).click();
    // On to the next item awaiting the assessor, or the queue, saying what was done.
    await page.getByRole('status').getByText(`You accepted “${title}”`, { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  }
  await page.goto(`${baseUrl()}/assessment`);
  await queue.or(page.getByText('Nothing is waiting for you to assess.')).waitFor();
  expect(await theirs.count()).toBe(0);
  return enrolmentId;
}

/** Waits for a value read from the page to become what is expected (it loads after the page). */
async function expectSoon<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  expect(value).toEqual(expected);
}

/** The page scrolls only up and down: nothing is wider than the window. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function signInDialog(page: Page, name: string, button: string, password: string) {
  const dialog = page.getByRole('dialog', { name });
  await dialog.getByLabel('Your password').fill(password);
  await dialog.getByRole('button', { name: button }).click();
  return dialog;
}

describe('signing off a unit', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  // Two people, the assessor deciding on two items and both signing: longer than one page's test.
  it('the assessor accepts two items and signs every row and the unit; the learner countersigns and sees it achieved with its 20 credits', async () => {
    const assessorContext = await browser.newContext();
    const page = await assessorContext.newPage();
    await signIn(page, ASSESSOR);

    // The two items await Priya Shah among others; she accepts each beside the evidence.
    const enrolmentId = await acceptEachAwaiting(page, LEARNER_NAME, 2);

    // A unit without accepted evidence: no row may be picked, and each says why.
    await page.goto(`${baseUrl()}/enrolments/${enrolmentId}/units/QC28074-1`);
    const empty = page.getByRole('table', { name: 'Sign-off of unit QC28074-1' });
    await empty.getByText('No accepted evidence yet').first().waitFor();
    expect(await empty.getByText('No accepted evidence yet').count()).toBe(OUTCOMES);
    expect(await empty.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Sign the rows you pick' }).count()).toBe(0);

    // From the enrolment, each unit leads to its sign-off.
    await page.goto(`${baseUrl()}/enrolments/${enrolmentId}`);
    await page.getByRole('table', { name: 'Units and progress' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: UNIT, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/enrolments/${enrolmentId}/units/${UNIT}`);
    await page
      .getByRole('heading', { level: 1, name: /Resource and Service Management/ })
      .waitFor();
    await page.getByText(`Sign-off for ${LEARNER_NAME}, 20 credits`).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Not yet achieved' }).waitFor();

    const matrix = page.getByRole('table', { name: `Sign-off of unit ${UNIT}` });
    const rowHeaders = matrix.getByRole('rowheader');
    expect(await rowHeaders.count()).toBe(OUTCOMES);
    expect((await rowHeaders.first().innerText()).replace(/\s+/g, ' ').trim()).toBe(
      'Outcome 1 Manage financial, human, and physical resources effectively',
    );
    // Each row shows the accepted evidence mapped to it, leading to the item.
    const first = matrix
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /^Outcome 1 / }) });
    await first.getByRole('link', { name: /Observed: planning next quarter/ }).waitFor();
    await first.getByText('Not signed').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // One row picked from the keyboard, then every row that may be signed.
    const pickFirst = matrix.getByRole('checkbox', { name: /Pick Outcome 1:/ });
    await pickFirst.focus();
    await page.keyboard.press('Space');
    expect(await pickFirst.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Sign 1 row' }).waitFor();
    await page.getByRole('button', { name: `Pick all ${OUTCOMES} that may be signed` }).click();
    await page.getByRole('button', { name: `Sign ${OUTCOMES} rows` }).click();

    const dialog = page.getByRole('dialog', { name: 'Sign off rows' });
    await dialog
      .getByText(`I confirm that ${LEARNER_NAME} has met these ${OUTCOMES} of unit ${UNIT}`)
      .waitFor();
    expect(await dialog.getByRole('listitem').count()).toBe(OUTCOMES);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Without the password nothing is sent; a wrong one is refused on the field.
    await dialog.getByRole('button', { name: `Sign ${OUTCOMES} rows` }).click();
    await dialog.getByText('Enter your password to sign.').waitFor();
    await signInDialog(page, 'Sign off rows', `Sign ${OUTCOMES} rows`, 'not-my-password');
    const password = dialog.getByLabel('Your password');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('aria-invalid') === 'true',
    );
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    await signInDialog(page, 'Sign off rows', `Sign ${OUTCOMES} rows`, DEMO_PASSWORD);
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `Signed ${OUTCOMES} rows of ${UNIT}` })
      .waitFor();
    await first.getByText(/Signed by Priya Shah/).waitFor();
    // The button that opened the dialog is gone: the reader is taken to where the unit stands.
    await page.waitForFunction(() => document.activeElement?.id === 'standing-heading');
    expect(await matrix.getByText('Not signed').count()).toBe(0);
    expect(await matrix.getByRole('checkbox').count()).toBe(0);

    // Then the unit, in the same dialog. The first answer is lost on the way back (the server
    // signed); pressing again sends the same Idempotency-Key, and the server answers the first
    // signature (200) rather than signing again (201).
    const keys: string[] = [];
    await page.route('**/unit-sign-off', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length > 1) return route.continue();
      await route.fetch();
      return route.abort('failed');
    });
    await page.getByRole('button', { name: 'Sign the unit' }).click();
    const unitDialog = await signInDialog(page, 'Sign the unit', 'Sign the unit', DEMO_PASSWORD);
    await unitDialog.getByText(/Signing again is safe: it will not be signed twice\./).waitFor();
    const replayed = page.waitForResponse((response) => response.url().endsWith('/unit-sign-off'));
    await unitDialog.getByRole('button', { name: 'Sign the unit' }).click();
    expect((await replayed).status()).toBe(200);
    await unitDialog.waitFor({ state: 'detached' });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    await page.unroute('**/unit-sign-off');
    await page
      .getByRole('status')
      .filter({ hasText: `Signed the unit ${UNIT}` })
      .waitFor();
    await page.getByText('The learner has not countersigned the unit yet').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await assessorContext.close();

    // The learner countersigns, on a phone.
    const learnerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const learnerPage = await learnerContext.newPage();
    await signIn(learnerPage, LEARNER);
    // Their home says what awaits their countersignature, leading to it.
    await learnerPage.getByRole('heading', { name: 'Awaiting your countersignature' }).waitFor();
    expect(await accessibilityViolations(learnerPage)).toEqual([]);
    await learnerPage
      .getByRole('link', { name: `${UNIT} Resource and Service Management in Mental Health` })
      .click();
    await learnerPage.waitForURL(
      (url) => url.pathname === `/enrolments/${enrolmentId}/units/${UNIT}`,
    );
    await learnerPage.getByText('Your sign-off, 20 credits').waitFor();
    expect(await learnerPage.getByRole('checkbox').count()).toBe(0);
    await expectNoSidewaysScroll(learnerPage);
    expect(await accessibilityViolations(learnerPage)).toEqual([]);
    await learnerPage.getByRole('button', { name: 'Countersign this unit' }).click();
    const countersign = learnerPage.getByRole('dialog', { name: 'Countersign this unit' });
    await countersign.getByText(/^I confirm that Priya Shah assessed my evidence/).waitFor();
    expect(await accessibilityViolations(learnerPage)).toEqual([]);
    await signInDialog(learnerPage, 'Countersign this unit', 'Countersign', DEMO_PASSWORD);
    await countersign.waitFor({ state: 'detached' });
    await learnerPage
      .getByRole('status')
      .filter({ hasText: `Countersigned ${UNIT}` })
      .waitFor();
    await learnerPage.getByRole('heading', { level: 2, name: 'Achieved' }).waitFor();
    await learnerPage.getByText('Its 20 credits count towards the qualification.').waitFor();
    expect(await learnerPage.getByRole('button', { name: 'Countersign this unit' }).count()).toBe(
      0,
    );
    expect(await accessibilityViolations(learnerPage)).toEqual([]);

    // Home counts the unit's 20 credits towards the qualification.
    await learnerPage.getByRole('link', { name: 'Home' }).click();
    const credits = learnerPage.getByRole('progressbar', {
      name: 'Credits achieved towards the qualification',
    });
    await expectSoon(() => credits.getAttribute('aria-valuetext'), '20 of 120 credits');
    expect(
      await learnerPage
        .getByRole('progressbar', { name: `Rows signed in ${UNIT}` })
        .getAttribute('aria-valuetext'),
    ).toBe(`${OUTCOMES} of ${OUTCOMES} rows signed`);
    expect(
      await learnerPage.getByRole('heading', { name: 'Awaiting your countersignature' }).count(),
    ).toBe(0);
    // Time elapsed against the plan, and where that leaves them, in words (never colour alone).
    expect(
      await learnerPage
        .getByRole('progressbar', { name: 'Planned learning time elapsed' })
        .getAttribute('aria-valuetext'),
    ).toMatch(/^\d+ of \d+ planned days in learning, breaks excluded$/);
    await learnerPage
      .locator('.qualification-progress__rag')
      .getByText(/^(On track|Behind|Well behind)$/)
      .waitFor();
    expect(await accessibilityViolations(learnerPage)).toEqual([]);
    await learnerContext.close();
  }, 240_000);
});
