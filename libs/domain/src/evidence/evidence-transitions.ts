import type { EvidenceOrigin, EvidenceStatus } from '@signoff/contracts';

/**
 * Who makes a move: the enrolment's learner (writing their own evidence, or countersigning a
 * record made about them), its assessor (judging, or writing their own record), or Signoff.
 */
export type EvidenceMover = 'learner' | 'assessor' | 'system';

export type EvidenceAction =
  'submit' | 'sign' | 'agree' | 'disagree' | 'revise' | 'accept' | 'refer' | 'withdrawAcceptance';

export interface EvidenceTransition {
  action: EvidenceAction;
  from: EvidenceStatus;
  to: EvidenceStatus;
  by: EvidenceMover;
  /** The items the move is for, by who wrote them (a witness's testimony is never revised). */
  origins: readonly EvidenceOrigin[];
  /**
   * The move starts a new version in `to` and leaves the current one as it is (a referred
   * version stays referred); otherwise the current version's status changes to `to`.
   */
  newVersion: boolean;
}

const EVERY_ORIGIN: readonly EvidenceOrigin[] = ['learner', 'assessor', 'witness'];

/**
 * Every move an evidence item's current version may make: a new status or a new transition
 * goes here, and the database trigger's list (migrations) must then be given the same pairs.
 * Anything not listed is refused, by the service and by the database.
 */
export const EVIDENCE_TRANSITIONS: readonly EvidenceTransition[] = [
  {
    action: 'submit',
    from: 'draft',
    to: 'submitted',
    by: 'learner',
    origins: ['learner'],
    newVersion: false,
  },
  // The assessor's own record (an observation, a discussion) is signed by them, then the
  // learner agrees that it is accurate, which makes it accepted by the assessor who wrote it,
  // or disagrees, which returns it to that assessor.
  {
    action: 'sign',
    from: 'draft',
    to: 'awaiting_countersignature',
    by: 'assessor',
    origins: ['assessor'],
    newVersion: false,
  },
  {
    action: 'agree',
    from: 'awaiting_countersignature',
    to: 'accepted',
    by: 'learner',
    origins: ['assessor'],
    newVersion: false,
  },
  {
    action: 'disagree',
    from: 'awaiting_countersignature',
    to: 'referred',
    by: 'learner',
    origins: ['assessor'],
    newVersion: false,
  },
  {
    action: 'accept',
    from: 'submitted',
    to: 'accepted',
    by: 'assessor',
    origins: EVERY_ORIGIN,
    newVersion: false,
  },
  {
    action: 'refer',
    from: 'submitted',
    to: 'referred',
    by: 'assessor',
    origins: EVERY_ORIGIN,
    newVersion: false,
  },
  // An acceptance given in error goes back to awaiting assessment, to be decided again.
  {
    action: 'withdrawAcceptance',
    from: 'accepted',
    to: 'submitted',
    by: 'assessor',
    origins: EVERY_ORIGIN,
    newVersion: false,
  },
  // Whoever wrote a referred item revises it; a witness's statement is locked, and a change to
  // it is a new request to the witness.
  {
    action: 'revise',
    from: 'referred',
    to: 'draft',
    by: 'learner',
    origins: ['learner'],
    newVersion: true,
  },
  {
    action: 'revise',
    from: 'referred',
    to: 'draft',
    by: 'assessor',
    origins: ['assessor'],
    newVersion: true,
  },
];

const DOING: Record<EvidenceAction, string> = {
  submit: 'Submitting',
  sign: 'Signing a record',
  agree: 'Agreeing with a record',
  disagree: 'Disagreeing with a record',
  revise: 'Revising',
  accept: 'Accepting',
  refer: 'Referring',
  withdrawAcceptance: 'Withdrawing an acceptance',
};

const ORIGIN_WORDS: Record<EvidenceOrigin, string> = {
  learner: 'evidence the learner wrote',
  assessor: 'a record the assessor wrote',
  witness: 'a witness’s testimony (ask the witness again for a new statement)',
};

const MOVER_WORDS: Record<EvidenceMover, string> = {
  learner: 'the learner',
  assessor: 'the assessor',
  system: 'Signoff itself',
};

export type EvidenceMoveDecision =
  { allowed: true; transition: EvidenceTransition } | { allowed: false; refusal: string };

/** May `by` make `action` on an item of `origin` whose current version is `from`? Says why not. */
export function decideEvidenceMove(
  from: EvidenceStatus,
  action: EvidenceAction,
  by: EvidenceMover,
  origin: EvidenceOrigin,
): EvidenceMoveDecision {
  const moves = EVIDENCE_TRANSITIONS.filter(
    (move) => move.action === action && move.origins.includes(origin),
  );
  if (moves.length === 0)
    return { allowed: false, refusal: `${DOING[action]} is not for ${ORIGIN_WORDS[origin]}` };
  const transition = moves.find((move) => move.from === from);
  if (transition === undefined) {
    const froms = [...new Set(moves.map((move) => move.from))].map(statusWords).join(' or ');
    return {
      allowed: false,
      refusal: `${DOING[action]} is only for ${froms} evidence; this version is ${statusWords(from)}`,
    };
  }
  if (transition.by !== by)
    return { allowed: false, refusal: `${DOING[action]} is for ${MOVER_WORDS[transition.by]}` };
  return { allowed: true, transition };
}

/** The moves `by` may make from `status` on an item of `origin`: what to offer on screen. */
export function evidenceActionsFor(
  status: EvidenceStatus,
  by: EvidenceMover,
  origin: EvidenceOrigin,
): EvidenceAction[] {
  return EVIDENCE_TRANSITIONS.filter(
    (move) => move.from === status && move.by === by && move.origins.includes(origin),
  ).map((move) => move.action);
}

/** The (old, new) status pairs a version's row may take in place: what the database allows. */
export function evidenceVersionStatusMoves(): [EvidenceStatus, EvidenceStatus][] {
  return EVIDENCE_TRANSITIONS.filter((move) => !move.newVersion).map((move) => [
    move.from,
    move.to,
  ]);
}

function statusWords(status: EvidenceStatus): string {
  return status === 'awaiting_countersignature'
    ? 'awaiting the learner’s countersignature'
    : status;
}
