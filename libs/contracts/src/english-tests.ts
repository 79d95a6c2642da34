import type { CambridgeGrade, EnglishEvidence } from './learners';

export type EnglishTest = EnglishEvidence['test'];

/** The scores a test reports, lowest to highest, in steps of `step`. */
export interface ScoreRange {
  min: number;
  max: number;
  step: number;
}

export interface EnglishTestDefinition {
  /** The test's name as people know it. */
  label: string;
  /**
   * What its result may be: IELTS's overall and lowest bands, TOEFL's or PTE's score; null for a
   * grade (Cambridge) or a description (prior education).
   */
  range: ScoreRange | null;
}

/**
 * The English language tests a learner's result (and a qualification's requirement) may name,
 * in the order a form offers them. The one list: the API, the import and the web app read it.
 */
export const ENGLISH_TESTS: Readonly<Record<EnglishTest, EnglishTestDefinition>> = {
  ielts_academic: { label: 'IELTS Academic', range: { min: 0, max: 9, step: 0.5 } },
  toefl_ibt: { label: 'TOEFL iBT', range: { min: 0, max: 120, step: 1 } },
  pte_academic: { label: 'PTE Academic', range: { min: 10, max: 90, step: 1 } },
  cambridge_b2_first: { label: 'Cambridge English B2 First', range: null },
  prior_education_in_english: { label: 'Prior education taught in English', range: null },
};

export const ENGLISH_TEST_IDS = Object.keys(ENGLISH_TESTS) as EnglishTest[];

/** What each Cambridge B2 First result means, for a person choosing or reading one. */
export const CAMBRIDGE_GRADE_WORDS: Readonly<Record<CambridgeGrade, string>> = {
  A: 'Grade A (B2, or C1 at the top)',
  B: 'Grade B (B2)',
  C: 'Grade C (B2)',
  B1: 'Level B1',
  fail: 'Below B1 (fail)',
};
