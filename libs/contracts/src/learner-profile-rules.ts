import type {
  CreateLearnerRequest,
  EmployerDetails,
  LearnerProfileRequest,
  ProposeCorrectionRequest,
} from './enrolments';
import { ENGLISH_TEST_IDS, ENGLISH_TESTS, type EnglishTest } from './english-tests';
import type { FieldError } from './errors';
import {
  calendarDay,
  emailAddress,
  group,
  list,
  matching,
  nullable,
  number,
  oneOf,
  recordId,
  shapeProblems,
  text,
  type FieldRule,
  type Fields,
} from './field-rules';
import { CAMBRIDGE_GRADES, type PriorQualification } from './learners';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH } from './limits';

/**
 * The rules of a learner's record, as an admin enters it (the form, `POST`/`PUT
 * /api/learners`) or a file brings it (the CSV import): each field once, for all three.
 */

export const EMPLOYER_RULES = {
  organisation: text(200),
  workplace: nullable(text(200, { min: 0 })),
  contactName: nullable(text(200, { min: 0 })),
  contactEmail: nullable(emailAddress(EMAIL_MAX_LENGTH)),
} as const satisfies Record<keyof EmployerDetails, FieldRule>;

export const PRIOR_QUALIFICATION_RULES = {
  title: text(300),
  level: nullable(number({ min: 1, max: 8, step: 1 })),
  subject: nullable(text(200, { min: 0 })),
  year: nullable(number({ min: 1950, max: 2100, step: 1 })),
} as const satisfies Record<keyof PriorQualification, FieldRule>;

const testOf = (within: Fields) => ENGLISH_TEST_IDS.find((test) => test === within['test']) ?? null;

/**
 * A field that only some tests' results have (IELTS's bands, a TOEFL score): for those it is
 * required and checked, for the others it does not apply.
 */
function resultField(tests: readonly EnglishTest[], rule: (test: EnglishTest) => FieldRule) {
  const applies = (within: Fields) => {
    const test = testOf(within);
    return test !== null && tests.includes(test);
  };
  return {
    optional: (within: Fields) => !applies(within),
    check: (value: unknown, within: Fields) => {
      const test = testOf(within);
      return test !== null && tests.includes(test) ? rule(test).check(value, within) : null;
    },
  } satisfies FieldRule;
}

/** A score within its test's range (bands: whole or half). */
function score(test: EnglishTest): FieldRule {
  const range = ENGLISH_TESTS[test].range ?? { min: 0, max: 0, step: 1 };
  return number({
    ...range,
    stepMessage: range.step === 0.5 ? 'must be a whole or half band, such as 6.5' : undefined,
  });
}

const IELTS: readonly EnglishTest[] = ['ielts_academic'];

export const ENGLISH_EVIDENCE_RULES = {
  test: oneOf(ENGLISH_TEST_IDS),
  overall: resultField(IELTS, score),
  lowestBand: resultField(IELTS, (test) => ({
    check: (value, within) =>
      score(test).check(value, within) ??
      // Compared only with an overall band that is itself sound, which is reported apart.
      (score(test).check(within['overall'], within) === null &&
      (value as number) > (within['overall'] as number)
        ? 'must not be above the overall band'
        : null),
  })),
  score: resultField(['toefl_ibt', 'pte_academic'], score),
  grade: resultField(['cambridge_b2_first'], () => oneOf(CAMBRIDGE_GRADES)),
  description: resultField(['prior_education_in_english'], () => text(500)),
  proofLocation: nullable(text(300, { min: 0 })),
} as const satisfies Record<string, FieldRule>;

/** The unique learner number (ULN) the Learning Records Service gives: ten digits. */
export const ULN_RULE = matching(/^\d{10}$/, 'must be ten digits');

export const LEARNER_PROFILE_RULES = {
  displayName: text(DISPLAY_NAME_MAX_LENGTH),
  dateOfBirth: calendarDay(),
  uln: nullable(ULN_RULE),
  employer: nullable(group(EMPLOYER_RULES)),
  priorQualifications: list({ max: 50, entries: PRIOR_QUALIFICATION_RULES }),
  englishEvidence: list({ max: 20, entries: ENGLISH_EVIDENCE_RULES }),
  experienceYears: nullable(number({ min: 0, max: 60 })),
} as const satisfies Record<keyof LearnerProfileRequest, FieldRule>;

export const NEW_LEARNER_RULES = {
  ...LEARNER_PROFILE_RULES,
  email: emailAddress(EMAIL_MAX_LENGTH),
  centreId: recordId('must be a centre id'),
} as const satisfies Record<keyof CreateLearnerRequest, FieldRule>;

/**
 * The profile's fields in words, by path (`*` for any entry), to make a problem a sentence:
 * "Date of birth must be a real date, …".
 */
export const LEARNER_FIELD_NAMES: Readonly<Record<string, string>> = {
  email: 'Email address',
  centreId: 'Centre',
  displayName: 'Name',
  dateOfBirth: 'Date of birth',
  uln: 'Unique learner number',
  employer: 'Employer',
  priorQualifications: 'Prior qualifications',
  englishEvidence: 'English language results',
  experienceYears: 'Years of experience',
  'employer.organisation': 'Employer',
  'employer.workplace': 'Workplace',
  'employer.contactName': 'Contact name',
  'employer.contactEmail': 'Contact email',
  'priorQualifications.*.title': 'Title',
  'priorQualifications.*.level': 'Level',
  'priorQualifications.*.subject': 'Subject',
  'priorQualifications.*.year': 'Year',
  'englishEvidence.*.test': 'Test',
  'englishEvidence.*.overall': 'Overall band',
  'englishEvidence.*.lowestBand': 'Lowest band',
  'englishEvidence.*.score': 'Score',
  'englishEvidence.*.grade': 'Grade',
  'englishEvidence.*.description': 'Description',
  'englishEvidence.*.proofLocation': 'Where the proof is kept',
};

/** A learner asks for one part of their record to be put right, saying how in words. */
export const CORRECTION_RULES = {
  field: oneOf(
    Object.keys(LEARNER_PROFILE_RULES),
    'must be a part of the learner record, such as dateOfBirth',
  ),
  proposed: text(1000),
} as const satisfies Record<keyof ProposeCorrectionRequest, FieldRule>;

/** The problems of a learner's record (`PUT /api/learners/:id`, the edit form). */
export function learnerProfileProblems(profile: unknown): FieldError[] {
  return shapeProblems(LEARNER_PROFILE_RULES, profile);
}

/** The problems of a new learner (`POST /api/learners`, the add form, each row of an import). */
export function newLearnerProblems(request: unknown): FieldError[] {
  return shapeProblems(NEW_LEARNER_RULES, request);
}

/** The problems of a proposed correction (`POST /api/learners/:id/corrections`). */
export function correctionProblems(request: unknown): FieldError[] {
  return shapeProblems(CORRECTION_RULES, request);
}
