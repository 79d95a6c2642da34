import {
  DECLARATION_STATEMENT,
  type CreateUserResponse,
  type EnrolmentSummary,
  type MeResponse,
  type Page as ListPage,
} from '@signoff/contracts';
import {
  request,
  type APIRequestContext,
  type Browser,
  type Locator,
  type Page,
} from 'playwright-core';
import {
  accessibilityViolations,
  baseUrl,
  collectCspViolations,
  DEMO_PASSWORD,
  launchBrowser,
  signIn,
} from './browser-session';

const PASSWORD = 'a long and private phrase for tests';
// Journeys of several pages, each checked with axe at full length: slow on a loaded machine.
const JOURNEY_TIMEOUT = 150_000;

/** Screenshots for people to look at, when SIGNOFF_SCREENSHOTS names a folder. */
async function keepScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env['SIGNOFF_SCREENSHOTS'];
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

/** Radios and boxes are drawn over visually hidden inputs: press the label, as a person would. */
async function press(control: Locator): Promise<void> {
  await control.locator('xpath=ancestor::label[1]').click();
}

async function expectOk(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string) {
  if (!response.ok())
    throw new Error(`${what} failed: ${response.status()} ${await response.text()}`);
}

/** Sets the password of a new account from the one-time link an admin was given. */
async function setPassword(url: string): Promise<void> {
  const token = decodeURIComponent(new URL(url).hash.replace(/^#token=/, ''));
  const anonymous = await request.newContext({ baseURL: baseUrl() });
  try {
    await expectOk(
      await anonymous.post('/api/auth/password-reset', { data: { token, password: PASSWORD } }),
      'Setting a password',
    );
  } finally {
    await anonymous.dispose();
  }
}

/**
 * The assessor's decision on the evidence page, and the decision shown to the learner. A learner
 * and an assessor of this test's own (enrolled on the demo's QualCert L6 by the demo admin), so
 * the demo people's queues and counts that other tests check stay as they are.
 */
describe('assessment decisions', () => {
  let browser: Browser;
  const stamp = Date.now().toString(36);
  const assessor = {
    email: `decide.assessor.${stamp}@example.test`,
    displayName: `Sam Okoro ${stamp}`,
  };
  const learner = {
    email: `decide.learner.${stamp}@example.test`,
    displayName: `Ellis Ward ${stamp}`,
  };
  const referTitle = `Leading the team through a rota change ${stamp}`;
  const acceptTitle = `Chairing a risk review ${stamp}`;
  const items: Record<string, string> = {};
  let enrolmentId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await request.newContext({ baseURL: baseUrl() });
    const asLearner = await request.newContext({ baseURL: baseUrl() });
    try {
      await expectOk(
        await admin.post('/api/auth/login', {
          data: { email: 'admin@demo.test', password: DEMO_PASSWORD },
        }),
        'Admin sign-in',
      );
      const me = (await (await admin.get('/api/me')).json()) as MeResponse;
      const centreId = me.memberships.find((membership) => membership.role === 'admin')?.centreId;
      if (!centreId) throw new Error('The demo admin should administer a centre.');
      // The demo's QualCert L6 and IQA, as Jordan Ellis is enrolled.
      const enrolments = (await (
        await admin.get('/api/enrolments?limit=100')
      ).json()) as ListPage<EnrolmentSummary>;
      const jordan = enrolments.items.find((row) => row.learner.displayName === 'Jordan Ellis');
      if (!jordan) throw new Error('The demo should enrol Jordan Ellis.');

      const createdAssessor = await admin.post('/api/users', {
        data: { ...assessor, roles: [{ centreId, role: 'assessor' }] },
      });
      await expectOk(createdAssessor, 'Adding the assessor');
      const { user, passwordLink } = (await createdAssessor.json()) as CreateUserResponse;
      await setPassword(passwordLink?.url ?? '');

      const createdLearner = await admin.post('/api/learners', {
        data: {
          ...learner,
          centreId,
          dateOfBirth: '1988-03-02',
          uln: null,
          employer: null,
          priorQualifications: [
            {
              title: 'Level 5 Diploma in Health and Social Care',
              level: 5,
              subject: null,
              year: 2022,
            },
          ],
          englishEvidence: [
            { test: 'ielts_academic', overall: 7, lowestBand: 6.5, proofLocation: null },
          ],
          experienceYears: 4,
        },
      });
      await expectOk(createdLearner, 'Adding the learner');
      const added = (await createdLearner.json()) as {
        learner: { id: string };
        passwordLink: { url: string };
      };
      await setPassword(added.passwordLink.url);

      const enrolled = await admin.post('/api/enrolments', {
        data: {
          learnerId: added.learner.id,
          qualificationId: jordan.qualification.id,
          pathway: null,
          startDate: '2026-09-01',
          plannedEndDate: '2027-08-31',
          registrationNumber: null,
          assessorId: user.id,
          iqaId: jordan.iqa.id,
          overrideReason: null,
        },
      });
      await expectOk(enrolled, 'Enrolling the learner');
      enrolmentId = ((await enrolled.json()) as { id: string }).id;

      await expectOk(
        await asLearner.post('/api/auth/login', {
          data: { email: learner.email, password: PASSWORD },
        }),
        'Learner sign-in',
      );
      // Oldest first in the queue: the one to refer, then the one to accept.
      for (const [title, claims] of [
        [
          referTitle,
          [
            { unit: 'QC28074-1', outcome: '3', criterion: null },
            { unit: 'QC28074-2', outcome: '1', criterion: null },
          ],
        ],
        [acceptTitle, [{ unit: 'QC28074-3', outcome: '1', criterion: null }]],
      ] as const) {
        const created = await asLearner.post(`/api/enrolments/${enrolmentId}/evidence`, {
          data: {
            method: 'reflective_account',
            title,
            narrative: '<p>What I did, how, and what it shows.</p>',
            activityDate: '2026-10-20',
            claims,
          },
        });
        await expectOk(created, 'Adding evidence');
        const id = ((await created.json()) as { id: string }).id;
        await expectOk(
          await asLearner.post(`/api/evidence/${id}/submit`, {
            data: { statement: DECLARATION_STATEMENT, agreed: true },
          }),
          'Submitting evidence',
        );
        items[title] = id;
      }
    } finally {
      await admin.dispose();
      await asLearner.dispose();
    }
  });

  afterAll(async () => {
    await browser.close();
  });

  it(
    'lets the assessor refer an item from the queue with feedback and their own mapping, then opens the next',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const cspViolations = collectCspViolations(page);
      await signIn(page, assessor.email, PASSWORD);
      await page.goto(`${baseUrl()}/assessment`);
      const queue = page.getByRole('grid', { name: 'Awaiting assessment' });
      await queue.getByRole('rowheader').first().waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await queue.getByRole('link', { name: new RegExp(referTitle) }).click();
      await page.getByRole('heading', { level: 1, name: referTitle }).waitFor();

      const form = page.getByRole('form', { name: 'Your decision on version 1' });
      await form.getByRole('radio', { name: /Refer/ }).waitFor();
      // The mapping starts from the learner's claims, each marked as theirs.
      const claimed = form.getByRole('checkbox', {
        name: /^QC28074-2 Learning outcome 1:.*claimed by the learner$/,
      });
      expect(await claimed.isChecked()).toBe(true);
      expect(await accessibilityViolations(page)).toEqual([]);
      await keepScreenshot(page, 'decision-assessor-1280');

      // Referring without feedback is refused in the API's words, before anything is sent.
      await press(form.getByRole('radio', { name: /Refer/ }));
      await form.getByRole('button', { name: 'Refer to the learner' }).click();
      await form
        .getByText('Feedback is required to refer: tell the learner what to change.')
        .waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      expect(await accessibilityViolations(page)).toEqual([]);

      await form
        .getByLabel('Feedback for the learner')
        .fill('Say how you involved the team in choosing the rota.');
      await press(claimed);
      expect(await claimed.isChecked()).toBe(false);
      await press(form.getByRole('checkbox', { name: /^QC28074-1 Learning outcome 2:/ }));
      await form.getByRole('button', { name: 'Refer to the learner' }).click();

      // On to the next item awaiting this assessor, saying what was done.
      await page.getByRole('heading', { level: 1, name: acceptTitle }).waitFor();
      await page
        .getByRole('status')
        .getByText(`You referred “${referTitle}” back to ${learner.displayName}`)
        .waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(cspViolations).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'shows the learner the referral’s feedback above Revise, and the mapping against their claim',
    async () => {
      const learnerContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const learnerPage = await learnerContext.newPage();
      await signIn(learnerPage, learner.email, PASSWORD);
      await learnerPage.goto(`${baseUrl()}/portfolio/evidence/${items[referTitle]}`);
      const referral = learnerPage.getByRole('region', {
        name: 'Your assessor referred this evidence',
      });
      await referral.getByText('Say how you involved the team in choosing the rota.').waitFor();
      await learnerPage.getByRole('button', { name: 'Revise' }).waitFor();
      const decisions = learnerPage.getByRole('region', { name: 'Assessment decisions' });
      await decisions.getByRole('heading', { name: 'Referred: version 1' }).waitFor();
      await decisions.getByText(`By ${assessor.displayName}`).waitFor();
      // The assessor's mapping beside the learner's claim.
      expect(
        await decisions
          .locator('.claimed-outcomes > li')
          .filter({ hasText: 'Learning outcome 3' })
          .innerText(),
      ).toContain('confirmed');
      expect(
        await decisions
          .locator('.claimed-outcomes > li')
          .filter({ hasText: 'Learning outcome 2' })
          .innerText(),
      ).toContain('added by the assessor');
      expect(
        await decisions
          .locator('.claimed-outcomes > li')
          .filter({ hasText: 'Learning outcome 1' })
          .innerText(),
      ).toContain('claimed by the learner, not confirmed');
      expect(await accessibilityViolations(learnerPage)).toEqual([]);
      await keepScreenshot(learnerPage, 'decision-learner-390');
      await learnerPage.setViewportSize({ width: 1280, height: 800 });
      await keepScreenshot(learnerPage, 'decision-learner-1280');
      await learnerContext.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'lets the assessor accept an item with their mapping on a phone, then withdraw the acceptance with a reason',
    async () => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await signIn(page, assessor.email, PASSWORD);
      await page.goto(`${baseUrl()}/enrolments/${enrolmentId}/evidence/${items[acceptTitle]}`);
      await page.getByRole('heading', { level: 1, name: acceptTitle }).waitFor();
      const form = page.getByRole('form', { name: 'Your decision on version 1' });
      await form.getByRole('radio', { name: /Accept/ }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await keepScreenshot(page, 'decision-assessor-390');

      await press(form.getByRole('radio', { name: /Accept/ }));
      // The learner claimed outcome 1 of QC28074-3; the assessor finds it proves outcome 3 too.
      await press(form.getByRole('checkbox', { name: /^QC28074-3 Learning outcome 3:/ }));
      await form.getByRole('button', { name: 'Accept version 1' }).click();

      // Nothing else awaits this assessor: back to the queue, saying so.
      await page.waitForURL((url) => url.pathname === '/assessment');
      await page
        .getByRole('status')
        .getByText(`You accepted “${acceptTitle}” (version 1). Nothing else awaits you.`)
        .waitFor();
      await page.getByText('Nothing is waiting for you to assess.').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.goto(`${baseUrl()}/enrolments/${enrolmentId}/evidence/${items[acceptTitle]}`);
      const decisions = page.getByRole('region', { name: 'Assessment decisions' });
      await decisions.getByRole('heading', { name: 'Accepted: version 1' }).waitFor();
      expect(
        await decisions
          .locator('.claimed-outcomes > li')
          .filter({ hasText: 'Learning outcome 3' })
          .innerText(),
      ).toContain('added by the assessor');
      expect(await form.count()).toBe(0);

      await page.getByRole('button', { name: 'Withdraw acceptance' }).click();
      const dialog = page.getByRole('dialog', { name: 'Withdraw the acceptance of version 1?' });
      await dialog.getByText('Anything signed off on this evidence will be flagged').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await keepScreenshot(page, 'withdraw-dialog-390');
      await dialog.getByRole('button', { name: 'Withdraw acceptance' }).click();
      await dialog
        .getByText('A reason is required to withdraw an acceptance: say why it was given in error.')
        .waitFor();
      await dialog.getByLabel('Reason').fill('Accepted in error: the wrong risk review.');
      await dialog.getByRole('button', { name: 'Withdraw acceptance' }).click();
      await page
        .getByRole('status')
        .getByText('You withdrew the acceptance of version 1. It awaits your decision again.')
        .waitFor();
      await decisions.getByRole('heading', { name: 'Acceptance withdrawn: version 1' }).waitFor();
      await decisions.getByText('Accepted in error: the wrong risk review.').waitFor();
      await form.getByRole('radio', { name: /Accept/ }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await context.close();
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'tells the assessor in words when a newer version arrived while they decided, and reloads it',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const asLearner = await request.newContext({ baseURL: baseUrl() });
      const title = `Reviewing a care plan ${stamp}`;
      try {
        await expectOk(
          await asLearner.post('/api/auth/login', {
            data: { email: learner.email, password: PASSWORD },
          }),
          'Learner sign-in',
        );
        const created = await asLearner.post(`/api/enrolments/${enrolmentId}/evidence`, {
          data: {
            method: 'reflective_account',
            title,
            narrative: '<p>How I reviewed the plan with the service user.</p>',
            activityDate: '2026-10-22',
            claims: [{ unit: 'QC28074-4', outcome: '1', criterion: null }],
          },
        });
        await expectOk(created, 'Adding evidence');
        const id = ((await created.json()) as { id: string }).id;
        const submit = () =>
          asLearner.post(`/api/evidence/${id}/submit`, {
            data: { statement: DECLARATION_STATEMENT, agreed: true },
          });
        await expectOk(await submit(), 'Submitting evidence');

        await signIn(page, assessor.email, PASSWORD);
        await page.goto(`${baseUrl()}/enrolments/${enrolmentId}/evidence/${id}`);
        const form = page.getByRole('form', { name: 'Your decision on version 1' });
        await form.getByRole('radio', { name: /Accept/ }).waitFor();

        // Meanwhile version 1 is referred (in another tab, say), revised and submitted again.
        await expectOk(
          await page.request.post(`${baseUrl()}/api/evidence/${id}/assessments`, {
            data: {
              version: 1,
              decision: 'refer',
              feedback: 'Add the service user’s own words.',
              mapping: [{ unit: 'QC28074-4', outcome: '1', criterion: null }],
            },
          }),
          'Referring',
        );
        await expectOk(await asLearner.post(`/api/evidence/${id}/revise`), 'Revising');
        await expectOk(await submit(), 'Submitting version 2');

        await press(form.getByRole('radio', { name: /Accept/ }));
        await form.getByRole('button', { name: 'Accept version 1' }).click();
        await form
          .getByText(
            'Your decision was not recorded. Version 1 is not this evidence’s newest version: version 2 is.',
            { exact: false },
          )
          .waitFor();
        expect(await accessibilityViolations(page)).toEqual([]);
        await form.getByRole('button', { name: 'Reload the evidence' }).click();
        await page.getByRole('form', { name: 'Your decision on version 2' }).waitFor();
      } finally {
        await asLearner.dispose();
        await context.close();
      }
    },
    JOURNEY_TIMEOUT,
  );
});
