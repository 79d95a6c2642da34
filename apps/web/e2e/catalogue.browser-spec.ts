import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { QualificationDocument } from '@signoff/contracts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  accessibilityViolations,
  baseUrl,
  collectCspViolations,
  launchBrowser,
  signIn,
} from './browser-session';

const COMPLETE_QUALIFICATION = resolve(
  __dirname,
  '../../../libs/catalogue/qualcert-l6-diploma-mental-health-management.json',
);

/** The complete L6 diploma under a code and title of its own, so each run imports afresh. */
function freshDocument(): QualificationDocument {
  const document = JSON.parse(
    readFileSync(COMPLETE_QUALIFICATION, 'utf8'),
  ) as QualificationDocument;
  const stamp = Date.now().toString(36).toUpperCase();
  document.code = `E2E${stamp}`;
  document.title = `Browser Test Diploma ${stamp}`;
  return document;
}

async function uploadJson(page: Page, name: string, content: unknown): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(content, null, 2)),
  });
}

describe('the qualification catalogue', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let cspViolations: string[];
  /** Published by the admin's journey, then read by the learner. */
  let published: { path: string; title: string } | null = null;

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

  it('lets an admin import a file, see its problem in place, put it right and publish', async () => {
    const document = freshDocument();
    const [secondUnit, thirdUnit] = [document.units[1], document.units[2]];
    if (!secondUnit || !thirdUnit) throw new Error('The L6 diploma should have six units.');

    await signIn(page, 'admin@demo.test');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Qualifications' })
      .click();
    await page.getByRole('grid', { name: 'Qualifications' }).waitFor();
    expect(await page.title()).toBe('Qualifications – Signoff');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Import qualification' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import qualification' }).waitFor();

    // (a) A file that breaks the format: nothing is stored, the problem is shown at its field.
    const broken = structuredClone(document) as unknown as { units: Record<string, unknown>[] };
    broken.units[1] = { ...broken.units[1], credits: 'twenty' };
    await uploadJson(page, 'broken.json', broken);
    const summary = page.getByRole('heading', { name: /problems? in broken\.json/ });
    await summary.waitFor();
    const problemLink = page.getByRole('link', {
      name: `Unit 2 (${secondUnit.reference}), credits`,
    });
    await problemLink.waitFor();
    await problemLink.click();
    // The link lands on the second unit's credits, shown as sent, with the problem beside them.
    const place = page.locator(':focus');
    expect(await place.textContent()).toMatch(/^Credits"twenty".+/);
    const unitShown = page.getByRole('group', {
      name: new RegExp(`^Unit 2 \\(${secondUnit.reference}\\)`),
    });
    expect(await unitShown.locator(':focus').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    // (b) Corrected, but the third unit has no learning outcomes: stored as a draft with a warning.
    const withoutOutcomes = structuredClone(document);
    withoutOutcomes.units[2] = { ...thirdUnit, outcomes: [] };
    await page.getByLabel('Qualification JSON').fill(JSON.stringify(withoutOutcomes, null, 2));
    await page.getByRole('button', { name: 'Import this JSON' }).click();

    await page.waitForURL((url) => /^\/qualifications\/[^/]+\/edit$/.test(url.pathname));
    await page.getByRole('heading', { level: 1, name: `Edit ${document.title}` }).waitFor();
    await page.getByText(/Imported as draft version 1, with 1 problem/).waitFor();
    await page
      .getByRole('link', { name: `Unit 3 (${thirdUnit.reference}), learning outcomes` })
      .waitFor();
    const unitEditor = page.getByRole('group', {
      name: new RegExp(`^Unit 3 ${thirdUnit.reference}`),
    });
    await unitEditor.getByText(/has no learning outcomes/i).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await unitEditor.getByRole('button', { name: /^Add learning outcome/ }).click();
    const outcome = unitEditor.getByRole('group', { name: 'Learning outcome 1' });
    expect(await outcome.getByLabel('Number', { exact: true }).inputValue()).toBe('1');
    await outcome
      .getByLabel('Outcome', { exact: true })
      .fill('Understand risk assessment models used in mental health services');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page
      .getByText('Draft version 1 is saved. It has no problems and can be published.')
      .waitFor();
    expect(await page.getByText(/has no learning outcomes/i).count()).toBe(0);

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.waitForURL((url) => url.searchParams.get('version') === '1');
    await page.getByRole('heading', { level: 1, name: document.title }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Version 1 is published.' }).waitFor();
    await page.getByText('Published v1').first().waitFor();
    await page.getByRole('link', { name: 'Edit (creates a new draft)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);

    published = { path: new URL(page.url()).pathname, title: document.title };
  });

  it('shows a learner the published qualification to read, without import, edit or publish', async () => {
    if (!published) throw new Error('The admin journey should have published a qualification.');
    await signIn(page, 'learner@demo.test');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Qualifications' })
      .click();
    await page.getByRole('grid', { name: 'Qualifications' }).waitFor();
    expect(await page.getByRole('link', { name: 'Import qualification' }).count()).toBe(0);
    // Drafts stay with admins: the OTHM diploma has no published version.
    expect(await page.getByRole('link', { name: /OTHM Level 7/ }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: published.title }).click();
    await page.getByRole('heading', { level: 1, name: published.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(published.path);
    await page.getByRole('heading', { name: 'Rules of combination' }).waitFor();
    await page.getByText('Minimum age').waitFor();

    const thirdUnit = page.getByRole('button', { name: /^QC28074-3 Risk Assessment/ });
    await thirdUnit.click();
    expect(await thirdUnit.getAttribute('aria-expanded')).toBe('true');
    await page
      .getByRole('heading', { name: /Understand risk assessment models used in mental health/ })
      .waitFor();

    for (const name of [/^Edit/, /^Publish/]) {
      expect(await page.getByRole('link', { name }).count()).toBe(0);
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }

    // The unit choice check: five of the six mandatory units fall short.
    const check = page.getByRole('form', { name: 'Check a unit choice' });
    for (const unit of ['QC28074-1', 'QC28074-2', 'QC28074-3', 'QC28074-4', 'QC28074-5'])
      await check.getByText(new RegExp(`^${unit} `)).click();
    await check.getByRole('button', { name: 'Check this choice' }).click();
    await check.getByText('This choice does not meet the rules of combination yet.').waitFor();
    await check
      .getByRole('listitem')
      .filter({ hasText: /QC28074-6.*missing/ })
      .waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);

    await page.goto(`${baseUrl()}${published.path}/edit`);
    await page
      .getByRole('heading', { level: 1, name: 'You do not have access to this page' })
      .waitFor();
  });

  it('works at 360 pixels wide without sideways scrolling on the qualification page', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, 'learner@demo.test');
    await page.goto(`${baseUrl()}/qualifications`);
    await page
      .getByRole('link', { name: 'QualCert Level 6 Diploma in Mental Health Management' })
      .click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: /^QC28074-1 / }).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
