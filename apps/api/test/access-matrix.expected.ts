import { randomUUID } from 'node:crypto';
import { DECLARATION_STATEMENT, WITNESS_STATEMENT_DECLARATION } from '@signoff/contracts';
import { PNG } from '../src/files/testing/evidence-samples';
import type { AccessActor, ProbeFixture } from './support/access-fixture';
import { TEST_PASSWORD } from './support/test-app';

/**
 * Who may use each route, as access-matrix.e2e-spec.ts checks it: a route that has no row here
 * fails that test. A new route needs a row: its expected outcome per actor and a probe (the
 * address on a centre-A record, and a valid body, so that a refusal is not masked by a 400).
 *
 * `expect` reads across the people who hold their roles now, groups split by `|`:
 *
 *     anonymous | admin own other | assessor own peer other | iqa own peer other
 *               | eqa own other   | learner own peer other
 *
 *   own    the record's own: its learner, its assigned assessor or IQA, an admin or EQA of its
 *          centre (centre A)
 *   peer   the same role at centre A, holding none of it (not assigned; another learner)
 *   other  the same role at centre B
 *
 * `former` reads across the record's former owners, each probed on the records of an enrolment
 * at centre A that is still assigned to them (or is theirs, as its learner):
 *
 *     removed assessor iqa learner | suspended assessor iqa learner
 *
 *   removed    every role at centre A taken away by its admin: signed in, holding no role
 *   suspended  disabled at centre A by its admin, still holding the same role at centre B
 *
 * Each cell is what the probe gets: `ok` (a 2xx or 3xx: allowed), 401 no session, 403 the role
 * may not use the route, 404 not theirs to see (existence does not leak), or 400 / 409 where
 * the access rules let it through and what was sent is refused.
 */
export interface Probe {
  /** The address, with the record's ids and any query. */
  path: string;
  body?: object | string | Buffer;
  contentType?: string;
  /** Headers besides the session and the content type (an Idempotency-Key). */
  headers?: Record<string, string>;
  /** The session to send instead of the actor's own (null: none). */
  cookie?: string | null;
}

/**
 * A record the probe consumes or changes (a draft to discard, an account to disable): one made
 * for all the refusals, and a fresh one for each allowed probe, so that none spoils the next.
 */
export type Consumed = <T>(make: () => Promise<T>) => Promise<T>;

/** What each actor gets, in the order the columns above name them. */
export interface Expected {
  expect: string;
  former: string;
}

export interface ProbeCase extends Expected {
  probe: (fixture: ProbeFixture, actor: AccessActor, consumed: Consumed) => Probe | Promise<Probe>;
}

/** One case per route, or several named ones (the same route on records in other states). */
export type MatrixRow = ProbeCase | { cases: Record<string, ProbeCase> };

// What the former owners get: a session, and no role that counts at centre A. What needs no
// record and no role is open to them, no admin's route is, and centre A's records do not exist.
const formerOpen = 'ok ok ok | ok ok ok';
const formerNotAdmins = '403 403 403 | 403 403 403';
const formerGone = '404 404 404 | 404 404 404';
/** A learner's route: refused for want of the role, or, to a learner still at B, the record. */
const formerLearnerWrite = '403 403 403 | 403 403 404';

