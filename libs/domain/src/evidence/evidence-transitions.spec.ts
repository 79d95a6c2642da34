import { EVIDENCE_STATUSES, type EvidenceStatus } from '@signoff/contracts';
import {
  decideEvidenceMove,
  EVIDENCE_TRANSITIONS,
  evidenceActionsFor,
  evidenceVersionStatusMoves,
  type EvidenceAction,
  type EvidenceMover,
} from './evidence-transitions';

const ACTIONS: EvidenceAction[] = ['submit', 'revise', 'accept', 'refer', 'withdrawAcceptance'];
const MOVERS: EvidenceMover[] = ['learner', 'assessor', 'system'];

/** The whole life cycle, written out: every other (status, action, mover) is refused. */
const ALLOWED: [EvidenceStatus, EvidenceAction, EvidenceMover, EvidenceStatus][] = [
  ['draft', 'submit', 'learner', 'submitted'],
  ['submitted', 'accept', 'assessor', 'accepted'],
  ['submitted', 'refer', 'assessor', 'referred'],
  ['accepted', 'withdrawAcceptance', 'assessor', 'submitted'],
  ['referred', 'revise', 'learner', 'draft'],
];

const EVERY_MOVE = EVIDENCE_STATUSES.flatMap((status) =>
  ACTIONS.flatMap((action) => MOVERS.map((by) => [status, action, by] as const)),
);

describe('decideEvidenceMove', () => {
  it.each(EVERY_MOVE)('%s, %s by %s', (status, action, by) => {
    const expected = ALLOWED.find(
      ([from, allowedAction, mover]) => from === status && allowedAction === action && mover === by,
    );
    const decision = decideEvidenceMove(status, action, by);
    if (expected)
      expect(decision).toMatchObject({ allowed: true, transition: { to: expected[3] } });
    else expect(decision).toMatchObject({ allowed: false, refusal: expect.any(String) });
  });

  it.each([
    [
      'submitted',
      'submit',
      'learner',
      'Submitting is only for draft evidence; this version is submitted',
    ],
    [
      'accepted',
      'revise',
      'learner',
      'Revising is only for referred evidence; this version is accepted',
    ],
    ['submitted', 'accept', 'learner', 'Accepting is for the assessor'],
    ['draft', 'submit', 'assessor', 'Submitting is for the learner who wrote the evidence'],
  ] as const)('says why %s evidence cannot be %s by the %s', (status, action, by, refusal) => {
    expect(decideEvidenceMove(status, action, by)).toEqual({ allowed: false, refusal });
  });

  it('lists each action from a status once, so a move is never ambiguous', () => {
    const keys = EVIDENCE_TRANSITIONS.map((move) => `${move.from} ${move.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('evidenceActionsFor', () => {
  it.each([
    ['draft', 'learner', ['submit']],
    ['draft', 'assessor', []],
    ['submitted', 'learner', []],
    ['submitted', 'assessor', ['accept', 'refer']],
    ['accepted', 'assessor', ['withdrawAcceptance']],
    ['referred', 'learner', ['revise']],
    ['referred', 'assessor', []],
  ] as const)('%s evidence offers the %s %j', (status, by, actions) => {
    expect(evidenceActionsFor(status, by)).toEqual(actions);
  });
});

describe('evidenceVersionStatusMoves', () => {
  it('lists the moves a version row makes in place; revising adds a version instead', () => {
    expect(evidenceVersionStatusMoves()).toEqual([
      ['draft', 'submitted'],
      ['submitted', 'accepted'],
      ['submitted', 'referred'],
      ['accepted', 'submitted'],
    ]);
  });
});
