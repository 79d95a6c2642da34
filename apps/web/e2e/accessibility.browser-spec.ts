import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  accessibilityViolations,
  baseUrl,
  collectCspViolations,
  launchBrowser,
  signIn,
} from './browser-session';

describe('accessibility and content security', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cspViolations: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    cspViolations = collectCspViolations(page);
  });

  afterEach(async () => {
    await context.close();
  });

  it('has no WCAG 2.2 AA violations on the login page, nor after a failed sign-in', async () => {
    await page.goto(`${baseUrl()}/login`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Email address').fill('admin@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Email or password is incorrect').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('has no WCAG 2.2 AA violations on the admin home', async () => {
    await signIn(page, 'admin@demo.test');
    await page.getByRole('heading', { level: 1, name: 'Admin home' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('has no WCAG 2.2 AA violations on the users page, its form errors and its dialogs', async () => {
    await signIn(page, 'admin@demo.test');
    await page.goto(`${baseUrl()}/admin/users`);
    await page.getByRole('grid', { name: 'Users' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Email address').fill('admin@demo.test');
    await page.getByLabel('Display name').fill('Someone Already Here');
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByText('Roles must give the person at least one role.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page
      .getByRole('group', { name: 'Roles at Demo Care Academy' })
      .getByText('Learner', { exact: true })
      .click();
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('alert').filter({ hasText: 'already has an account' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page
      .getByRole('button', { name: /^Actions for / })
      .first()
      .click();
    await page.getByRole('menuitem', { name: 'Edit roles' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('has no WCAG 2.2 AA violations on the failed background jobs page, reached from the admin home', async () => {
    await signIn(page, 'admin@demo.test');
    await page.getByRole('link', { name: 'Failed background jobs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Failed background jobs' }).waitFor();
    await page.getByText('No background job has failed.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('works at 360 pixels wide without sideways scrolling', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, 'admin@demo.test');
    await page.goto(`${baseUrl()}/admin/users`);
    await page.getByRole('grid', { name: 'Users' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