const everyone: Expected = {
  expect: 'ok | ok ok | ok ok ok | ok ok ok | ok ok | ok ok ok',
  former: formerOpen,
};
const signedIn: Expected = {
  expect: '401 | ok ok | ok ok ok | ok ok ok | ok ok | ok ok ok',
  former: formerOpen,
};
const admins: Expected = {
  expect: '401 | ok ok | 403 403 403 | 403 403 403 | 403 403 | 403 403 403',
  former: formerNotAdmins,
};
const centreAdmin: Expected = {
  expect: '401 | ok 404 | 403 403 403 | 403 403 403 | 403 403 | 403 403 403',
  former: formerNotAdmins,
};
/** Centre A named in the body: to another centre's admin, a field naming a centre not theirs. */
const othersCentre: Expected = {
  expect: '401 | ok 400 | 403 403 403 | 403 403 403 | 403 403 | 403 403 403',
  former: formerNotAdmins,
};
/** Issued for a person of centres A and B: by no one who does not administer both. */
const adminOfEveryCentre: Expected = {
  expect: '401 | 403 403 | 403 403 403 | 403 403 403 | 403 403 | 403 403 403',
  former: formerNotAdmins,
};
/** The enrolment's own people see it and what hangs from it; to anyone else it does not exist. */
const enrolmentReaders: Expected = {
  expect: '401 | ok 404 | ok 404 404 | ok 404 404 | ok 404 | ok 404 404',
  former: formerGone,
};
const enrolmentLearner: Expected = {
  expect: '401 | 403 403 | 403 403 403 | 403 403 403 | 403 403 | ok 404 404',
  former: formerLearnerWrite,
};
/** A withdrawn or completed enrolment: its learner's writes are refused, saying why (409). */
const closedToLearner: Expected = {
  expect: '401 | 403 403 | 403 403 403 | 403 403 403 | 403 403 | 409 404 404',
  former: formerLearnerWrite,
};
/** Work in progress is its learner's alone. */
const draftReaders: Expected = {
  expect: '401 | 404 404 | 404 404 404 | 404 404 404 | 404 404 | ok 404 404',
  former: formerGone,
};
const adminsRead: Expected = {
  expect: '401 | ok ok | 404 404 404 | 404 404 404 | 404 404 | 404 404 404',
  former: formerGone,
};
/** A learner's draft: the assessor may use the route on their own records, but sees no other draft. */
const formerAuthorWrite = '403 403 403 | 404 403 404';
const learnersDraft: Expected = {
  expect: '401 | 403 403 | 404 404 404 | 403 403 403 | 403 403 | ok 404 404',
  former: formerAuthorWrite,
};
const learnersClosedDraft: Expected = {
  expect: '401 | 403 403 | 404 404 404 | 403 403 403 | 403 403 | 409 404 404',
  former: formerAuthorWrite,
};
/** A record its assessor makes: theirs alone to write, while they hold the enrolment. */
const enrolmentAssessor: Expected = {
  expect: '401 | 403 403 | ok 404 404 | 403 403 403 | 403 403 | 403 403 403',
  former: '403 403 403 | 404 403 403',
};
const closedToAssessor: Expected = {
  expect: '401 | 403 403 | 409 404 404 | 403 403 403 | 403 403 | 403 403 403',
  former: '403 403 403 | 404 403 403',
};
/** The assessor's draft record: work in progress, theirs alone; the learner may not touch it. */
const assessorsDraft: Expected = {
  expect: '401 | 403 403 | ok 404 404 | 403 403 403 | 403 403 | 404 404 404',
  former: '403 403 403 | 404 403 404',
};

/**
 * A write to an enrolment's portfolio, probed on the actor's enrolment while it is active, and
 * (as every actor, former owners too) on learner A's withdrawn and completed ones, which it must
 * leave unchanged.
 */
function portfolioWrite(
  probe: ProbeCase['probe'],
  active: Expected = enrolmentLearner,
  closed: Expected = closedToLearner,
): { cases: Record<string, ProbeCase> } {
  const on = (status: 'withdrawn' | 'completed'): ProbeCase => ({
    ...closed,
    probe: (fx, actor, consumed) => probe({ ...fx, ...fx[status] }, actor, consumed),
  });
  return {
    cases: { active: { ...active, probe }, withdrawn: on('withdrawn'), completed: on('completed') },
  };
}

/** An hours entry as the learner logs it (and changes or corrects one). */
const HOUR_ENTRY = {
  date: '2026-11-02',
  minutes: 90,
  activity: 'Supervised moving and handling',
  category: 'supervised_practice',
  evidenceItemId: null,
};

/** A witness's statement, as their page sends it. */
const WITNESS_STATEMENT = {
  statement: 'I watched Lee chair the review and agree actions with each agency.',
  jobRole: 'Registered nurse',
  relationship: 'Line manager',
  activityDate: '2026-10-14',
  declaration: WITNESS_STATEMENT_DECLARATION,
  confirmed: true,
};

