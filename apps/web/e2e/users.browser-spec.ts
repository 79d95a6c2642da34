import { Client } from 'pg';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, baseUrl, launchBrowser, signIn } from './browser-session';

describe('admin creates a user', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('gives the admin a one-time link with which the new user sets a password and signs in', async () => {
    const email = `new.assessor.${Date.now()}@example.test`;
    const displayName = `Sam Patel ${Date.now()}`;
    const password = 'correct horse battery staple';

    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, 'admin@demo.test');
    await admin
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Users' })
      .click();
    await admin.getByRole('heading', { level: 1, name: 'Users' }).waitFor();

    await admin.getByLabel('Email address').fill(email);
    await admin.getByLabel('Display name').fill(displayName);
    const roles = admin.getByRole('group', { name: 'Roles at Demo Care Academy' });
    // The box is drawn over a visually hidden input: press its label, as a person would.
    await roles.getByText('Assessor', { exact: true }).click();
    expect(await roles.getByRole('checkbox', { name: 'Assessor', exact: true }).isChecked()).toBe(
      true,
    );
    await admin.getByRole('button', { name: 'Create user' }).click();

    await admin.getByRole('heading', { name: `${displayName} has been created` }).waitFor();
    const link = await admin
      .getByRole('textbox', { name: `One-time password link for ${displayName}` })
      .inputValue();
    expect(link).toMatch(/\/set-password#token=.+/);
    await admin.getByRole('row').filter({ hasText: email }).waitFor();
    await adminContext.close();

    const newUserContext = await browser.newContext();
    const newUser = await newUserContext.newPage();
    await newUser.goto(link);
    await newUser.getByRole('heading', { level: 1, name: 'Set your password' }).waitFor();
    await newUser.getByLabel('New password', { exact: true }).fill(password);
    await newUser.getByLabel('Confirm new password').fill(password);
    await newUser.getByRole('button', { name: 'Set password' }).click();
    await newUser.waitForURL((url) => url.pathname === '/login');
    await newUser.getByText('Your password has been set').waitFor();

    // The link works once: a second use is refused in words, with no form to fill in.
    await newUser.goto('about:blank');
    await newUser.goto(link);
    await newUser.getByLabel('New password', { exact: true }).fill(password);
    await newUser.getByLabel('Confirm new password').fill(password);
    await newUser.getByRole('button', { name: 'Set password' }).click();
    await newUser.getByRole('alert').filter({ hasText: 'already been used' }).waitFor();

    await signIn(newUser, email, password);
    await newUser.getByRole('heading', { level: 1, name: 'Assessor home' }).waitFor();
    await newUser.getByText(displayName).first().waitFor();
    await newUserContext.close();
  });

  it('lets an admin disable a user after confirming, and enable them again', async () => {
    const email = `to.disable.${Date.now()}@example.test`;
    const displayName = `Robin Disable ${Date.now()}`;
    const context = await browser.newContext();
    const admin = await context.newPage();
    await signIn(admin, 'admin@demo.test');
    await admin.goto(new URL('/admin/users', admin.url()).toString());
    await admin.getByLabel('Email address').fill(email);
    await admin.getByLabel('Display name').fill(displayName);
    await admin
      .getByRole('group', { name: 'Roles at Demo Care Academy' })
      .getByText('Learner', { exact: true })
      .click();
    await admin.getByRole('button', { name: 'Create user' }).click();
    await admin.getByRole('heading', { name: `${displayName} has been created` }).waitFor();

    const row = admin.getByRole('row').filter({ hasText: email });
    await row.getByRole('gridcell', { name: 'Active' }).waitFor();
    await admin.getByRole('button', { name: `Actions for ${displayName}` }).click();
    await admin.getByRole('menuitem', { name: 'Disable' }).click();
    const confirm = admin.getByRole('alertdialog', { name: `Disable ${displayName}?` });
    await confirm.getByRole('button', { name: 'Disable user' }).click();
    await confirm.waitFor({ state: 'detached' });
    await row.getByRole('gridcell', { name: 'Disabled' }).waitFor();

    await admin.getByRole('button', { name: `Actions for ${displayName}` }).click();
    await admin.getByRole('menuitem', { name: 'Enable' }).click();
    await admin.getByRole('button', { name: 'Enable user' }).click();
    await row.getByRole('gridcell', { name: 'Active' }).waitFor();
    await context.close();
  });

  it('adds an account of another centre to the admin’s centre, saying why there is no link', async () => {
    const databaseUrl = process.env['SIGNOFF_DATABASE_URL'];
    if (!databaseUrl) {
      console.log(
        'SIGNOFF_DATABASE_URL is not set: no account at another centre can be made, so this journey is not run.',
      );
      return;
    }
    const email = `freelance.${Date.now()}@example.test`;
    // Another centre's admin made this account: set it up as they would have.
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(
        `WITH centre AS (INSERT INTO centres (name) VALUES ('Elsewhere College') RETURNING id),
              person AS (INSERT INTO users (email, display_name) VALUES ($1, 'Fran Freelance') RETURNING id),
              member AS (INSERT INTO centre_members (user_id, centre_id) SELECT person.id, centre.id FROM person, centre RETURNING user_id, centre_id)
         INSERT INTO memberships (user_id, centre_id, role) SELECT user_id, centre_id, 'assessor' FROM member`,
        [email],
      );
    } finally {
      await client.end();
    }

    const context = await browser.newContext();
    const admin = await context.newPage();
    await signIn(admin, 'admin@demo.test');
    await admin.goto(new URL('/admin/users', admin.url()).toString());
    await admin.getByLabel('Email address').fill(email);
    await admin.getByLabel('Display name').fill('Frances F');
    await admin
      .getByRole('group', { name: 'Roles at Demo Care Academy' })
      .getByText('Assessor', { exact: true })
      .click();
    await admin.getByRole('button', { name: 'Create user' }).click();
    await admin
      .getByRole('heading', { name: 'Fran Freelance has been added to your centre' })
      .waitFor();
    await admin.getByText('They sign in with the password they already have').waitFor();
    expect(await admin.getByRole('textbox', { name: /One-time password link/ }).count()).toBe(0);
    await admin.getByRole('row').filter({ hasText: email }).waitFor();
    await context.close();
  });

  it('finds people, learners and enrolments by name, keeping the search in the address', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'admin@demo.test');
    const rowNames = (table: string) =>
      page.getByRole('grid', { name: table }).getByRole('rowheader').allInnerTexts();

    await page.goto(`${baseUrl()}/learners`);
    const search = page.getByRole('searchbox', { name: 'Find a learner' });
    await search.fill('AISHA');
    await page
      .getByRole('status')
      .filter({ hasText: /^1 learner matches\.$/ })
      .waitFor();
    expect(await rowNames('Learners')).toEqual(['Aisha Begum']);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.waitForURL((url) => url.searchParams.get('q') === 'AISHA');
    await page.reload();
    expect(await page.getByRole('searchbox', { name: 'Find a learner' }).inputValue()).toBe(
      'AISHA',
    );
    expect(await rowNames('Learners')).toEqual(['Aisha Begum']);
    await page.getByRole('searchbox', { name: 'Find a learner' }).press('Escape');
    await page.getByRole('grid', { name: 'Learners' }).getByText('Jordan Ellis').waitFor();
    await page.getByRole('searchbox', { name: 'Find a learner' }).fill('nobody by this name');
    await page.getByText('No learner matches the search.').waitFor();

    // Every word must match somewhere: the learner's name, the assessor's, the qualification.
    await page.goto(`${baseUrl()}/enrolments`);
    await page.getByRole('searchbox', { name: 'Find an enrolment' }).fill('hughes mental health');
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ enrolments? match(es)?\.$/ })
      .waitFor();
    const assessedByTom = await rowNames('Enrolments');
    expect(assessedByTom).toContain('Aisha Begum');
    expect(assessedByTom).not.toContain('Jordan Ellis');

    await page.goto(`${baseUrl()}/admin/users`);
    // Listed a page at a time, saying where the page sits; a search runs on the server, paged too.
    const position = page
      .getByRole('navigation', { name: 'Pages of people' })
      .getByText(/^Showing (all \d+|1–\d+ of \d+) people$/);
    await position.waitFor();
    await page.getByRole('searchbox', { name: 'Find a person' }).fill('okafor');
    await page
      .getByRole('status')
      .filter({ hasText: /^1 person matches\.$/ })
      .waitFor();
    expect(await rowNames('Users')).toEqual(['Grace Okafor']);
    await page
      .getByRole('navigation', { name: 'Pages of people' })
      .getByText('Showing 1 person')
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
