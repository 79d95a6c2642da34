import { DECLARATION_STATEMENT } from '@signoff/contracts';
import { PNG } from '../src/files/testing/evidence-samples';
import type { AccessActor, AccessFixture } from './support/access-fixture';

/**
 * Who may use each route, as access-matrix.e2e-spec.ts checks it: a route that has no row here
 * fails that test. A new route needs a row: its expected outcome per actor and a probe (the
 * address on a centre-A record, and a valid body, so that a refusal is not masked by a 400).
 *
 * `expect` reads across these columns, groups split by `|`:
 *
 *     anonymous | admin own other | assessor own peer other | iqa own peer other
 *               | eqa own other   | learner own peer other
 *
 *   own    the record's own: its learner, its assigned assessor or IQA, an admin or EQA of its
 *          centre (centre A)
 *   peer   the same role at centre A, holding none of it (not assigned; another learner)
 *   other  the same role at centre B
 *
 * and each cell is what the probe gets: `ok` (a 2xx or 3xx: allowed), 401 no session, 403 the
 * role may not use the route, 404 not theirs to see (existence does not leak), or 400 / 409 where
 * the access rules let it through and what was sent is refused.
 */
export interface Probe {
  /** The address, with the record's ids and any query. */
  path: string;
  body?: object | string | Buffer;
  contentType?: string;
  /** The session to send instead of the actor's own (null: none). */
  cookie?: string | null;
}

/**
 * A record the probe consumes or changes (a draft to discard, an account to disable): one made
 * for all the refusals, and a fresh one for each allowed probe, so that none spoils the next.
 */
export type Consumed = <T>(make: () => Promise<T>) => Promise<T>;

export interface ProbeCase {
  expect: string;
  probe: (fixture: AccessFixture, actor: AccessActor, consumed: Consumed) => Probe | Promise<Probe>;
}

/** One case per route, or several named ones (the same route on records in other states). */
export type MatrixRow = ProbeCase | { cases: Record<string, ProbeCase> };

const everyone = 'ok | ok ok | ok ok ok | ok ok ok | ok ok | ok ok ok';
const signedIn = '401 | ok ok | ok ok ok | ok ok ok | ok ok | ok ok ok';
const admins = '401 | ok ok | 403 403 403 | 403 403 403 | 403 403 | 403 403 403';
const centreAdmin = '401 | ok 404 | 403 403 403 | 403 403 403 | 403 403 | 403 403 403';
/** Centre A named in the body: to another centre's admin, a field naming a centre not theirs. */
const othersCentre = '401 | ok 400 | 403 403 403 | 403 403 403 | 403 403 | 403 403 403';
/** The enrolment's own people see it and what hangs from it; to anyone else it does not exist. */
const enrolmentReaders = '401 | ok 404 | ok 404 404 | ok 404 404 | ok 404 | ok 404 404';
const enrolmentLearner = '401 | 403 403 | 403 403 403 | 403 403 403 | 403 403 | ok 404 404';
/** Work in progress is its learner's alone. */
const draftReaders = '401 | 404 404 | 404 404 404 | 404 404 404 | 404 404 | ok 404 404';
const adminsRead = '401 | ok ok | 404 404 404 | 404 404 404 | 404 404 | 404 404 404';

