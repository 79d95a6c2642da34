import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, signIn } from './browser-session';

const ALL_NAV_ITEMS = [
  'Home',
  'Users',
  'Learners',
  'Enrolments',
  'Caseload',
  'Assessment',
  'Sampling',
  'Witnesses',
  'My qualification',
  'My portfolio',
  'Qualifications',
];

const ROLE_HOMES = [
  {
    email: 'admin@demo.test',
    heading: 'Admin home',
    nav: ['Home', 'Users', 'Learners', 'Enrolments', 'Witnesses', 'Qualifications'],
  },
  {
    email: 'assessor@demo.test',
    heading: 'Assessor home',
    nav: ['Home', 'Caseload', 'Assessment', 'Witnesses', 'Qualifications'],
  },
  {
    email: 'iqa@demo.test',
    heading: 'IQA home',
    nav: ['Home', 'Sampling', 'Witnesses', 'Qualifications'],
  },
  {
    email: 'eqa@demo.test',
    heading: 'EQA home',
    nav: ['Home', 'Enrolments', 'Witnesses', 'Qualifications'],
  },
  {
    email: 'learner@demo.test',
    heading: 'Learner home',
    nav: ['Home', 'My qualification', 'My portfolio', 'Qualifications'],
  },
];

describe('signing in', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  it.each(ROLE_HOMES)(
    'shows $email the $heading with only the navigation of that role',
    async ({ email, heading, nav }) => {
      await signIn(page, email);

      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      await page.getByText('at Demo Care Academy').first().waitFor();
      const mainNav = page.getByRole('navigation', { name: 'Main' });
      for (const item of ALL_NAV_ITEMS) {
        const links = await mainNav.getByRole('link', { name: item, exact: true }).count();
        expect({ item, shown: links > 0 }).toEqual({ item, shown: nav.includes(item) });
      }
      expect(await page.title()).toBe('Home – Signoff');
    },
  );

  it('keeps a wrong password on /login and says the email or password is incorrect', async () => {
    await page.goto(`${baseUrl()}/login`);
    await page.getByLabel('Email address').fill('admin@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Email or password is incorrect' });
    await alert.waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('sends a visitor without a session to /login, then on to the page they asked for', async () => {
    await page.goto(`${baseUrl()}/admin/users`);
    await page.waitForURL((url) => url.pathname === '/login');

    await page.getByLabel('Email address').fill('admin@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('Demo-Passw0rd!');
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
  });

  it('signs out to the login page, after which /api/me answers 401', async () => {
    await signIn(page, 'learner@demo.test');
    await page.getByRole('heading', { level: 1, name: 'Learner home' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByText('You have signed out.').waitFor();
    const me = await page.request.get(`${baseUrl()}/api/me`);
    expect(me.status()).toBe(401);
  });

  it('shows a page not found for an unknown address', async () => {
    await page.goto(`${baseUrl()}/no-such-page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  });
});
