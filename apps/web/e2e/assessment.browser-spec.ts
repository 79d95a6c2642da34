import type { Browser } from 'playwright-core';
import { accessibilityViolations, launchBrowser, signIn } from './browser-session';

describe('assessment queue', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('shows the assessor what awaits them, oldest first, leading to the evidence', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'assessor2@demo.test');
    // Their home says how much awaits them and leads to the queue.
    const awaiting = page.getByRole('region', { name: 'Awaiting your assessment' });
    await awaiting.getByText(/^\d+ items? awaits? your assessment\.$/).waitFor();
    await awaiting.getByText(/^The oldest is /).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await awaiting.getByRole('link', { name: 'Open the assessment queue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Assessment' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/assessment');
    const queue = page.getByRole('grid', { name: 'Awaiting assessment' });
    await queue.getByRole('rowheader').first().waitFor();
    const titles = (await queue.getByRole('rowheader').allInnerTexts()).map((t) => t.trim());
    // Other tests may submit more; the demo's two come first, the older one before the newer.
    expect(titles.slice(0, 2)).toEqual([
      'Observed: chairing a multi-agency meeting (version 1)',
      'Supervising a new support worker (version 1)',
    ]);
    const row = queue.getByRole('row').filter({ hasText: 'Supervising a new support worker' });
    await row.getByText('Aisha Begum').waitFor();
    await row.getByText('QC28074-4, QC28074-1').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await accessibilityViolations(page)).toEqual([]);

    await row.getByRole('link', { name: /Supervising a new support worker/ }).click();
    await page.waitForURL((url) => url.pathname.includes('/evidence/'));
    await page
      .getByRole('heading', { level: 1, name: /Supervising a new support worker/ })
      .waitFor();
    await context.close();
  });

  it('is for assessors only', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'learner@demo.test');
    expect(
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Assessment' })
        .count(),
    ).toBe(0);
    await context.close();
  });
});
