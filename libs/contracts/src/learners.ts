import type { FieldError } from './errors';

/** A learner's record, entered by an admin; the learner reads it and proposes corrections. */
export interface PriorQualification {
  title: string;
  /** RQF level (or equivalent), when known. */
  level: number | null;
  subject: string | null;
  year: number | null;
}

export type EnglishEvidence = (
  | { test: 'ielts_academic'; overall: number; lowestBand: number }
  | { test: 'toefl_ibt'; score: number }
  | { test: 'pte_academic'; score: number }
  | { test: 'cambridge_b2_first'; grade: CambridgeGrade }
  | { test: 'prior_education_in_english'; description: string }
) & {
  /** Where the proof is kept, e.g. "scanned certificate in the learner file". */
  proofLocation: string | null;
};

/** Cambridge B2 First results: grades A–C at B2; "B1" for a result at level B1; "fail" below. */
export const CAMBRIDGE_GRADES = ['A', 'B', 'C', 'B1', 'fail'] as const;
export type CambridgeGrade = (typeof CAMBRIDGE_GRADES)[number];

export interface LearnerFacts {
  /** ISO date, YYYY-MM-DD. */
  dateOfBirth: string;
  priorQualifications: PriorQualification[];
  englishEvidence: EnglishEvidence[];
  /** Years of relevant work experience, when recorded. */
  experienceYears: number | null;
}

export type RequirementOutcome = 'met' | 'not_met' | 'needs_review';

export interface RequirementResult {
  /** minimum_age, prior_qualification, experience, english_proficiency or other. */
  kind: string;
  description: string;
  outcome: RequirementOutcome;
  /** An advisory requirement ("ideally") never blocks an enrolment. */
  advisory: boolean;
  reason: string;
}

export interface EntryCheck {
  /** not_met when any non-advisory requirement is not met; else needs_review when any needs it. */
  outcome: RequirementOutcome;
  /** Enrolment needs an admin's override with a written reason. */
  blocking: boolean;
  results: RequirementResult[];
}

export type StaffingProblem = FieldError;
