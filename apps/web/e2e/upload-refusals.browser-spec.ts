import type { Browser, Page } from 'playwright-core';
import { launchBrowser, signIn } from './browser-session';

/** Chooses an option of a labelled select (a button and a list box, not a native select). */
async function choose(page: Page, label: RegExp, option: RegExp): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

describe('an upload refused for what the file is', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('says what to do, and offers no "Try again" that could only fail', async () => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, 'learner@demo.test');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My portfolio' })
      .click();
    await page.getByRole('link', { name: 'Add evidence' }).click();
    await choose(page, /Method$/, /Direct observation/);
    await page.getByLabel('Title').fill(`Refused upload ${Date.now().toString(36)}`);
    await page.waitForURL((url) => /^\/portfolio\/evidence\/[^/]+\/edit$/.test(url.pathname));
    const itemId = new URL(page.url()).pathname.split('/')[3] ?? '';

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'supervision-record.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('Notes typed in a text editor, not a PDF at all.\n'),
    });
    const uploads = page.getByRole('list', { name: 'Uploads' });
    await uploads
      .getByText(
        'This file holds plain text, but its name ends in .pdf, which is for a PDF. Choose the file you meant',
      )
      .waitFor();
    expect(await uploads.getByRole('button', { name: /Try uploading/ }).count()).toBe(0);
    await uploads.getByRole('button', { name: 'Dismiss supervision-record.pdf' }).click();

    // Leave the demo learner's portfolio as it was.
    const status = await page.evaluate(
      async (id) => (await fetch(`/api/evidence/${id}`, { method: 'DELETE' })).status,
      itemId,
    );
    expect(status).toBe(204);
  });
});
