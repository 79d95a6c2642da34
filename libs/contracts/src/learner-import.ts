import { ENGLISH_TEST_IDS } from './english-tests';
import { CAMBRIDGE_GRADES } from './learners';
import type { PasswordLink } from './users';

const orList = (values: readonly string[]) =>
  `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;

/**
 * The header row of a bulk learner (and enrolment) import, in this order. Blank enrolment
 * columns import the learner alone. Dates are YYYY-MM-DD. One prior qualification and one
 * English result per row; more can be added to the profile afterwards.
 */
export const LEARNER_IMPORT_COLUMNS = {
  email: 'The learner’s email; they sign in with it (required)',
  display_name: 'Their name as others see it (required)',
  date_of_birth: 'YYYY-MM-DD (required)',
  uln: 'Unique learner number: ten digits',
  employer_organisation: 'Employer',
  employer_workplace: 'Workplace',
  employer_contact_name: 'Employer contact',
  employer_contact_email: 'Employer contact’s email',
  prior_qualification_title: 'Highest prior qualification',
  prior_qualification_level: 'Its RQF level, 1 to 8',
  prior_qualification_subject: 'Its subject',
  prior_qualification_year: 'Year achieved',
  english_test: orList(ENGLISH_TEST_IDS),
  english_result: `IELTS overall band, TOEFL or PTE score, B2 First grade (${CAMBRIDGE_GRADES.join(', ')}), or a description`,
  english_lowest_band: 'IELTS only: the lowest band',
  english_proof_location: 'Where the proof is kept',
  experience_years: 'Years of relevant experience',
  qualification_code: 'Code of a published qualification, to enrol the learner',
  pathway: 'Pathway code, where the qualification has pathways',
  start_date: 'YYYY-MM-DD',
  planned_end_date: 'YYYY-MM-DD',
  registration_number: 'Awarding-body registration number',
  assessor_email: 'The assessor’s email',
  iqa_email: 'The IQA’s email',
  override_reason: 'Why an unmet entry requirement is overridden',
} as const;

/**
 * The largest file one import takes. A larger one is refused before it is checked: split it
 * and import each part (an import is all or nothing, so each part stands alone).
 */
export const LEARNER_IMPORT_LIMITS = {
  maxLearners: 1000,
  maxBytes: 2 * 1024 * 1024,
} as const;

export type LearnerImportColumn = keyof typeof LEARNER_IMPORT_COLUMNS;

export interface LearnerImportReport {
  learners: number;
  enrolments: number;
  /**
   * A one-time link per new account, for the admin to pass on; learners who already had an
   * account (at another centre) sign in with their own password and get none.
   */
  passwordLinks: (PasswordLink & { email: string })[];
}
