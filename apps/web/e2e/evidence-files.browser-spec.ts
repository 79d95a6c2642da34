import { DECLARATION_STATEMENT } from '@signoff/contracts';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import {
  accessibilityViolations,
  baseUrl,
  collectCspViolations,
  launchBrowser,
  signIn,
} from './browser-session';

/** A PNG of one colour fading to white across it, big enough to be seen scaled to the screen. */
function photo(width: number, height: number, [red, green, blue]: [number, number, number]) {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x += 1) {
    const fade = x / width;
    row.set(
      [red, green, blue].map((c) => Math.round(c + (255 - c) * fade)),
      1 + x * 3,
    );
  }
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A one-page PDF saying what it is (viewers rebuild the cross-reference table it leaves out). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R ' +
    '/Resources << /Font << /F1 5 0 R >> >> >>\nendobj\n' +
    '4 0 obj\n<< /Length 58 >>\nstream\nBT /F1 24 Tf 72 760 Td (Supervision record) Tj ET\nendstream\nendobj\n' +
    '5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n' +
    'trailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

const FILES = [
  { name: 'ward-round-before.png', body: photo(960, 640, [37, 99, 235]) },
  { name: 'ward-round-after.png', body: photo(640, 960, [22, 163, 74]) },
  { name: 'supervision-record.pdf', body: PDF },
];

/** Screenshots for people to look at, when SIGNOFF_SCREENSHOTS names a folder. */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env['SIGNOFF_SCREENSHOTS'];
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: false });
}

/** The learner's submitted evidence with two photos and a PDF, made through the API. */
async function submitEvidenceWithFiles(page: Page, title: string) {
  const enrolments = (await (await page.request.get(`${baseUrl()}/api/enrolments`)).json()) as {
    items: { id: string }[];
  };
  const enrolmentId = enrolments.items[0]?.id ?? '';
  const item = await page.request.post(`${baseUrl()}/api/enrolments/${enrolmentId}/evidence`, {
    data: {
      method: 'product_evidence',
      title,
      narrative: '',
      activityDate: '2026-10-20',
      claims: [{ unit: 'QC28074-3', outcome: '1', criterion: null }],
    },
  });
  expect(item.status()).toBe(201);
  const itemId = ((await item.json()) as { id: string }).id;
  for (const file of FILES) {
    const uploaded = await page.request.post(
      `${baseUrl()}/api/evidence/${itemId}/files?name=${encodeURIComponent(file.name)}`,
      { headers: { 'Content-Type': 'application/octet-stream' }, data: file.body },
    );
    expect(uploaded.ok()).toBe(true);
  }
  const submitted = await page.request.post(`${baseUrl()}/api/evidence/${itemId}/submit`, {
    data: { statement: DECLARATION_STATEMENT, agreed: true },
  });
  expect(submitted.status()).toBe(200);
  return { enrolmentId, itemId };
}

async function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
}

describe('the files of a piece of evidence', () => {
  let browser: Browser;
  let evidence: { enrolmentId: string; itemId: string };
  const title = `Ward round photos ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext();
    const page = await context.newPage();
    // Aisha Begum and Tom Hughes: the portfolio tests count what awaits Jordan Ellis's assessor.
    await signIn(page, 'learner2@demo.test');
    evidence = await submitEvidenceWithFiles(page, title);
    await context.close();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('lets the assessor open a photo full size with the keyboard, step to the next and close it, and read the PDF on the page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cspViolations = collectCspViolations(page);
    await signIn(page, 'assessor2@demo.test');
    await page.goto(`${baseUrl()}/enrolments/${evidence.enrolmentId}/evidence/${evidence.itemId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const files = page.getByRole('list', { name: 'Files of version 1' });
    const first = files.getByRole('button', { name: 'View ward-round-before.png full size' });
    await first.waitFor();
    // The thumbnails load lazily: one brought on screen does load.
    await first.scrollIntoViewIfNeeded();
    await first
      .locator('img')
      .evaluate((image: HTMLImageElement) =>
        image.complete && image.naturalWidth > 0
          ? undefined
          : new Promise((loaded) => image.addEventListener('load', loaded, { once: true })),
      );
    await keepScreenshot(page, 'evidence-files-desktop');

    await first.focus();
    await page.keyboard.press('Enter');
    const viewer = page.getByRole('dialog', { name: 'ward-round-before.png' });
    await viewer.waitFor();
    await viewer.getByText('Photo 1 of 2').waitFor();
    await page.waitForFunction(() => {
      const shown = document.querySelector<HTMLImageElement>('.photo-viewer__photo');
      return shown !== null && shown.complete && shown.naturalWidth === 960;
    });
    await viewer.getByRole('link', { name: 'Download ward-round-before.png' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await keepScreenshot(page, 'evidence-viewer-desktop');

    await page.keyboard.press('ArrowRight');
    await page
      .getByRole('dialog', { name: 'ward-round-after.png' })
      .getByText('Photo 2 of 2')
      .waitFor();
    await page.getByRole('img', { name: 'ward-round-after.png', exact: true }).waitFor();
    // Round again to the first, with the button this time.
    await page.getByRole('button', { name: 'Next photo' }).click();
    await page.getByRole('dialog', { name: 'ward-round-before.png' }).waitFor();

    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('View ward-round-before.png full size');

    // The PDF is fetched only once asked for, then shown on the page: its own headers let this
    // origin frame it.
    const pdf = page.waitForResponse(
      (answer) =>
        /\/api\/files\/[^/]+\/preview$/.test(answer.url()) &&
        answer.headers()['content-type'] === 'application/pdf',
    );
    await files.getByRole('button', { name: 'Show PDF supervision-record.pdf' }).click();
    expect((await pdf).status()).toBe(200);
    const frame = files.locator('iframe[title="supervision-record.pdf"]');
    await frame.waitFor();
    expect((await frame.boundingBox())?.height).toBeGreaterThan(300);
    await files.getByRole('link', { name: /Open PDF supervision-record\.pdf/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await keepScreenshot(page, 'evidence-pdf-desktop');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('fits the photo to a phone screen for the learner', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, 'learner2@demo.test');
    await page.goto(`${baseUrl()}/portfolio/evidence/${evidence.itemId}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'View ward-round-after.png full size' }).click();
    const viewer = page.getByRole('dialog', { name: 'ward-round-after.png' });
    await viewer.getByText('Photo 2 of 2').waitFor();
    const shown = page.getByRole('img', { name: 'ward-round-after.png', exact: true });
    await page.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('.photo-viewer__photo');
      return image !== null && image.complete && image.naturalWidth === 640;
    });
    const box = await shown.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
    expect((box?.y ?? -1) >= 0 && (box?.y ?? 0) + (box?.height ?? 0) <= 844).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await keepScreenshot(page, 'evidence-viewer-phone');
    await viewer.getByRole('button', { name: 'Close' }).click();
    await viewer.waitFor({ state: 'detached' });
    await keepScreenshot(page, 'evidence-files-phone');
    await context.close();
  });
});
