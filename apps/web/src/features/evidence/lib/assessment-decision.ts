import type {
  AssessmentDecisionKind,
  AssessmentDecisionRequest,
  EvidenceClaim,
  FieldError,
  Unit,
} from '@signoff/contracts';
import { assessmentProblems } from '@signoff/domain';
import { claimKey } from '../../../lib/evidence-claims';

/** A recorded decision, as its heading says it. */
export const DECISION_WORDS: Record<AssessmentDecisionKind, string> = {
  accept: 'Accepted',
  refer: 'Referred',
  withdrawAcceptance: 'Acceptance withdrawn',
};

/** The assessor's answers on the decision form: accept or refer, feedback, their mapping. */
export interface DecisionAnswers {
  decision: 'accept' | 'refer' | null;
  feedback: string;
  mapping: EvidenceClaim[];
}

/** The reason on the withdrawal dialog. */
export interface WithdrawalAnswers {
  feedback: string;
}

export const DECISION_SUBJECTS: Record<string, string> = {
  decision: 'A decision',
  feedback: 'Feedback',
  mapping: 'The mapping',
};

export const WITHDRAWAL_SUBJECTS: Record<string, string> = { feedback: 'A reason' };

/**
 * Where the assessor's mapping starts: the learner's claims on the enrolment's planned units, so
 * the assessor confirms, removes or adds.
 */
export function startingMapping(
  claims: readonly EvidenceClaim[],
  plannedUnits: readonly string[],
): EvidenceClaim[] {
  return claims.filter((claim) => plannedUnits.includes(claim.unit));
}

/** A claim's problem shows on the mapping as a whole: the picker has no field per claim. */
function byFormField(problems: readonly FieldError[]): FieldError[] {
  return problems.map((problem) => ({ ...problem, path: problem.path.split('.')[0] ?? '' }));
}

/** The API's own check of a decision (`assessmentProblems`), and a decision must be chosen. */
export function decisionProblems(units: readonly Unit[], plannedUnits: readonly string[]) {
  return ({ decision, feedback, mapping }: DecisionAnswers): FieldError[] => [
    ...(decision === null
      ? [{ path: 'decision', message: 'must be chosen: accept or refer' }]
      : []),
    ...byFormField(
      assessmentProblems({ units: [...units] }, plannedUnits, {
        decision: decision ?? 'accept',
        feedback,
        mapping,
      }),
    ),
  ];
}

/** A withdrawal of an acceptance needs its reason, as the API's check says. */
export function withdrawalProblems({ feedback }: WithdrawalAnswers): FieldError[] {
  return assessmentProblems({ units: [] }, [], { decision: 'withdrawAcceptance', feedback });
}

export function toDecisionRequest(
  version: number,
  { decision, feedback, mapping }: DecisionAnswers,
): AssessmentDecisionRequest {
  return {
    version,
    decision: decision ?? 'accept',
    ...(feedback.trim() ? { feedback: feedback.trim() } : {}),
    mapping,
  };
}

export function toWithdrawalRequest(
  version: number,
  { feedback }: WithdrawalAnswers,
): AssessmentDecisionRequest {
  return { version, decision: 'withdrawAcceptance', feedback: feedback.trim() };
}

export type MappingState = 'confirmed' | 'added' | 'removed';

/** One outcome or criterion of a decision's mapping, or of the learner's claim it left out. */
export interface ComparedClaim {
  claim: EvidenceClaim;
  state: MappingState;
}

/**
 * The assessor's mapping against the learner's claim: what both name (confirmed), what only the
 * assessor names (added) and what only the learner claimed (removed); claims first, in their order.
 */
export function compareMapping(
  mapping: readonly EvidenceClaim[],
  claims: readonly EvidenceClaim[],
): ComparedClaim[] {
  const mapped = new Set(mapping.map(claimKey));
  const claimed = new Set(claims.map(claimKey));
  return [
    ...claims.map((claim) => ({
      claim,
      state: mapped.has(claimKey(claim)) ? ('confirmed' as const) : ('removed' as const),
    })),
    ...mapping
      .filter((claim) => !claimed.has(claimKey(claim)))
      .map((claim) => ({ claim, state: 'added' as const })),
  ];
}