export const ACCESS_MATRIX: Record<string, MatrixRow> = {
  'GET /api/health': { expect: everyone, probe: () => ({ path: '/api/health' }) },

  // Sign-in: login and logout end the session they are sent with, so they get one of their own.
  // Past the rule, a password change or a password link only hashes the new password (slow by
  // design) and has no record to own: their probes send one the policy refuses (400).
  'POST /api/auth/login': {
    expect: everyone,
    probe: async (fx, actor) => ({
      path: '/api/auth/login',
      body: fx.login,
      cookie: await fx.freshSession(actor),
    }),
  },
  'POST /api/auth/logout': {
    expect: everyone,
    probe: async (fx, actor) => ({
      path: '/api/auth/logout',
      cookie: await fx.freshSession(actor),
    }),
  },
  'POST /api/auth/password-reset': {
    expect: '400 | 400 400 | 400 400 400 | 400 400 400 | 400 400 | 400 400 400',
    probe: (fx) => ({
      path: '/api/auth/password-reset',
      body: { token: fx.passwordToken, password: 'short' },
    }),
  },
  'GET /api/me': { expect: signedIn, probe: () => ({ path: '/api/me' }) },
  'POST /api/me/password': {
    expect: '401 | 400 400 | 400 400 400 | 400 400 400 | 400 400 | 400 400 400',
    probe: (_fx, actor) => ({
      path: '/api/me/password',
      body: { currentPassword: actor.person?.password ?? 'not signed in', newPassword: 'short' },
    }),
  },

  // Accounts: an admin manages the people of the centres they administer.
  'GET /api/users': { expect: admins, probe: () => ({ path: '/api/users' }) },
  'POST /api/users': {
    expect: othersCentre,
    probe: (fx) => ({
      path: '/api/users',
      body: {
        email: `new-${Math.random().toString(36).slice(2, 10)}@example.test`,
        displayName: 'New Person',
        roles: [{ centreId: fx.centreA, role: 'assessor' }],
      },
    }),
  },
  'GET /api/users/:id': {
    expect: centreAdmin,
    probe: (fx) => ({ path: `/api/users/${fx.account}` }),
  },
  'PUT /api/users/:id/roles': {
    expect: centreAdmin,
    probe: async (fx, _actor, consumed) => ({
      path: `/api/users/${await consumed(fx.freshAccount)}/roles`,
      body: { roles: [{ centreId: fx.centreA, role: 'iqa' }] },
    }),
  },
  'POST /api/users/:id/disable': {
    expect: centreAdmin,
    probe: async (fx, _actor, consumed) => ({
      path: `/api/users/${await consumed(fx.freshAccount)}/disable`,
    }),
  },
  'POST /api/users/:id/enable': {
    expect: centreAdmin,
    probe: async (fx, _actor, consumed) => ({
      path: `/api/users/${await consumed(fx.freshAccount)}/enable`,
    }),
  },
  'POST /api/users/:id/password-link': {
    expect: centreAdmin,
    probe: async (fx, _actor, consumed) => ({
      path: `/api/users/${await consumed(fx.freshAccount)}/password-link`,
    }),
  },

  // Learners' records.
  'GET /api/learners': { expect: admins, probe: () => ({ path: '/api/learners' }) },
  'POST /api/learners': {
    expect: othersCentre,
    probe: (fx) => ({ path: '/api/learners', body: fx.learnerRecord() }),
  },
  'POST /api/learners/import': {
    expect: othersCentre,
    probe: (fx) => ({
      path: `/api/learners/import?centreId=${fx.centreA}`,
      contentType: 'text/csv',
      body: `email,display_name,date_of_birth\nimported-${Math.random().toString(36).slice(2, 10)}@example.test,Ira Imported,1991-03-04\n`,
    }),
  },
  'GET /api/learners/:id': {
    expect: enrolmentReaders,
    probe: (fx) => ({ path: `/api/learners/${fx.learnerA}` }),
  },
  'PUT /api/learners/:id': {
    expect: centreAdmin,
    probe: (fx) => {
      const { email: _email, centreId: _centreId, ...profile } = fx.learnerRecord();
      return {
        path: `/api/learners/${fx.learnerA}`,
        body: { ...profile, displayName: 'Lee Learner' },
      };
    },
  },
  'POST /api/learners/:id/corrections': {
    expect: enrolmentLearner,
    probe: (fx) => ({
      path: `/api/learners/${fx.learnerA}/corrections`,
      body: { field: 'employer', proposed: 'Riverside Care' },
    }),
  },
  'POST /api/learners/:id/corrections/:correctionId/resolve': {
    expect: centreAdmin,
    probe: async (fx, _actor, consumed) => ({
      path: `/api/learners/${fx.learnerA}/corrections/${await consumed(fx.freshCorrection)}/resolve`,
      body: { status: 'declined' },
    }),
  },

  // Enrolments.
  'GET /api/enrolments': { expect: signedIn, probe: () => ({ path: '/api/enrolments' }) },
  'POST /api/enrolments/entry-check': {
    expect: centreAdmin,
    probe: (fx) => ({
      path: '/api/enrolments/entry-check',
      body: {
        learnerId: fx.spareLearner,
        qualificationId: fx.qualification,
        startDate: '2026-09-01',
      },
    }),
  },
  'POST /api/enrolments': {
    expect: centreAdmin,
    probe: (fx) => ({
      path: '/api/enrolments',
      body: {
        learnerId: fx.spareLearner,
        qualificationId: fx.qualification,
        pathway: null,
        startDate: '2026-09-01',
        plannedEndDate: '2027-08-31',
        registrationNumber: null,
        assessorId: fx.assessorA,
        iqaId: fx.iqaA,
        overrideReason: null,
      },
    }),
  },
  'GET /api/enrolments/:id': {
    expect: enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolmentA}` }),
  },
  'PATCH /api/enrolments/:id': {
    // The learner and the centre's admins plan units; staff roles may not use the route.
    expect: '401 | ok 404 | 403 403 403 | 403 403 403 | 403 403 | ok 404 404',
    probe: (fx) => ({
      path: `/api/enrolments/${fx.enrolmentA}`,
      body: { plannedUnits: fx.plannedUnits },
    }),
  },
  'GET /api/enrolments/:id/progress': {
    expect: enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolmentA}/progress` }),
  },
  'GET /api/enrolments/:id/entry-check': {
    expect: enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolmentA}/entry-check` }),
  },

  // Evidence: read by the enrolment's people once submitted; only its learner changes it.
  'GET /api/enrolments/:enrolmentId/evidence': {
    expect: enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolmentA}/evidence` }),
  },
  'POST /api/enrolments/:enrolmentId/evidence': {
    expect: enrolmentLearner,
    probe: (fx) => ({
      path: `/api/enrolments/${fx.enrolmentA}/evidence`,
      body: fx.evidenceContent,
    }),
  },
  'GET /api/evidence/:id': {
    cases: {
      submitted: {
        expect: enrolmentReaders,
        probe: (fx) => ({ path: `/api/evidence/${fx.submitted.itemId}` }),
      },
      draft: {
        expect: draftReaders,
        probe: (fx) => ({ path: `/api/evidence/${fx.draft.itemId}` }),
      },
    },
  },
  'GET /api/evidence/:id/versions': {
    cases: {
      submitted: {
        expect: enrolmentReaders,
        probe: (fx) => ({ path: `/api/evidence/${fx.submitted.itemId}/versions` }),
      },
      draft: {
        expect: draftReaders,
        probe: (fx) => ({ path: `/api/evidence/${fx.draft.itemId}/versions` }),
      },
    },
  },
  'PUT /api/evidence/:id': {
    expect: enrolmentLearner,
    probe: (fx) => ({ path: `/api/evidence/${fx.draft.itemId}`, body: fx.evidenceContent }),
  },
  'DELETE /api/evidence/:id': {
    expect: enrolmentLearner,
    probe: async (fx, _actor, consumed) => ({
      path: `/api/evidence/${await consumed(fx.freshDraft)}`,
    }),
  },
  'POST /api/evidence/:id/submit': {
    expect: enrolmentLearner,
    probe: async (fx, _actor, consumed) => ({
      path: `/api/evidence/${(await consumed(fx.freshDraftWithFile)).itemId}/submit`,
      body: { statement: DECLARATION_STATEMENT, agreed: true },
    }),
  },
  'POST /api/evidence/:id/revise': {
    expect: enrolmentLearner,
    probe: async (fx, _actor, consumed) => ({
      path: `/api/evidence/${await consumed(fx.freshReferred)}/revise`,
    }),
  },
  'POST /api/evidence/:id/files': {
    expect: enrolmentLearner,
    probe: (fx) => ({
      path: `/api/evidence/${fx.draft.itemId}/files?name=photo.png`,
      contentType: 'application/octet-stream',
      body: PNG,
    }),
  },
  'DELETE /api/evidence/:id/files/:fileId': {
    expect: enrolmentLearner,
    probe: async (fx, _actor, consumed) => {
      const { itemId, fileId } = await consumed(fx.freshDraftWithFile);
      return { path: `/api/evidence/${itemId}/files/${fileId}` };
    },
  },
  'GET /api/files/limits': { expect: signedIn, probe: () => ({ path: '/api/files/limits' }) },
  'GET /api/files/:id': {
    cases: {
      submitted: {
        expect: enrolmentReaders,
        probe: (fx) => ({ path: `/api/files/${fx.submitted.fileId}` }),
      },
      draft: { expect: draftReaders, probe: (fx) => ({ path: `/api/files/${fx.draft.fileId}` }) },
    },
  },
  'GET /api/files/:id/preview': {
    cases: {
      submitted: {
        expect: enrolmentReaders,
        probe: (fx) => ({ path: `/api/files/${fx.submitted.fileId}/preview` }),
      },
      draft: {
        expect: draftReaders,
        probe: (fx) => ({ path: `/api/files/${fx.draft.fileId}/preview` }),
      },
    },
  },

  // A centre's method codes: read by its members, renamed by its admins.
  'GET /api/centres/:centreId/method-codes': {
    expect: '401 | ok 404 | ok ok 404 | ok ok 404 | ok 404 | ok ok 404',
    probe: (fx) => ({ path: `/api/centres/${fx.centreA}/method-codes` }),
  },
  'PUT /api/centres/:centreId/method-codes': {
    expect: centreAdmin,
    probe: (fx) => ({ path: `/api/centres/${fx.centreA}/method-codes`, body: { codes: [] } }),
  },

  // The catalogue is shared by every centre: admins of any centre edit it, everyone reads
  // what is published, and drafts do not exist for anyone but admins.
  'GET /api/qualifications': { expect: signedIn, probe: () => ({ path: '/api/qualifications' }) },
  'POST /api/qualifications/import': {
    expect: admins,
    probe: (fx) => ({ path: '/api/qualifications/import', body: fx.qualificationDocument() }),
  },
  'GET /api/qualifications/:id': {
    cases: {
      published: {
        expect: signedIn,
        probe: (fx) => ({ path: `/api/qualifications/${fx.qualification}` }),
      },
      draft: {
        expect: adminsRead,
        probe: (fx) => ({ path: `/api/qualifications/${fx.draftQualification}` }),
      },
    },
  },
  'PUT /api/qualifications/:id/draft': {
    expect: admins,
    probe: (fx) => ({
      path: `/api/qualifications/${fx.draftQualification}/draft`,
      body: fx.draftQualificationDocument,
    }),
  },
  'POST /api/qualifications/:id/publish': {
    expect: admins,
    probe: async (fx, _actor, consumed) => ({
      path: `/api/qualifications/${await consumed(fx.freshDraftQualification)}/publish`,
    }),
  },
  'POST /api/qualifications/:id/evaluate': {
    expect: signedIn,
    probe: (fx) => ({
      path: `/api/qualifications/${fx.qualification}/evaluate`,
      body: { pathway: null, units: fx.plannedUnits },
    }),
  },
};
