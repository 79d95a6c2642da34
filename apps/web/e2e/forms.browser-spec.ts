import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, signIn } from './browser-session';

/** The words that describe the focused field, as a screen reader reads them after its name. */
async function focusedField(page: Page) {
  return page.evaluate(() => {
    const field = document.activeElement as HTMLInputElement;
    const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return {
      name: field.labels?.[0]?.textContent ?? '',
      invalid: field.getAttribute('aria-invalid'),
      description: describedBy
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    };
  });
}

describe('a form checked before and after sending', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('focuses the first field at fault and says why, then shows the server’s refusal under its field', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'admin@demo.test');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Users' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();

    await page.getByRole('button', { name: 'Create user' }).click();

    await page
      .getByRole('alert')
      .filter({ hasText: 'Some answers need correcting. Check the fields marked below.' })
      .waitFor();
    expect(await focusedField(page)).toEqual({
      name: 'Email address',
      invalid: 'true',
      description: expect.stringContaining('Email address must be filled in.'),
    });
    const displayName = page.getByLabel('Display name');
    expect(await displayName.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The form checks by the rules the API checks by, in the same words.
    await page.getByLabel('Email address').fill('sam.patel');
    await displayName.fill('Sam Patel');
    await page
      .getByRole('group', { name: 'Roles at Demo Care Academy' })
      .getByText('Learner', { exact: true })
      .click();
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByText('Email address must be an email address.').waitFor();
    expect(await focusedField(page)).toEqual({
      name: 'Email address',
      invalid: 'true',
      description: expect.stringContaining('Email address must be an email address.'),
    });
    expect(await displayName.getAttribute('aria-invalid')).toBeNull();

    // Editing the field takes its problem away.
    await page.getByLabel('Email address').fill('admin@demo.test');
    expect(await page.getByText('Email address must be an email address.').count()).toBe(0);

    // Passes the form's own check, but only the API knows the address is taken.
    await page.getByRole('button', { name: 'Create user' }).click();
    await page.getByRole('alert').filter({ hasText: 'already has an account' }).waitFor();
    expect(await focusedField(page)).toEqual({
      name: 'Email address',
      invalid: 'true',
      description: expect.stringContaining('already has an account with this email address'),
    });
    await context.close();
  });
});
