import type { EvidenceDetail } from '@signoff/contracts';
import { request, type Browser, type Locator, type Page } from 'playwright-core';
import {
  accessibilityViolations,
  baseUrl,
  collectCspViolations,
  DEMO_PASSWORD,
  launchBrowser,
  signIn,
} from './browser-session';
import { mapOutcome, PNG, tick, typeAcrossAnEndedSession, waitUntilSaved } from './draft-editing';

/** A minimal PDF with an empty page tree. */
const PDF = Buffer.from(
  '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' +
    '2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

/** An ISO media file with only its `ftyp` box: stored by its content, but nothing a player can play. */
function ftypOnly(majorBrand: string, ...compatible: string[]): Buffer {
  const body = Buffer.from(`${majorBrand}\0\0\0\0${compatible.join('')}`, 'latin1');
  const size = Buffer.alloc(4);
  size.writeUInt32BE(8 + body.length);
  return Buffer.concat([size, Buffer.from('ftyp'), body]);
}

const LEARNER = 'learner@demo.test';
const LEARNER_NAME = 'Jordan Ellis';

/** Chooses an option of a labelled select (a button and a list box, not a native select). */
async function choose(page: Page, label: RegExp, option: RegExp): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

async function submitWithDeclaration(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Submit for assessment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Declaration' });
  await dialog.getByText(/^I declare that this evidence is my own work/).waitFor();
  // The declaration must be confirmed: without the box ticked nothing is sent.
  await dialog.getByRole('button', { name: 'Submit for assessment' }).click();
  await dialog.getByText('Tick the box to confirm the declaration.').waitFor();
  await tick(dialog.getByRole('checkbox', { name: /I confirm the declaration/ }));
  await dialog.getByRole('button', { name: 'Submit for assessment' }).click();
  await page.waitForURL((url) => /^\/portfolio\/evidence\/[^/]+$/.test(url.pathname));
}

/** Starts a new piece of evidence; the title is enough for the draft to be created. */
async function newDraft(page: Page, title: string): Promise<string> {
  await page.goto(`${baseUrl()}/portfolio/evidence/new`);
  await page.getByLabel('Title').fill(title);
  await page.waitForURL((url) => /^\/portfolio\/evidence\/[^/]+\/edit$/.test(url.pathname));
  return new URL(page.url()).pathname.split('/')[3] ?? '';
}

/** The narrative as the editor would save it now. */
function editorHtml(narrative: Locator): Promise<string> {
  return narrative.evaluate((region) =>
    (region as HTMLElement & { editor: { getHTML(): string } }).editor.getHTML(),
  );
}

/** The draft saves after a pause in typing: asks the API until its narrative is `expected`. */
async function storedNarrative(page: Page, itemId: string, expected: string): Promise<string> {
  let stored = '';
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const answer = await page.request.get(`${baseUrl()}/api/evidence/${itemId}`);
    stored = ((await answer.json()) as { current: { narrative: string } }).current.narrative;
    if (stored === expected) break;
    await page.waitForTimeout(200);
  }
  return stored;
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe('the evidence portfolio', () => {
  let browser: Browser;
  const stamp = Date.now().toString(36);
  const title = `Supervising a shift handover ${stamp}`;
  let itemId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('lets a learner add a photo and a PDF, map outcomes in two units, submit with the declaration, and revise after a referral', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cspViolations = collectCspViolations(page);

    await signIn(page, LEARNER);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'My portfolio' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'My portfolio' }).waitFor();
    await page.getByRole('group', { name: 'Filter the evidence' }).waitFor();
    expect(await page.title()).toBe('My portfolio – Signoff');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Add evidence' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add evidence' }).waitFor();
    await choose(page, /Method$/, /Direct observation/);
    await page.getByLabel('Title').fill(title);
    // A title is enough for the draft to be created; the address becomes the item's own.
    await page.waitForURL((url) => /^\/portfolio\/evidence\/[^/]+\/edit$/.test(url.pathname));
    itemId = new URL(page.url()).pathname.split('/')[3] ?? '';
    await waitUntilSaved(page);
    // Focus stayed in the form while the address changed.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');

    const narrative = page.getByRole('textbox', { name: 'Narrative' });
    await narrative.click();
    await page.keyboard.type('I supervised the evening handover ');
    await page.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('using the new checklist');
    await page.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('.');

    // Over the server's limit (the browser tests run with 8 MB): refused before any byte is sent.
    await page.getByText(/, up to 8 MB each\.$/).waitFor();
    const sent: string[] = [];
    page.on('request', (outgoing) => {
      if (outgoing.url().includes('/files?name=')) sent.push(outgoing.url());
    });
    const tooBig = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files' }).click();
    await (
      await tooBig
    ).setFiles({ name: 'ward-round.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(9 << 20) });
    const uploads = page.getByRole('list', { name: 'Uploads' });
    await uploads.getByText('This file is 9 MB; files may be at most 8 MB.').waitFor();
    expect(await uploads.getByRole('button', { name: /Try uploading/ }).count()).toBe(0);
    await uploads.getByRole('button', { name: 'Dismiss ward-round.mp4' }).click();
    expect(sent).toEqual([]);

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files' }).click();
    await (
      await chooser
    ).setFiles([
      { name: 'handover-photo.png', mimeType: 'image/png', buffer: PNG },
      { name: 'supervision-record.pdf', mimeType: 'application/pdf', buffer: PDF },
    ]);
    const files = page.getByRole('list', { name: 'Files on this draft' });
    await files.getByRole('link', { name: 'Download handover-photo.png' }).waitFor();
    await files.getByRole('link', { name: 'Download supervision-record.pdf' }).waitFor();
    await files.getByRole('img', { name: 'Preview of handover-photo.png' }).waitFor();
    await files
      .getByRole('link', { name: /Open PDF supervision-record\.pdf/ })
      .waitFor({ state: 'attached' });
    await page
      .getByRole('status')
      .filter({ hasText: / uploaded\.$/ })
      .waitFor({
        state: 'attached',
      });
    // The photo's preview really loaded (same origin, the session's cookie went along).
    await page.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('img[alt^="Preview of"]');
      return image !== null && image.complete && image.naturalWidth === 1;
    });

    await mapOutcome(page, 'QC28074-1', 1);
    await mapOutcome(page, 'QC28074-1', 2);
    await mapOutcome(page, 'QC28074-3', 4);
    await page.getByText('Mapped to 3 outcomes in 2 units.').waitFor();
    await waitUntilSaved(page);
    expect(await accessibilityViolations(page)).toEqual([]);

    await submitWithDeclaration(page);
    await page.getByRole('status').filter({ hasText: 'Submitted for assessment' }).waitFor();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Submitted', { exact: true }).first().waitFor();
    await page
      .getByText(/^[0-9a-f]{64}$/)
      .first()
      .waitFor();
    await page.getByText('using the new checklist').first().waitFor();
    await page
      .getByRole('heading', { name: /^QC28074-3 / })
      .first()
      .waitFor();
    expect(await page.getByRole('link', { name: 'Edit draft' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    // Jordan Ellis's assessor refers it, confirming the learner's claims.
    const assessor = await request.newContext({ baseURL: baseUrl() });
    try {
      const signedIn = await assessor.post('/api/auth/login', {
        data: { email: 'assessor@demo.test', password: DEMO_PASSWORD },
      });
      expect(signedIn.ok()).toBe(true);
      const read = (await (await assessor.get(`/api/evidence/${itemId}`)).json()) as EvidenceDetail;
      const referred = await assessor.post(`/api/evidence/${itemId}/assessments`, {
        data: {
          version: 1,
          decision: 'refer',
          feedback: 'Say what changed for the team after the handover.',
          mapping: read.current.claims,
        },
      });
      expect(referred.status()).toBe(201);
    } finally {
      await assessor.dispose();
    }

    await page.reload();
    await page
      .getByRole('region', { name: 'Your assessor referred this evidence' })
      .getByText('Say what changed for the team after the handover.')
      .waitFor();
    await page.getByRole('button', { name: 'Revise' }).click();
    await page.waitForURL((url) => url.pathname === `/portfolio/evidence/${itemId}/edit`);
    await page.getByRole('status').filter({ hasText: 'Version 2 is a new draft' }).waitFor();
    // The new draft carries the old content and files.
    expect(await page.getByLabel('Title').inputValue()).toBe(title);
    await page
      .getByRole('list', { name: 'Files on this draft' })
      .getByRole('link', { name: 'Download supervision-record.pdf' })
      .waitFor();
    await page.getByLabel('Title').fill(`${title} (revised)`);
    await waitUntilSaved(page);
    await submitWithDeclaration(page);
    await page.getByRole('heading', { level: 1, name: `${title} (revised)` }).waitFor();

    const history = page.getByRole('region', { name: 'Version history' });
    await history.getByRole('button', { name: /^Version 2 / }).waitFor();
    const first = history.getByRole('button', { name: /^Version 1 / });
    await first.click();
    await history.getByText('Referred', { exact: true }).first().waitFor();
    await history
      .getByRole('list', { name: 'Files of version 1' })
      .getByRole('link', { name: 'Download handover-photo.png' })
      .waitFor();
    expect(await history.getByText(/^[0-9a-f]{64}$/).count()).toBeGreaterThanOrEqual(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
    // Two portfolios' worth of pages, each checked with axe: slow on a loaded machine.
  }, 150_000);

  it('keeps what the learner typed when the session ends, and saves it after they sign in again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cspViolations = collectCspViolations(page);
    await signIn(page, LEARNER);
    await page.goto(`${baseUrl()}/portfolio/evidence/new`);
    await page.getByRole('heading', { level: 1, name: 'Add evidence' }).waitFor();
    await page.getByLabel('Title').fill(`Reflective account ${stamp}`);
    await page.waitForURL((url) => /^\/portfolio\/evidence\/[^/]+\/edit$/.test(url.pathname));
    await waitUntilSaved(page);

    await typeAcrossAnEndedSession(page, {
      field: 'Narrative',
      typed: 'Written after my session had ended, and not to be lost.',
      email: LEARNER,
    });
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('keeps every character typed while the first save creates the draft and the address changes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, LEARNER);
    await page.goto(`${baseUrl()}/portfolio/evidence/new`);
    await page.getByRole('heading', { level: 1, name: 'Add evidence' }).waitFor();

    // The first save (the create) is held while the learner types on: the rest of their title
    // and the whole narrative go in while it is in flight, and it answers straight after the last
    // key, before the pause that would start the next save.
    let createArrived: () => void = () => undefined;
    const createSent = new Promise<void>((resolve) => (createArrived = resolve));
    let releaseCreate: () => void = () => undefined;
    const createReleased = new Promise<void>((resolve) => (releaseCreate = resolve));
    await page.route(/\/api\/enrolments\/[^/]+\/evidence$/, async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      createArrived();
      const answer = await route.fetch();
      await createReleased;
      await route.fulfill({ response: answer });
    });

    const title = page.getByLabel('Title');
    const narrative = page.getByRole('textbox', { name: 'Narrative' });
    const expectedTitle = `Handover at machine speed ${stamp}`;
    const expectedNarrative = 'Every word typed while the draft was being created is kept.';
    await title.click();
    await page.keyboard.type(expectedTitle.slice(0, 1));
    await createSent;
    await page.keyboard.type(expectedTitle.slice(1));
    await narrative.click();
    await page.keyboard.type(expectedNarrative);
    releaseCreate();

    await page.waitForURL((url) => /^\/portfolio\/evidence\/[^/]+\/edit$/.test(url.pathname));
    const itemId = new URL(page.url()).pathname.split('/')[3] ?? '';
    expect(await title.inputValue()).toBe(expectedTitle);
    expect(await narrative.innerText()).toBe(expectedNarrative);
    // "Saved" means the server holds what is on screen, not only what the first save sent.
    await waitUntilSaved(page);
    const stored = await page.request.get(`${baseUrl()}/api/evidence/${itemId}`);
    const { current } = (await stored.json()) as { current: { title: string; narrative: string } };
    expect({ title: current.title, narrative: current.narrative.replace(/<[^>]*>/g, '') }).toEqual({
      title: expectedTitle,
      narrative: expectedNarrative,
    });

    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Edit draft evidence' }).waitFor();
    await title.waitFor();
    expect(await title.inputValue()).toBe(expectedTitle);
    expect(await narrative.innerText()).toBe(expectedNarrative);
    await context.close();
  });

  it('stores every format the narrative editor offers exactly as the editor wrote it, and shows it again after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const cspViolations = collectCspViolations(page);
    await signIn(page, LEARNER);
    const itemId = await newDraft(page, `Every format ${stamp}`);

    const narrative = page.getByRole('textbox', { name: 'Narrative' });
    const toolbar = page.getByRole('toolbar', { name: 'Narrative formatting' });
    const bold = toolbar.getByRole('button', { name: 'Bold' });
    await narrative.click();
    // Keyboard shortcuts and toolbar buttons both format, and the buttons say what is on.
    await page.keyboard.type('I ');
    await page.keyboard.press('Control+b');
    expect(await bold.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.type('led');
    await page.keyboard.press('Control+b');
    expect(await bold.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.type(' the ');
    await toolbar.getByRole('button', { name: 'Italic' }).click();
    await page.keyboard.type('handover');
    await page.keyboard.press('Control+i');
    await page.keyboard.type(':');
    await page.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('risks');
    await page.keyboard.press('Enter');
    await page.keyboard.type('actions');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+7');
    await page.keyboard.type('first');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('line one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('line two');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tom & Jerry said "hi" <3 to\u00a0them');
    // What the server's own tests feed its sanitiser (apps/api/src/evidence/narrative.spec.ts).
    const written =
      '<p>I <strong>led</strong> the <em>handover</em>:</p>' +
      '<ul><li><p>risks</p></li><li><p>actions</p></li></ul>' +
      '<ol><li><p>first</p></li></ol>' +
      '<p>line one<br>line two</p>' +
      '<p>Tom &amp; Jerry said "hi" &lt;3 to&nbsp;them</p>';
    expect(await editorHtml(narrative)).toBe(written);

    expect(await storedNarrative(page, itemId, written)).toBe(written);
    await waitUntilSaved(page);
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await narrative.waitFor();
    expect(await editorHtml(narrative)).toBe(written);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('keeps of pasted rich text only what the editor offers, and stores that', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, LEARNER);
    const itemId = await newDraft(page, `Pasted ${stamp}`);
    const narrative = page.getByRole('textbox', { name: 'Narrative' });
    await narrative.click();
    await page.keyboard.type('Before');
    await page.keyboard.press('Enter');
    // As a word processor or web page puts it on the clipboard.
    await narrative.evaluate((region) => {
      const clipboard = new DataTransfer();
      clipboard.setData(
        'text/html',
        '<h1>Heading</h1><p style="color:red" class="x">styled <a href="https://example.org">link</a> ' +
          '<b>bold</b> <u>under</u></p><blockquote><p>quoted</p></blockquote>' +
          '<script>alert(1)</script><img src="x" onerror="alert(1)">',
      );
      clipboard.setData('text/plain', 'Heading styled link bold under quoted');
      region.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
      );
    });
    const kept =
      '<p>Before</p><p>Heading</p><p>styled link <strong>bold</strong> under</p><p>quoted</p>';
    expect(await editorHtml(narrative)).toBe(kept);
    expect(await storedNarrative(page, itemId, kept)).toBe(kept);
    await context.close();
  });

  it('shows the learner’s assessor the portfolio read-only, filtered by unit in the address', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cspViolations = collectCspViolations(page);
    await signIn(page, 'assessor@demo.test');
    await page.goto(`${baseUrl()}/caseload`);
    // The revised item waits for assessment beside the two of the demo portfolio and its
    // witness testimony; the learner's drafts do not count.
    await page
      .getByRole('grid', { name: 'Your caseload' })
      .getByRole('row')
      .filter({ hasText: LEARNER_NAME })
      .getByText('4 items', { exact: true })
      .waitFor();
    await page.getByRole('link', { name: LEARNER_NAME }).click();
    await page.getByRole('heading', { level: 1, name: `Enrolment of ${LEARNER_NAME}` }).waitFor();
    const portfolio = page.getByRole('region', { name: 'Portfolio' });
    const table = portfolio.getByRole('grid', { name: 'Portfolio' });
    await table.getByRole('link', { name: new RegExp(title) }).waitFor();
    // The learner's unsubmitted draft is theirs alone.
    expect(await table.getByRole('link', { name: `Reflective account ${stamp}` }).count()).toBe(0);
    await page.getByRole('button', { name: /Status$/ }).click();
    await page.getByRole('option', { name: 'Submitted' }).waitFor();
    expect(await page.getByRole('option', { name: 'Draft' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await choose(page, /Unit$/, /^QC28074-3 /);
    await page.waitForURL((url) => url.searchParams.get('unit') === 'QC28074-3');
    await table.getByRole('link', { name: new RegExp(title) }).waitFor();
    await choose(page, /Learning outcome$/, /^1:/);
    await portfolio.getByText('No evidence matches these filters.').waitFor();
    await page.reload();
    await page
      .getByRole('region', { name: 'Portfolio' })
      .getByText('No evidence matches these filters.')
      .waitFor();
    expect(new URL(page.url()).searchParams.get('outcome')).toBe('1');
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // What the submitted evidence covers, unit by unit, leading to the evidence for an outcome.
    await portfolio.getByText(/^The evidence reaches \d+ of \d+ learning outcomes/).waitFor();
    await portfolio.getByRole('button', { name: /^QC28074-3 .* outcomes have evidence$/ }).click();
    const outcome4 = portfolio
      .getByRole('listitem')
      .filter({ hasText: /^Learning outcome 4:/ })
      .first();
    await outcome4.getByText(/^1 item/).waitFor();
    const outcome1 = portfolio.getByRole('listitem').filter({ hasText: /^Learning outcome 1:/ });
    await outcome1.getByText('No evidence yet').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await outcome4.getByRole('link', { name: 'Show the evidence for QC28074-3 outcome 4' }).click();
    await page.waitForURL(
      (url) =>
        url.searchParams.get('unit') === 'QC28074-3' && url.searchParams.get('outcome') === '4',
    );
    await portfolio.getByText('1 item matches the filters.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('evidence-list');
    await table.getByRole('link', { name: new RegExp(title) }).click();

    await page.waitForURL((url) => url.pathname.includes('/evidence/'));
    await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
    await page.getByText(`Evidence from ${LEARNER_NAME}`).waitFor();
    for (const control of ['Edit draft', 'Revise', 'Discard draft', 'Submit for assessment'])
      expect(await page.getByRole('button', { name: control, exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Edit draft' }).count()).toBe(0);
    // What the assessor may do to it is decide on the version submitted.
    await page.getByRole('form', { name: 'Your decision on version 2' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('checks a draft before the declaration: the first field at fault takes focus, each says what it needs', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, LEARNER);
    await newDraft(page, `Checked before the declaration ${stamp}`);
    await waitUntilSaved(page);

    // Enter in a field does not submit: submitting is a declaration, pressed for on purpose.
    await page.getByLabel('Title').press('Enter');
    await page.waitForTimeout(300);
    expect(await page.getByText('Some answers need correcting.', { exact: false }).count()).toBe(0);

    const submit = page.getByRole('button', { name: 'Submit for assessment' });
    await submit.click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Some answers need correcting. Check the fields marked below.' })
      .waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    const narrative = page.getByRole('textbox', { name: 'Narrative' });
    expect(await narrative.getAttribute('aria-invalid')).toBe('true');
    expect(await narrative.evaluate((region) => region === document.activeElement)).toBe(true);
    await page.getByText('Write a narrative or attach a file.').waitFor();
    await page.getByText('Map the evidence to at least one learning outcome.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Each problem goes as its field is put right; then the declaration is asked for.
    await narrative.click();
    await page.keyboard.type('I led the handover.');
    expect(await page.getByText('Write a narrative or attach a file.').count()).toBe(0);
    await mapOutcome(page, 'QC28074-1', 1);
    expect(await page.getByText('Map the evidence to at least one learning outcome.').count()).toBe(
      0,
    );
    await submit.click();
    await page.getByRole('dialog', { name: 'Declaration' }).waitFor();
    await context.close();
  });

  it('fits a 360 pixel wide phone without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await signIn(page, LEARNER);
    await page.goto(`${baseUrl()}/portfolio`);
    await page.getByRole('heading', { level: 1, name: 'My portfolio' }).waitFor();
    await page.getByRole('grid', { name: 'Your evidence' }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    await page.goto(`${baseUrl()}/portfolio/evidence/${itemId}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);

    await page.goto(`${baseUrl()}/portfolio/evidence/new`);
    await page.getByRole('heading', { level: 1, name: 'Add evidence' }).waitFor();
    await page.getByRole('button', { name: 'Take a photo' }).waitFor();
    await page.getByRole('button', { name: /^QC28074-1 / }).click();
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('keeps every file of uploads whose answers cross, and offers the download where the browser cannot show one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, LEARNER);
    await page.goto(`${baseUrl()}/portfolio/evidence/new`);
    await page.getByLabel('Title').fill(`Ward round recording ${stamp}`);
    await page.waitForURL((url) => /\/edit$/.test(url.pathname));
    // Two uploads at once whose answers cross: the video is stored first, but its answer (which
    // knows nothing of the photo) arrives last. Both files must stay on the page.
    let videoStored: () => void = () => undefined;
    const videoFirst = new Promise<void>((resolve) => (videoStored = resolve));
    let photoAnswered: () => void = () => undefined;
    const photoFirst = new Promise<void>((resolve) => (photoAnswered = resolve));
    await page.route(/\/api\/evidence\/[^/]+\/files\?name=/, async (route) => {
      if (route.request().url().includes('ward-round.mp4')) {
        const answer = await route.fetch();
        videoStored();
        await photoFirst;
        await route.fulfill({ response: answer });
      } else {
        await videoFirst;
        await route.fulfill({ response: await route.fetch() });
        photoAnswered();
      }
    });
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files' }).click();
    await (
      await chooser
    ).setFiles([
      { name: 'ward-round.mp4', mimeType: 'video/mp4', buffer: ftypOnly('isom', 'isom', 'mp41') },
      { name: 'care-plan.heic', mimeType: 'image/heic', buffer: ftypOnly('heic', 'mif1', 'heic') },
    ]);
    const files = page.getByRole('list', { name: 'Files on this draft' });
    const uploads = page.getByRole('list', { name: 'Uploads' });
    await uploads.waitFor();
    await uploads.waitFor({ state: 'detached' });
    for (const name of ['ward-round.mp4', 'care-plan.heic'])
      await files.getByRole('link', { name: `Download ${name}` }).waitFor();
    const row = (name: string) => files.getByRole('listitem').filter({ hasText: name });
    await row('ward-round.mp4')
      .getByText('This browser cannot show this recording: download it to open.')
      .waitFor();
    await row('care-plan.heic')
      .getByText('No preview in the browser: download it to open.')
      .waitFor();
    expect(await files.locator('video, img').count()).toBe(0);
    await row('ward-round.mp4').getByRole('link', { name: 'Download ward-round.mp4' }).waitFor();
    await row('care-plan.heic').getByRole('link', { name: 'Download care-plan.heic' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets an admin rename a method code, which the portfolio then shows', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cspViolations = collectCspViolations(page);
    await signIn(page, 'admin@demo.test');
    await page.getByRole('link', { name: 'Assessment method codes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Assessment method codes' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const code = page.getByLabel('Code for Direct observation');
    await code.fill('WT');
    await page.getByRole('button', { name: 'Save codes' }).click();
    await page.getByText(/WT is already the code of Witness testimony/).waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await accessibilityViolations(page)).toEqual([]);

    await code.fill('OBS');
    await page.getByRole('button', { name: 'Save codes' }).click();
    await page.getByRole('status').filter({ hasText: 'The codes are saved.' }).waitFor();
    await page.reload();
    expect(await page.getByLabel('Code for Direct observation').inputValue()).toBe('OBS');

    // The learner's portfolio, as the admin sees it on the enrolment, uses the new code.
    await page.goto(`${baseUrl()}/enrolments`);
    await page.getByRole('link', { name: LEARNER_NAME }).click();
    await page
      .getByRole('grid', { name: 'Portfolio' })
      .getByRole('row', { name: new RegExp(title) })
      .getByText('OBS', { exact: true })
      .waitFor();

    await page.goto(`${baseUrl()}/admin/method-codes`);
    await page.getByRole('button', { name: 'Use the default codes' }).click();
    await page.getByRole('button', { name: 'Save codes' }).click();
    await page.getByRole('status').filter({ hasText: 'The codes are saved.' }).waitFor();
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});
