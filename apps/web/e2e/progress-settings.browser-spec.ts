import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser, signIn } from './browser-session';

const ADMIN = 'admin@demo.test';

/**
 * The demo centre's admin sets the margins for Behind and Well behind: a margin for Well behind
 * not above the one for Behind is refused in words by the field, then the settings are saved
 * (and put back), each state checked with axe.
 */
describe('progress settings', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets an admin set when a learner counts as behind, refusing margins in the wrong order', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, ADMIN);
    await page.getByRole('link', { name: 'Progress settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Progress settings' }).waitFor();
    const form = page.getByRole('form', { name: /^Progress settings at / });
    const behind = form.getByRole('textbox', { name: /^Behind when progress lags/ });
    const wellBehind = form.getByRole('textbox', { name: /^Well behind when progress lags/ });
    expect([await behind.inputValue(), await wellBehind.inputValue()]).toEqual(['10', '25']);
    expect(await accessibilityViolations(page)).toEqual([]);

    await wellBehind.fill('5');
    await form.getByRole('button', { name: 'Save progress settings' }).click();
    await form
      .getByText(/The margin for Well behind must be more than the margin for amber/)
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await behind.fill('15');
    await wellBehind.fill('30');
    await form.getByRole('button', { name: 'Save progress settings' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The progress settings are saved.' })
      .waitFor();
    await page.reload();
    expect(await behind.inputValue()).toBe('15');

    await behind.fill('10');
    await wellBehind.fill('25');
    await form.getByRole('button', { name: 'Save progress settings' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The progress settings are saved.' })
      .waitFor();
    await context.close();
  }, 120_000);
});
