import {
  EVIDENCE_ORIGINS,
  EVIDENCE_STATUSES,
  type EvidenceOrigin,
  type EvidenceStatus,
} from '@signoff/contracts';
import {
  decideEvidenceMove,
  EVIDENCE_TRANSITIONS,
  evidenceActionsFor,
  evidenceVersionStatusMoves,
  type EvidenceAction,
  type EvidenceMover,
} from './evidence-transitions';

const ACTIONS: EvidenceAction[] = [
  'submit',
  'sign',
  'agree',
  'disagree',
  'revise',
  'accept',
  'refer',
  'withdrawAcceptance',
];
const MOVERS: EvidenceMover[] = ['learner', 'assessor', 'system'];

/** The whole life cycle, written out: every other (origin, status, action, mover) is refused. */
const ALLOWED: (readonly [
  EvidenceOrigin,
  EvidenceStatus,
  EvidenceAction,
  EvidenceMover,
  EvidenceStatus,
])[] = [
  ['learner', 'draft', 'submit', 'learner', 'submitted'] as const,
  ['learner', 'referred', 'revise', 'learner', 'draft'],
  ['assessor', 'draft', 'sign', 'assessor', 'awaiting_countersignature'],
  ['assessor', 'awaiting_countersignature', 'agree', 'learner', 'accepted'],
  ['assessor', 'awaiting_countersignature', 'disagree', 'learner', 'referred'],
  ['assessor', 'referred', 'revise', 'assessor', 'draft'],
  ...EVIDENCE_ORIGINS.flatMap((origin) => [
    [origin, 'submitted', 'accept', 'assessor', 'accepted'] as const,
    [origin, 'submitted', 'refer', 'assessor', 'referred'] as const,
    [origin, 'accepted', 'withdrawAcceptance', 'assessor', 'submitted'] as const,
  ]),
];

const EVERY_MOVE = EVIDENCE_ORIGINS.flatMap((origin) =>
  EVIDENCE_STATUSES.flatMap((status) =>
    ACTIONS.flatMap((action) => MOVERS.map((by) => [origin, status, action, by] as const)),
  ),
);

describe('decideEvidenceMove', () => {
  it.each(EVERY_MOVE)('%s evidence, %s, %s by %s', (origin, status, action, by) => {
    const expected = ALLOWED.find(
      ([o, from, allowedAction, mover]) =>
        o === origin && from === status && allowedAction === action && mover === by,
    );
    const decision = decideEvidenceMove(status, action, by, origin);
    if (expected)
      expect(decision).toMatchObject({ allowed: true, transition: { to: expected[4] } });
    else expect(decision).toMatchObject({ allowed: false, refusal: expect.any(String) });
  });

  it.each([
    [
      'submitted',
      'submit',
      'learner',
      'learner',
      'Submitting is only for draft evidence; this version is submitted',
    ],
    [
      'accepted',
      'revise',
      'learner',
      'learner',
      'Revising is only for referred evidence; this version is accepted',
    ],
    ['submitted', 'accept', 'learner', 'learner', 'Accepting is for the assessor'],
    ['draft', 'submit', 'assessor', 'learner', 'Submitting is for the learner'],
    [
      'draft',
      'submit',
      'assessor',
      'assessor',
      'Submitting is not for a record the assessor wrote',
    ],
    [
      'referred',
      'revise',
      'learner',
      'witness',
      'Revising is not for a witness’s testimony (ask the witness again for a new statement)',
    ],
    [
      'draft',
      'agree',
      'learner',
      'assessor',
      'Agreeing with a record is only for awaiting the learner’s countersignature evidence; this version is draft',
    ],
    [
      'awaiting_countersignature',
      'agree',
      'assessor',
      'assessor',
      'Agreeing with a record is for the learner',
    ],
  ] as const)(
    'says why %s evidence cannot be %s by the %s (%s origin)',
    (status, action, by, origin, refusal) => {
      expect(decideEvidenceMove(status, action, by, origin)).toEqual({ allowed: false, refusal });
    },
  );

  it('lists each action from a status once per origin, so a move is never ambiguous', () => {
    const keys = EVIDENCE_TRANSITIONS.flatMap((move) =>
      move.origins.map((origin) => `${origin} ${move.from} ${move.action}`),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('evidenceActionsFor', () => {
  it.each([
    ['draft', 'learner', 'learner', ['submit']],
    ['draft', 'assessor', 'learner', []],
    ['draft', 'assessor', 'assessor', ['sign']],
    ['draft', 'learner', 'assessor', []],
    ['awaiting_countersignature', 'learner', 'assessor', ['agree', 'disagree']],
    ['awaiting_countersignature', 'assessor', 'assessor', []],
    ['submitted', 'learner', 'learner', []],
    ['submitted', 'assessor', 'learner', ['accept', 'refer']],
    ['submitted', 'assessor', 'witness', ['accept', 'refer']],
    ['accepted', 'assessor', 'assessor', ['withdrawAcceptance']],
    ['referred', 'learner', 'learner', ['revise']],
    ['referred', 'assessor', 'learner', []],
    ['referred', 'assessor', 'assessor', ['revise']],
    ['referred', 'learner', 'assessor', []],
    ['referred', 'learner', 'witness', []],
  ] as const)(
    '%s evidence offers the %s, on evidence by the %s, %j',
    (status, by, origin, actions) => {
      expect(evidenceActionsFor(status, by, origin)).toEqual(actions);
    },
  );
});

describe('evidenceVersionStatusMoves', () => {
  it('lists the moves a version row makes in place; revising adds a version instead', () => {
    expect(evidenceVersionStatusMoves()).toEqual([
      ['draft', 'submitted'],
      ['draft', 'awaiting_countersignature'],
      ['awaiting_countersignature', 'accepted'],
      ['awaiting_countersignature', 'referred'],
      ['submitted', 'accepted'],
      ['submitted', 'referred'],
      ['accepted', 'submitted'],
    ]);
  });
});