export const ACCESS_MATRIX: Record<string, MatrixRow> = {
  'GET /api/health': { ...everyone, probe: () => ({ path: '/api/health' }) },

  // Sign-in: login and logout end the session they are sent with, so they get one of their own.
  // Past the rule, a password change or a password link only hashes the new password (slow by
  // design) and has no record to own: their probes send one the policy refuses (400).
  'POST /api/auth/login': {
    ...everyone,
    probe: async (fx, actor) => ({
      path: '/api/auth/login',
      body: fx.login,
      cookie: await fx.freshSession(actor),
    }),
  },
  'POST /api/auth/logout': {
    ...everyone,
    probe: async (fx, actor) => ({
      path: '/api/auth/logout',
      cookie: await fx.freshSession(actor),
    }),
  },
  'POST /api/auth/password-reset': {
    expect: '400 | 400 400 | 400 400 400 | 400 400 400 | 400 400 | 400 400 400',
    former: '400 400 400 | 400 400 400',
    probe: (fx) => ({
      path: '/api/auth/password-reset',
      body: { token: fx.passwordToken, password: 'short' },
    }),
  },
  'GET /api/me': { ...signedIn, probe: () => ({ path: '/api/me' }) },
  'POST /api/me/password': {
    expect: '401 | 400 400 | 400 400 400 | 400 400 400 | 400 400 | 400 400 400',
    former: '400 400 400 | 400 400 400',
    probe: (_fx, actor) => ({
      path: '/api/me/password',
      body: { currentPassword: actor.person?.password ?? 'not signed in', newPassword: 'short' },
    }),
  },

  // Jobs: what failed is said without personal data, so every admin may read it.
  'GET /api/jobs/failed': { ...admins, probe: () => ({ path: '/api/jobs/failed' }) },

  // Accounts: an admin manages the people of the centres they administer.
  'GET /api/users': { ...admins, probe: () => ({ path: '/api/users' }) },
  'POST /api/users': {
    ...othersCentre,
    probe: (fx) => ({
      path: '/api/users',
      body: {
        email: `new-${Math.random().toString(36).slice(2, 10)}@example.test`,
        displayName: 'New Person',
        roles: [{ centreId: fx.centreA, role: 'assessor' }],
      },
    }),
  },
  // A person of centres A and B is managed by the admin of each at their own centre (roles,
  // suspension); a password link opens the whole account, so only an admin of both issues one.
  'GET /api/users/:id': {
    cases: {
      'centre A': { ...centreAdmin, probe: (fx) => ({ path: `/api/users/${fx.account}` }) },
      'centres A and B': { ...admins, probe: (fx) => ({ path: `/api/users/${fx.crossCentre}` }) },
    },
  },
  'PUT /api/users/:id/roles': {
    cases: {
      'centre A': {
        ...centreAdmin,
        probe: async (fx, _actor, consumed) => ({
          path: `/api/users/${await consumed(fx.freshAccount)}/roles`,
          body: { roles: [{ centreId: fx.centreA, role: 'iqa' }] },
        }),
      },
      'centres A and B': {
        ...admins,
        probe: async (fx, _actor, consumed) => ({
          path: `/api/users/${await consumed(fx.freshCrossCentre)}/roles`,
          body: { roles: [] },
        }),
      },
    },
  },
  'POST /api/users/:id/disable': {
    cases: {
      'centre A': {
        ...centreAdmin,
        probe: async (fx, _actor, consumed) => ({
          path: `/api/users/${await consumed(fx.freshAccount)}/disable`,
        }),
      },
      'centres A and B': {
        ...admins,
        probe: async (fx, _actor, consumed) => ({
          path: `/api/users/${await consumed(fx.freshCrossCentre)}/disable`,
        }),
      },
    },
  },
  'POST /api/users/:id/enable': {
    cases: {
      'centre A': {
        ...centreAdmin,
        probe: async (fx, _actor, consumed) => ({
          path: `/api/users/${await consumed(fx.freshAccount)}/enable`,
        }),
      },
      'centres A and B': {
        ...admins,
        probe: async (fx, _actor, consumed) => ({
          path: `/api/users/${await consumed(fx.freshCrossCentre)}/enable`,
        }),
      },
    },
  },
  'POST /api/users/:id/password-link': {
    cases: {
      'centre A': {
        ...centreAdmin,
        probe: async (fx, _actor, consumed) => ({
          path: `/api/users/${await consumed(fx.freshAccount)}/password-link`,
        }),
      },
      'centres A and B': {
        ...adminOfEveryCentre,
        probe: (fx) => ({ path: `/api/users/${fx.crossCentre}/password-link` }),
      },
    },
  },

  // Learners' records.
  'GET /api/learners': { ...admins, probe: () => ({ path: '/api/learners' }) },
  'POST /api/learners': {
    ...othersCentre,
    probe: (fx) => ({ path: '/api/learners', body: fx.learnerRecord() }),
  },
  'POST /api/learners/import': {
    ...othersCentre,
    probe: (fx) => ({
      path: `/api/learners/import?centreId=${fx.centreA}`,
      contentType: 'text/csv',
      body: `email,display_name,date_of_birth\nimported-${Math.random().toString(36).slice(2, 10)}@example.test,Ira Imported,1991-03-04\n`,
    }),
  },
  'GET /api/learners/:id': {
    ...enrolmentReaders,
    probe: (fx) => ({ path: `/api/learners/${fx.learner}` }),
  },
  'PUT /api/learners/:id': {
    ...centreAdmin,
    probe: (fx) => {
      const { email: _email, centreId: _centreId, ...profile } = fx.learnerRecord();
      return {
        path: `/api/learners/${fx.learner}`,
        body: { ...profile, displayName: 'Lee Learner' },
      };
    },
  },
  'POST /api/learners/:id/corrections': {
    ...enrolmentLearner,
    probe: (fx) => ({
      path: `/api/learners/${fx.learner}/corrections`,
      body: { field: 'employer', proposed: 'Riverside Care' },
    }),
  },
  'POST /api/learners/:id/corrections/:correctionId/resolve': {
    ...centreAdmin,
    probe: async (fx, _actor, consumed) => ({
      path: `/api/learners/${fx.learner}/corrections/${await consumed(fx.freshCorrection)}/resolve`,
      body: { status: 'declined' },
    }),
  },

  // Enrolments.
  'GET /api/enrolments': { ...signedIn, probe: () => ({ path: '/api/enrolments' }) },
  'POST /api/enrolments/entry-check': {
    ...centreAdmin,
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
    ...centreAdmin,
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
    ...enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolment}` }),
  },
  // Its centre's admins change the status and who holds it, on a closed enrolment too (to reopen
  // it). The probes ask for what it already has (its status, its assessor and IQA): a real check
  // of access that changes nothing.
  'POST /api/enrolments/:id/status': portfolioWrite(
    (fx) => ({ path: `/api/enrolments/${fx.enrolment}/status`, body: { status: fx.status } }),
    centreAdmin,
    centreAdmin,
  ),
  'PUT /api/enrolments/:id/staff': portfolioWrite(
    (fx) => ({
      path: `/api/enrolments/${fx.enrolment}/staff`,
      body: { assessorId: fx.assessorA, iqaId: fx.iqaA },
    }),
    centreAdmin,
    centreAdmin,
  ),
  // The learner and the centre's admins plan units; staff roles may not use the route. An admin
  // may still change a closed enrolment's plan; its learner may not.
  'PUT /api/enrolments/:id/unit-plan': portfolioWrite(
    (fx) => ({
      path: `/api/enrolments/${fx.enrolment}/unit-plan`,
      body: { plannedUnits: fx.plannedUnits },
    }),
    {
      expect: '401 | ok 404 | 403 403 403 | 403 403 403 | 403 403 | ok 404 404',
      former: formerLearnerWrite,
    },
    {
      expect: '401 | ok 404 | 403 403 403 | 403 403 403 | 403 403 | 409 404 404',
      former: formerLearnerWrite,
    },
  ),
  'GET /api/enrolments/:id/progress': {
    ...enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolment}/progress` }),
  },
  'GET /api/enrolments/:id/entry-check': {
    ...enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolment}/entry-check` }),
  },

  // Evidence: read by the enrolment's people once submitted; only its learner changes it.
  'GET /api/enrolments/:enrolmentId/evidence': {
    ...enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolment}/evidence` }),
  },
  'POST /api/enrolments/:enrolmentId/evidence': portfolioWrite((fx) => ({
    path: `/api/enrolments/${fx.enrolment}/evidence`,
    body: fx.evidenceContent,
  })),
  'GET /api/evidence/:id': {
    cases: {
      submitted: {
        ...enrolmentReaders,
        probe: (fx) => ({ path: `/api/evidence/${fx.submitted.itemId}` }),
      },
      draft: {
        ...draftReaders,
        probe: (fx) => ({ path: `/api/evidence/${fx.draft.itemId}` }),
      },
    },
  },
  'GET /api/evidence/:id/versions': {
    cases: {
      submitted: {
        ...enrolmentReaders,
        probe: (fx) => ({ path: `/api/evidence/${fx.submitted.itemId}/versions` }),
      },
      draft: {
        ...draftReaders,
        probe: (fx) => ({ path: `/api/evidence/${fx.draft.itemId}/versions` }),
      },
    },
  },
  'PUT /api/evidence/:id': portfolioWrite((fx) => ({
    path: `/api/evidence/${fx.draft.itemId}`,
    body: fx.evidenceContent,
  })),
  'DELETE /api/evidence/:id': portfolioWrite(
    async (fx, _actor, consumed) => ({
      path: `/api/evidence/${await consumed(fx.freshDraft)}`,
    }),
    learnersDraft,
    learnersClosedDraft,
  ),
  'POST /api/evidence/:id/submit': portfolioWrite(async (fx, _actor, consumed) => ({
    path: `/api/evidence/${(await consumed(fx.freshDraftWithFile)).itemId}/submit`,
    body: { statement: DECLARATION_STATEMENT, agreed: true },
  })),
  'POST /api/evidence/:id/revise': portfolioWrite(
    async (fx, _actor, consumed) => ({
      path: `/api/evidence/${await consumed(fx.freshReferred)}/revise`,
    }),
    {
      expect: '401 | 403 403 | 403 404 404 | 403 403 403 | 403 403 | ok 404 404',
      former: formerAuthorWrite,
    },
    {
      expect: '401 | 403 403 | 403 404 404 | 403 403 403 | 403 403 | 409 404 404',
      former: formerAuthorWrite,
    },
  ),
  'POST /api/evidence/:id/files': {
    cases: {
      ...portfolioWrite(
        (fx) => ({
          path: `/api/evidence/${fx.draft.itemId}/files?name=photo.png`,
          contentType: 'application/octet-stream',
          body: PNG,
        }),
        learnersDraft,
        learnersClosedDraft,
      ).cases,
      // The assessor's own record takes files from them alone.
      record: {
        ...assessorsDraft,
        probe: (fx) => ({
          path: `/api/evidence/${fx.observation}/files?name=photo.png`,
          contentType: 'application/octet-stream',
          body: PNG,
        }),
      },
    },
  },
  'DELETE /api/evidence/:id/files/:fileId': portfolioWrite(
    async (fx, _actor, consumed) => {
      const { itemId, fileId } = await consumed(fx.freshDraftWithFile);
      return { path: `/api/evidence/${itemId}/files/${fileId}` };
    },
    learnersDraft,
    learnersClosedDraft,
  ),
  // Records made at the workplace: read by whoever sees the enrolment once signed; drafted and
  // signed by its assessor, countersigned by its learner.
  'GET /api/enrolments/:id/observations': {
    ...enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolment}/observations` }),
  },
  'POST /api/enrolments/:id/observations': portfolioWrite(
    (fx) => ({ path: `/api/enrolments/${fx.enrolment}/observations`, body: fx.observationContent }),
    enrolmentAssessor,
    closedToAssessor,
  ),
  'PUT /api/enrolments/:id/observations/:itemId': portfolioWrite(
    (fx) => ({
      path: `/api/enrolments/${fx.enrolment}/observations/${fx.observation}`,
      body: fx.observationContent,
    }),
    enrolmentAssessor,
    closedToAssessor,
  ),
  'GET /api/enrolments/:id/professional-discussions': {
    ...enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolment}/professional-discussions` }),
  },
  'POST /api/enrolments/:id/professional-discussions': portfolioWrite(
    (fx) => ({
      path: `/api/enrolments/${fx.enrolment}/professional-discussions`,
      body: fx.discussionContent,
    }),
    enrolmentAssessor,
    closedToAssessor,
  ),
  'PUT /api/enrolments/:id/professional-discussions/:itemId': portfolioWrite(
    (fx) => ({
      path: `/api/enrolments/${fx.enrolment}/professional-discussions/${fx.discussion}`,
      body: fx.discussionContent,
    }),
    enrolmentAssessor,
    closedToAssessor,
  ),
  'POST /api/evidence/:id/signature': portfolioWrite(
    async (fx, _actor, consumed) => ({
      path: `/api/evidence/${await consumed(fx.freshObservation)}/signature`,
      body: { password: TEST_PASSWORD },
      headers: { 'Idempotency-Key': randomUUID() },
    }),
    enrolmentAssessor,
    closedToAssessor,
  ),
  'POST /api/evidence/:id/countersignature': portfolioWrite(async (fx, actor, consumed) => ({
    path: `/api/evidence/${await consumed(fx.freshAwaitingCountersignature)}/countersignature`,
    body: { agreed: true, password: actor.person?.password ?? TEST_PASSWORD },
    headers: { 'Idempotency-Key': randomUUID() },
  })),
  // Assessment: the enrolment's assessor alone decides; other assessors do not see the item. A
  // withdrawn or completed enrolment's evidence is no longer assessed (409, saying why).
  'POST /api/evidence/:id/assessments': portfolioWrite(
    async (fx, _actor, consumed) => ({
      path: `/api/evidence/${(await consumed(fx.freshSubmitted)).itemId}/assessments`,
      body: { version: 1, decision: 'accept', mapping: fx.evidenceContent.claims },
    }),
    {
      expect: '401 | 403 403 | ok 404 404 | 403 403 403 | 403 403 | 403 403 403',
      former: '403 403 403 | 404 403 403',
    },
    {
      expect: '401 | 403 403 | 409 404 404 | 403 403 403 | 403 403 | 403 403 403',
      former: '403 403 403 | 404 403 403',
    },
  ),
  // Each assessor's own queue: what awaits them, wherever they hold the role.
  'GET /api/assessment-queue': {
    expect: '401 | 403 403 | ok ok ok | 403 403 403 | 403 403 | 403 403 403',
    former: '403 403 403 | ok 403 403',
    probe: () => ({ path: '/api/assessment-queue' }),
  },
  // Sign-off: whoever sees the enrolment reads a unit's matrix; its assessor signs rows and the
  // unit, its learner countersigns. Probed on a unit with nothing accepted, so the rules refuse
  // (409) whoever the access rules let through, having checked their password.
  'GET /api/enrolments/:id/units/:unit/matrix': {
    ...enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolment}/units/QC28074-1/matrix` }),
  },
  'POST /api/enrolments/:id/sign-offs': {
    expect: '401 | 403 403 | 409 404 404 | 403 403 403 | 403 403 | 403 403 403',
    former: '403 403 403 | 404 403 403',
    probe: (fx) => ({
      path: `/api/enrolments/${fx.enrolment}/sign-offs`,
      body: { unit: 'QC28074-1', rows: ['1'], password: TEST_PASSWORD },
      headers: { 'Idempotency-Key': randomUUID() },
    }),
  },
  'POST /api/enrolments/:id/units/:unit/unit-sign-off': {
    expect: '401 | 403 403 | 409 404 404 | 403 403 403 | 403 403 | 403 403 403',
    former: '403 403 403 | 404 403 403',
    probe: (fx) => ({
      path: `/api/enrolments/${fx.enrolment}/units/QC28074-1/unit-sign-off`,
      body: { password: TEST_PASSWORD },
      headers: { 'Idempotency-Key': randomUUID() },
    }),
  },
  'POST /api/enrolments/:id/units/:unit/countersignature': {
    expect: '401 | 403 403 | 403 403 403 | 403 403 403 | 403 403 | 409 404 404',
    former: formerLearnerWrite,
    probe: (fx) => ({
      path: `/api/enrolments/${fx.enrolment}/units/QC28074-1/countersignature`,
      body: { password: TEST_PASSWORD },
      headers: { 'Idempotency-Key': randomUUID() },
    }),
  },
  // A signature: read and verified by whoever sees its enrolment; revoked by its signer (the
  // assessor here) or an admin of its centre, each re-entering their password.
  'GET /api/sign-offs/:id': {
    ...enrolmentReaders,
    probe: (fx) => ({ path: `/api/sign-offs/${fx.signOff}` }),
  },
  'GET /api/sign-offs/:id/verify': {
    ...enrolmentReaders,
    probe: (fx) => ({ path: `/api/sign-offs/${fx.signOff}/verify` }),
  },
  'POST /api/sign-offs/:id/revocations': {
    expect: '401 | ok 404 | ok 404 404 | 403 403 403 | 403 403 | 403 404 404',
    former: '403 403 403 | 404 403 404',
    probe: async (fx, _actor, consumed) => ({
      path: `/api/sign-offs/${await consumed(fx.freshSignOff)}/revocations`,
      body: { reason: 'Signed in error', password: TEST_PASSWORD },
    }),
  },
  'GET /api/files/limits': { ...signedIn, probe: () => ({ path: '/api/files/limits' }) },
  // The signature is the permission: whoever holds the address gets the file.
  'GET /api/files/signed/:key': {
    ...everyone,
    probe: async (fx) => ({ path: await fx.signedFileUrl(fx.submitted.fileId) }),
  },
  'GET /api/files/:id': {
    cases: {
      submitted: {
        ...enrolmentReaders,
        probe: (fx) => ({ path: `/api/files/${fx.submitted.fileId}` }),
      },
      draft: { ...draftReaders, probe: (fx) => ({ path: `/api/files/${fx.draft.fileId}` }) },
    },
  },
  'GET /api/files/:id/preview': {
    cases: {
      submitted: {
        ...enrolmentReaders,
        probe: (fx) => ({ path: `/api/files/${fx.submitted.fileId}/preview` }),
      },
      draft: {
        ...draftReaders,
        probe: (fx) => ({ path: `/api/files/${fx.draft.fileId}/preview` }),
      },
    },
  },

  // Hours: read by whoever sees the enrolment; its learner logs, changes and corrects them, its
  // assessor confirms or queries them, an admin of its centre sets targets and categories.
  'GET /api/enrolments/:id/hours': {
    ...enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolment}/hours` }),
  },
  'POST /api/enrolments/:id/hours': portfolioWrite((fx) => ({
    path: `/api/enrolments/${fx.enrolment}/hours`,
    body: HOUR_ENTRY,
  })),
  'PUT /api/enrolments/:id/hours/:entryId': portfolioWrite(async (fx, _actor, consumed) => ({
    path: `/api/enrolments/${fx.enrolment}/hours/${await consumed(() => fx.freshHourEntry(fx.enrolment))}`,
    body: HOUR_ENTRY,
  })),
  'POST /api/enrolments/:id/hours/:entryId/corrections': portfolioWrite(
    async (fx, _actor, consumed) => ({
      path: `/api/enrolments/${fx.enrolment}/hours/${await consumed(() => fx.freshHourEntry(fx.enrolment, true))}/corrections`,
      body: HOUR_ENTRY,
    }),
  ),
  'POST /api/enrolments/:id/hours/:entryId/reviews': portfolioWrite(
    async (fx, _actor, consumed) => ({
      path: `/api/enrolments/${fx.enrolment}/hours/${await consumed(() => fx.freshHourEntry(fx.enrolment))}/reviews`,
      body: { decision: 'confirm' },
    }),
    {
      expect: '401 | 403 403 | ok 404 404 | 403 403 403 | 403 403 | 403 403 403',
      former: '403 403 403 | 404 403 403',
    },
    {
      expect: '401 | 403 403 | 409 404 404 | 403 403 403 | 403 403 | 403 403 403',
      former: '403 403 403 | 404 403 403',
    },
  ),
  'PUT /api/enrolments/:id/hour-targets': {
    ...centreAdmin,
    probe: (fx) => ({
      path: `/api/enrolments/${fx.enrolment}/hour-targets`,
      body: { category: 'off_the_job', hours: 10 },
    }),
  },
  'GET /api/centres/:centreId/hour-categories': {
    expect: '401 | ok 404 | ok ok 404 | ok ok 404 | ok 404 | ok ok 404',
    former: formerGone,
    probe: (fx) => ({ path: `/api/centres/${fx.centreA}/hour-categories` }),
  },
  'PUT /api/centres/:centreId/hour-categories': {
    ...centreAdmin,
    probe: (fx) => ({
      path: `/api/centres/${fx.centreA}/hour-categories`,
      body: { categories: [] },
    }),
  },

  // A centre's RAG margins and review interval: read by its staff, changed by its admins.
  'GET /api/centres/:centreId/progress-settings': {
    expect: '401 | ok 404 | ok ok 404 | ok ok 404 | ok 404 | 403 403 403',
    former: '403 403 403 | 404 404 403',
    probe: (fx) => ({ path: `/api/centres/${fx.centreA}/progress-settings` }),
  },
  'PUT /api/centres/:centreId/progress-settings': {
    ...centreAdmin,
    probe: (fx) => ({
      path: `/api/centres/${fx.centreA}/progress-settings`,
      body: { amberMargin: 10, redMargin: 25, reviewIntervalWeeks: 12 },
    }),
  },

  // A centre's method codes: read by its members, renamed by its admins.
  'GET /api/centres/:centreId/method-codes': {
    expect: '401 | ok 404 | ok ok 404 | ok ok 404 | ok 404 | ok ok 404',
    former: formerGone,
    probe: (fx) => ({ path: `/api/centres/${fx.centreA}/method-codes` }),
  },
  'PUT /api/centres/:centreId/method-codes': {
    ...centreAdmin,
    probe: (fx) => ({ path: `/api/centres/${fx.centreA}/method-codes`, body: { codes: [] } }),
  },

  // Witness testimony. A centre's register: read by its staff, kept by its admins and assessors.
  'GET /api/centres/:centreId/witnesses': {
    expect: '401 | ok 404 | ok ok 404 | ok ok 404 | ok 404 | 403 403 403',
    former: '403 403 403 | 404 404 403',
    probe: (fx) => ({ path: `/api/centres/${fx.centreA}/witnesses` }),
  },
  'POST /api/centres/:centreId/witnesses': {
    expect: '401 | ok 404 | ok ok 404 | 403 403 403 | 403 403 | 403 403 403',
    former: '403 403 403 | 404 403 403',
    probe: (fx) => ({
      path: `/api/centres/${fx.centreA}/witnesses`,
      body: {
        ...fx.witnessContent,
        email: `witness-${Math.random().toString(36).slice(2, 10)}@example.test`,
      },
    }),
  },
  'PUT /api/centres/:centreId/witnesses/:witnessId': {
    expect: '401 | ok 404 | ok ok 404 | 403 403 403 | 403 403 | 403 403 403',
    former: '403 403 403 | 404 403 403',
    probe: (fx) => ({
      path: `/api/centres/${fx.centreA}/witnesses/${fx.witnessA}`,
      body: fx.witnessContent,
    }),
  },
  // An enrolment's requests: read by whoever sees it; its learner or assessor asks (the other
  // staff who see it may not: 403); not on a closed portfolio (409).
  'GET /api/enrolments/:enrolmentId/witness-requests': {
    ...enrolmentReaders,
    probe: (fx) => ({ path: `/api/enrolments/${fx.enrolment}/witness-requests` }),
  },
  'POST /api/enrolments/:enrolmentId/witness-requests': portfolioWrite(
    (fx) => ({
      path: `/api/enrolments/${fx.enrolment}/witness-requests`,
      body: {
        witness: {
          ...fx.witnessContent,
          email: `witness-${Math.random().toString(36).slice(2, 10)}@example.test`,
        },
        relationship: 'Shift leader',
        claims: fx.evidenceContent.claims,
      },
    }),
    {
      expect: '401 | 403 404 | ok 404 404 | 403 404 404 | 403 404 | ok 404 404',
      former: '403 403 403 | 404 404 404',
    },
    {
      expect: '401 | 403 404 | 409 404 404 | 403 404 404 | 403 404 | 409 404 404',
      former: '403 403 403 | 404 404 404',
    },
  ),
  // Withdrawn by whoever asked (learner A here), the enrolment's assessor or its centre's admin;
  // probed on learner A's requests, which former owners do not see.
  'POST /api/enrolments/:enrolmentId/witness-requests/:requestId/revocation': {
    expect: '401 | ok 404 | ok 404 404 | 403 404 404 | 403 404 | ok 404 404',
    former: '403 403 403 | 404 404 404',
    probe: async (fx, _actor, consumed) => ({
      path: `/api/enrolments/${fx.witnessEnrolment}/witness-requests/${(await consumed(fx.freshWitnessRequest)).id}/revocation`,
    }),
  },
  // The witness's page: the link's token is the permission, whoever holds it (no account).
  'GET /api/witness/:token': {
    cases: {
      'open link': { ...everyone, probe: (fx) => ({ path: `/api/witness/${fx.witnessToken}` }) },
      'unknown token': {
        expect: '404 | 404 404 | 404 404 404 | 404 404 404 | 404 404 | 404 404 404',
        former: formerGone,
        probe: () => ({ path: `/api/witness/${'A'.repeat(43)}` }),
      },
    },
  },
  'POST /api/witness/:token': {
    cases: {
      'open link': {
        ...everyone,
        probe: async (fx, _actor, consumed) => ({
          path: `/api/witness/${await consumed(fx.freshWitnessToken)}`,
          body: WITNESS_STATEMENT,
        }),
      },
      'unknown token': {
        expect: '404 | 404 404 | 404 404 404 | 404 404 404 | 404 404 | 404 404 404',
        former: formerGone,
        probe: () => ({ path: `/api/witness/${'A'.repeat(43)}`, body: WITNESS_STATEMENT }),
      },
    },
  },

  // The catalogue is shared by every centre: admins of any centre edit it, everyone reads
  // what is published, and drafts do not exist for anyone but admins.
  'GET /api/qualifications': { ...signedIn, probe: () => ({ path: '/api/qualifications' }) },
  'POST /api/qualifications/import': {
    ...admins,
    probe: (fx) => ({ path: '/api/qualifications/import', body: fx.qualificationDocument() }),
  },
  'GET /api/qualifications/:id': {
    cases: {
      published: {
        ...signedIn,
        probe: (fx) => ({ path: `/api/qualifications/${fx.qualification}` }),
      },
      draft: {
        ...adminsRead,
        probe: (fx) => ({ path: `/api/qualifications/${fx.draftQualification}` }),
      },
    },
  },
  'PUT /api/qualifications/:id/draft': {
    ...admins,
    probe: (fx) => ({
      path: `/api/qualifications/${fx.draftQualification}/draft`,
      body: fx.draftQualificationDocument,
    }),
  },
  'POST /api/qualifications/:id/publish': {
    ...admins,
    probe: async (fx, _actor, consumed) => ({
      path: `/api/qualifications/${await consumed(fx.freshDraftQualification)}/publish`,
    }),
  },
  'POST /api/qualifications/:id/evaluate': {
    ...signedIn,
    probe: (fx) => ({
      path: `/api/qualifications/${fx.qualification}/evaluate`,
      body: { pathway: null, units: fx.plannedUnits },
    }),
  },
};
