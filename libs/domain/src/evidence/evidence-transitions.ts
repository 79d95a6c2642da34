import type { EvidenceStatus } from '@signoff/contracts';

/** Who makes a move: the learner who wrote the item, its assessor, or Signoff itself. */
export type EvidenceMover = 'learner' | 'assessor' | 'system';

export type EvidenceAction = 'submit' | 'revise' | 'accept' | 'refer' | 'withdrawAcceptance';

export interface EvidenceTransition {
  action: EvidenceAction;
  from: EvidenceStatus;
  to: EvidenceStatus;
  by: EvidenceMover;
  /**
   * The move starts a new version in `to` and leaves the current one as it is (a referred
   * version stays referred); otherwise the current version's status changes to `to`.
   */
  newVersion: boolean;
}

/**
 * Every move an evidence item's current version may make: a new status or a new transition
 * goes here, and the database trigger's list (migrations) must then be given the same pairs.
 * Anything not listed is refused, by the service and by the database.
 */
export const EVIDENCE_TRANSITIONS: readonly EvidenceTransition[] = [
  { action: 'submit', from: 'draft', to: 'submitted', by: 'learner', newVersion: false },
  { action: 'accept', from: 'submitted', to: 'accepted', by: 'assessor', newVersion: false },
  { action: 'refer', from: 'submitted', to: 'referred', by: 'assessor', newVersion: false },
  // An acceptance given in error goes back to awaiting assessment, to be decided again.
  {
    action: 'withdrawAcceptance',
    from: 'accepted',
    to: 'submitted',
    by: 'assessor',
    newVersion: false,
  },
  { action: 'revise', from: 'referred', to: 'draft', by: 'learner', newVersion: true },
];

const DOING: Record<EvidenceAction, string> = {
  submit: 'Submitting',
  revise: 'Revising',
  accept: 'Accepting',
  refer: 'Referring',
  withdrawAcceptance: 'Withdrawing an acceptance',
};

const MOVER_WORDS: Record<EvidenceMover, string> = {
  learner: 'the learner who wrote the evidence',
  assessor: 'the assessor',
  system: 'Signoff itself',
};

export type EvidenceMoveDecision =
  { allowed: true; transition: EvidenceTransition } | { allowed: false; refusal: string };

/** May `by` make `action` on evidence whose current version is `from`? Says why not. */
export function decideEvidenceMove(
  from: EvidenceStatus,
  action: EvidenceAction,
  by: EvidenceMover,
): EvidenceMoveDecision {
  const moves = EVIDENCE_TRANSITIONS.filter((move) => move.action === action);
  const transition = moves.find((move) => move.from === from);
  if (transition === undefined) {
    const froms = moves.map((move) => move.from).join(' or ');
    return {
      allowed: false,
      refusal: `${DOING[action]} is only for ${froms} evidence; this version is ${from}`,
    };
  }
  if (transition.by !== by)
    return { allowed: false, refusal: `${DOING[action]} is for ${MOVER_WORDS[transition.by]}` };
  return { allowed: true, transition };
}

/** The moves `by` may make from `status`, in the table's order: what to offer on screen. */
export function evidenceActionsFor(status: EvidenceStatus, by: EvidenceMover): EvidenceAction[] {
  return EVIDENCE_TRANSITIONS.filter((move) => move.from === status && move.by === by).map(
    (move) => move.action,
  );
}

/** The (old, new) status pairs a version's row may take in place: what the database allows. */
export function evidenceVersionStatusMoves(): [EvidenceStatus, EvidenceStatus][] {
  return EVIDENCE_TRANSITIONS.filter((move) => !move.newVersion).map((move) => [
    move.from,
    move.to,
  ]);
}
