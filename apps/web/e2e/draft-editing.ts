import type { Locator, Page } from 'playwright-core';
import { baseUrl, DEMO_PASSWORD } from './browser-session';

/** A whole 1×1 PNG (the API's evidence samples): a photo to upload. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** The box is drawn over a visually hidden input: press its label, as a person would. */
export async function tick(control: Locator): Promise<void> {
  await control.locator('xpath=ancestor::label[1]').click();
  expect(await control.isChecked()).toBe(true);
}

/** Opens the unit in a draft's outcome picker (unless open) and ticks one of its outcomes. */
export async function mapOutcome(page: Page, unit: string, outcome: number): Promise<void> {
  const trigger = page.getByRole('button', { name: new RegExp(`^${unit} `) });
  if ((await trigger.getAttribute('aria-expanded')) !== 'true') await trigger.click();
  await tick(
    page.getByRole('checkbox', { name: new RegExp(`^${unit} Learning outcome ${outcome}:`) }),
  );
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /^Saved at / })
    .waitFor();
}

/**
 * On a draft's page: the session ends elsewhere (signed out in another tab, or the signal goes in
 * the lift), then the writer types `typed` into the rich text `field`. The save is refused, so the
 * writer is asked to sign in as `email`, comes back to the draft with what they typed restored from
 * this device, and it is saved on the server, not only on this device.
 */
export async function typeAcrossAnEndedSession(
  page: Page,
  { field, typed, email }: { field: string; typed: string; email: string },
): Promise<void> {
  const editPath = new URL(page.url()).pathname;
  const other = await page.context().newPage();
  const signedOut = await other.request.post(`${baseUrl()}/api/auth/logout`, {
    headers: { Origin: baseUrl() },
  });
  expect(signedOut.ok()).toBe(true);
  await other.close();

  await page.getByRole('textbox', { name: field }).click();
  await page.keyboard.type(typed);

  await page.waitForURL((url) => url.pathname === '/login');
  expect(new URL(page.url()).searchParams.get('next')).toBe(editPath);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === editPath);
  await page.getByText(/What you typed before is back/).waitFor();
  await page.getByRole('textbox', { name: field }).getByText(typed).waitFor();
  await waitUntilSaved(page);

  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByRole('textbox', { name: field }).getByText(typed).waitFor();
}
