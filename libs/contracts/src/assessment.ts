import type { AssessmentMethod } from './assessment-methods';
import type { EvidenceClaim } from './evidence';

/**
 * What an assessor decides about one submitted version: accept it, refer it back to the learner,
 * or withdraw an acceptance given in error (the version then awaits a decision again). Every
 * decision is a new record; none is ever edited.
 */
export const ASSESSMENT_DECISIONS = ['accept', 'refer', 'withdrawAcceptance'] as const;
export type AssessmentDecisionKind = (typeof ASSESSMENT_DECISIONS)[number];

export const ASSESSMENT_LIMITS = {
  feedbackMaxLength: 10_000,
} as const;

/** `POST /api/evidence/{id}/assessments`. */
export interface AssessmentDecisionRequest {
  /** The version judged: it must still be the item's newest, or the answer is 409. */
  version: number;
  decision: AssessmentDecisionKind;
  /** Written for the learner; required to refer, and as the reason to withdraw an acceptance. */
  feedback?: string;
  /**
   * The outcomes and criteria the assessor finds the version proves (confirming, removing or
   * adding to the learner's claims); outcomes of the enrolment's planned units. Required to accept
   * or refer; a withdrawal carries none.
   */
  mapping?: EvidenceClaim[];
}

/** One decision as recorded, shown newest first on the evidence detail. */
export interface AssessmentDecision {
  id: string;
  version: number;
  decision: AssessmentDecisionKind;
  feedback: string | null;
  /** The assessor's mapping: what counts from then on. The learner's claims stay on the version. */
  mapping: EvidenceClaim[];
  assessor: { id: string; displayName: string };
  /** ISO 8601 UTC, from the database's clock. */
  decidedAt: string;
}

/** One row of `GET /api/assessment-queue`: a submitted version awaiting its enrolment's assessor. */
export interface AssessmentQueueItem {
  evidenceId: string;
  enrolmentId: string;
  title: string;
  version: number;
  method: AssessmentMethod;
  methodCode: string;
  learner: { id: string; displayName: string };
  /** The units the learner claims, each once, in the order claimed. */
  units: string[];
  /** ISO 8601 UTC: when the learner declared and submitted it; the queue's oldest come first. */
  submittedAt: string;
}

/** `?learner=` (a learner's person id), `?unit=` (a unit reference), `?method=`. */
export interface AssessmentQueueQuery {
  learner?: string;
  unit?: string;
  method?: AssessmentMethod;
}
