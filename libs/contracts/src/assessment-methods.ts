/**
 * How evidence is gathered. Defaults from the seeds (the Care Leadership & Management L4/L5
 * framework's list) and common practice; a centre admin may rename the short codes.
 */
export const ASSESSMENT_METHODS = {
  direct_observation: { code: 'DO', title: 'Direct observation' },
  witness_testimony: { code: 'WT', title: 'Witness testimony' },
  expert_witness: { code: 'EWT', title: 'Expert witness testimony' },
  professional_discussion: { code: 'PD', title: 'Professional discussion' },
  reflective_account: { code: 'RA', title: 'Reflective account' },
  learner_log: { code: 'LL', title: 'Learner log or reflective diary' },
  written_assignment: { code: 'A', title: 'Written assignment' },
  product_evidence: { code: 'PE', title: "Product evidence: the learner's own plans and records" },
  observation_by_learner: { code: 'OL', title: 'Observation by the learner' },
  case_study: { code: 'CS', title: 'Scenario or case study' },
  oral_questioning: { code: 'Q&A', title: 'Oral questioning' },
  awarding_body_task: { code: 'T', title: 'Task set by the awarding body' },
  recognition_of_prior_learning: { code: 'RPL', title: 'Recognition of prior learning' },
} as const;

export type AssessmentMethod = keyof typeof ASSESSMENT_METHODS;

export const ASSESSMENT_METHOD_KEYS = Object.keys(ASSESSMENT_METHODS) as AssessmentMethod[];
