import type { AssessmentDecisionKind } from '@signoff/contracts';

/** How assessment_decisions stores each decision (its CHECK lists these), and back. */
export const STORED_DECISION = {
  accept: 'accept',
  refer: 'refer',
  withdrawAcceptance: 'withdraw_acceptance',
} as const satisfies Record<AssessmentDecisionKind, string>;

export type StoredDecision = (typeof STORED_DECISION)[AssessmentDecisionKind];

export const STORED_DECISIONS = Object.values(STORED_DECISION);

export function decisionKind(stored: StoredDecision): AssessmentDecisionKind {
  return (Object.keys(STORED_DECISION) as AssessmentDecisionKind[]).find(
    (kind) => STORED_DECISION[kind] === stored,
  ) as AssessmentDecisionKind;
}
