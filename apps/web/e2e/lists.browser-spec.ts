import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, baseUrl, launchBrowser, signIn } from './browser-session';

/** The demo centre's learners, in the order of their dates of birth (1988, 1992, 2007). */
const BY_BIRTH = ['Aisha Begum', 'Jordan Ellis', 'Callum Fraser'];

/** The demo learners' names as the table lists them now (other tests may add learners). */
async function demoLearnersShown(page: Page, table: string): Promise<string[]> {
  const names = await page
    .getByRole('grid', { name: table })
    .getByRole('rowheader')
    .allInnerTexts();
  return names.map((name) => name.trim()).filter((name) => BY_BIRTH.includes(name));
}

/** Focused element, as a person using a screen reader would hear it: its role and its text. */
function focused(page: Page): Promise<{ role: string | null; tag: string; text: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    return {
      role: element.getAttribute('role'),
      tag: element.tagName,
      text: element.innerText.trim(),
    };
  });
}

describe('lists: searched, sorted and filtered on the server, one table for all', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('sorts by a column header, by mouse or keyboard, and keeps the order in the address', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'admin@demo.test');
    await page.goto(`${baseUrl()}/learners`);
    const header = page.getByRole('columnheader', { name: /Date of birth/ });

    await header.click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'dateOfBirth');
    await expectSoon(() => header.getAttribute('aria-sort'), 'ascending');
    await expectSoon(() => demoLearnersShown(page, 'Learners'), BY_BIRTH);

    // The header is reached and pressed from the keyboard too.
    await header.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('direction') === 'desc');
    await expectSoon(() => header.getAttribute('aria-sort'), 'descending');
    await expectSoon(() => demoLearnersShown(page, 'Learners'), [...BY_BIRTH].reverse());

    await page.reload();
    await expectSoon(() => demoLearnersShown(page, 'Learners'), [...BY_BIRTH].reverse());
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('moves through the rows and cells with the arrow keys and opens a row’s link', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'admin@demo.test');
    await page.goto(`${baseUrl()}/learners?q=e`);
    await page.getByRole('grid', { name: 'Learners' }).getByRole('row').nth(1).waitFor();

    await page.getByRole('searchbox', { name: 'Find a learner' }).focus();
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.role).toBe('row');
    await page.keyboard.press('ArrowDown');
    const second = await focused(page);
    expect(second.role).toBe('row');
    expect(second.text).not.toBe(first.text);
    await page.keyboard.press('ArrowRight');
    const link = await focused(page);
    expect(link.tag).toBe('A');
    expect(second.text.startsWith(link.text)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: link.text }).waitFor();
    await context.close();
  });

  it('filters the enrolments on the server, and back and reload keep the filters', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'admin@demo.test');
    await page.goto(`${baseUrl()}/enrolments`);
    // Other browser tests enrol learners of their own beside the demo's, at the same time.
    const names = () => demoLearnersShown(page, 'Enrolments');

    await page.getByRole('button', { name: /Assessor$/ }).click();
    await page.getByRole('option', { name: 'Tom Hughes' }).click();
    await page.waitForURL((url) => url.searchParams.has('assessor'));
    await expectSoon(names, ['Aisha Begum']);

    await page.getByRole('button', { name: /Status$/ }).click();
    await page.getByRole('option', { name: 'Withdrawn' }).click();
    await page.getByText('No enrolment matches the search and filters.').waitFor();

    await page.goBack();
    await expectSoon(names, ['Aisha Begum']);
    await page.reload();
    await expectSoon(names, ['Aisha Begum']);
    // The choice shows the assessor's name once the centre's assessors have loaded.
    const assessorChosen = page.getByRole('button', { name: /Assessor$/ });
    await expectSoon(async () => (await assessorChosen.innerText()).includes('Tom Hughes'), true);
    await context.close();
  });

  it('shows each record as a card on a phone, with the order offered as one choice', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, 'admin@demo.test');
    await page.goto(`${baseUrl()}/learners`);
    await page.getByRole('grid', { name: 'Learners' }).waitFor();
    // The headers are for screen readers here (a clipped pixel); the choice stands in for them.
    const headers = await page
      .getByRole('grid', { name: 'Learners' })
      .locator('thead')
      .boundingBox();
    expect(headers?.height).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: /Sort by$/ }).click();
    await page.getByRole('option', { name: 'Date of birth, descending' }).click();
    await page.waitForURL((url) => url.searchParams.get('direction') === 'desc');
    await expectSoon(() => demoLearnersShown(page, 'Learners'), [...BY_BIRTH].reverse());
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});

/** Waits (up to five seconds) for what the page shows to settle on the expected value. */
async function expectSoon<T>(read: () => Promise<T>, expected: T): Promise<void> {
  const until = Date.now() + 5000;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}
