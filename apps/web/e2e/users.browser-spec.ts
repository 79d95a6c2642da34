import type { Browser } from 'playwright-core';
import { launchBrowser, signIn } from './browser-session';

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
    await row.getByRole('cell', { name: 'Active' }).waitFor();
    await admin.getByRole('button', { name: `Actions for ${displayName}` }).click();
    await admin.getByRole('menuitem', { name: 'Disable' }).click();
    const confirm = admin.getByRole('alertdialog', { name: `Disable ${displayName}?` });
    await confirm.getByRole('button', { name: 'Disable user' }).click();
    await confirm.waitFor({ state: 'detached' });
    await row.getByRole('cell', { name: 'Disabled' }).waitFor();

    await admin.getByRole('button', { name: `Actions for ${displayName}` }).click();
    await admin.getByRole('menuitem', { name: 'Enable' }).click();
    await admin.getByRole('button', { name: 'Enable user' }).click();
    await row.getByRole('cell', { name: 'Active' }).waitFor();
    await context.close();
  });
});
