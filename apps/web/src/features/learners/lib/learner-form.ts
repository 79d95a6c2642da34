import {
  LEARNER_FIELD_NAMES,
  learnerProfileProblems,
  newLearnerProblems,
  type CambridgeGrade,
  type CreateLearnerRequest,
  type EnglishTest,
  type LearnerProfile,
} from '@signoff/contracts';
import { describeFieldErrors } from '../../../lib/error-messages';
import type { LearnerProfileRequest } from '../api/update-learner';

/** Form fields hold text as typed; numbers are read on submit. `key` keeps React's rows stable. */
export interface PriorQualificationForm {
  key: string;
  title: string;
  level: string;
  subject: string;
  year: string;
}

export interface EnglishEvidenceForm {
  key: string;
  test: EnglishTest | null;
  overall: string;
  lowestBand: string;
  score: string;
  grade: CambridgeGrade | null;
  description: string;
  proofLocation: string;
}

export interface LearnerForm {
  email: string;
  centreId: string | null;
  displayName: string;
  dateOfBirth: string;
  uln: string;
  employerOrganisation: string;
  employerWorkplace: string;
  employerContactName: string;
  employerContactEmail: string;
  priorQualifications: PriorQualificationForm[];
  englishEvidence: EnglishEvidenceForm[];
  experienceYears: string;
}

let nextKey = 0;
function key(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

const text = (value: string | number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function newPriorQualification(): PriorQualificationForm {
  return { key: key(), title: '', level: '', subject: '', year: '' };
}

export function newEnglishEvidence(): EnglishEvidenceForm {
  return {
    key: key(),
    test: null,
    overall: '',
    lowestBand: '',
    score: '',
    grade: null,
    description: '',
    proofLocation: '',
  };
}

export function toLearnerForm(
  profile: LearnerProfile | null,
  centreId: string | null,
): LearnerForm {
  return {
    email: profile?.email ?? '',
    centreId: profile?.centreId ?? centreId,
    displayName: profile?.displayName ?? '',
    dateOfBirth: profile?.dateOfBirth ?? '',
    uln: profile?.uln ?? '',
    employerOrganisation: profile?.employer?.organisation ?? '',
    employerWorkplace: profile?.employer?.workplace ?? '',
    employerContactName: profile?.employer?.contactName ?? '',
    employerContactEmail: profile?.employer?.contactEmail ?? '',
    priorQualifications: (profile?.priorQualifications ?? []).map((qualification) => ({
      key: key(),
      title: qualification.title,
      level: text(qualification.level),
      subject: text(qualification.subject),
      year: text(qualification.year),
    })),
    englishEvidence: (profile?.englishEvidence ?? []).map((evidence) => ({
      ...newEnglishEvidence(),
      test: evidence.test,
      overall: evidence.test === 'ielts_academic' ? text(evidence.overall) : '',
      lowestBand: evidence.test === 'ielts_academic' ? text(evidence.lowestBand) : '',
      score:
        evidence.test === 'toefl_ibt' || evidence.test === 'pte_academic'
          ? text(evidence.score)
          : '',
      grade: evidence.test === 'cambridge_b2_first' ? evidence.grade : null,
      description: evidence.test === 'prior_education_in_english' ? evidence.description : '',
      proofLocation: text(evidence.proofLocation),
    })),
    experienceYears: text(profile?.experienceYears),
  };
}

/** Problems found before sending, as sentences by the field's path as the API names it. */
export type FormProblems = Record<string, string>;

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * A number as typed: blank is `blank` (null, or left out where the test needs it), text that is
 * not a number stays text, for the rule to say so.
 */
function typedNumber<Blank extends null | undefined>(value: string, blank: Blank) {
  const trimmed = value.trim();
  if (trimmed === '') return blank;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

/** One result as the API takes it: only the fields its test has. */
function toEnglishEvidence(evidence: EnglishEvidenceForm) {
  const proofLocation = blankToNull(evidence.proofLocation);
  switch (evidence.test) {
    case null:
      return { test: null, proofLocation };
    case 'ielts_academic':
      return {
        test: evidence.test,
        overall: typedNumber(evidence.overall, undefined),
        lowestBand: typedNumber(evidence.lowestBand, undefined),
        proofLocation,
      };
    case 'toefl_ibt':
    case 'pte_academic':
      return { test: evidence.test, score: typedNumber(evidence.score, undefined), proofLocation };
    case 'cambridge_b2_first':
      return { test: evidence.test, grade: evidence.grade ?? undefined, proofLocation };
    case 'prior_education_in_english':
      return { test: evidence.test, description: evidence.description.trim(), proofLocation };
  }
}

/** The profile's fields as the API takes them, trimmed; not yet checked. */
function profileBody(form: LearnerForm) {
  const uln = form.uln.replace(/\s/g, '');
  const employerGiven = [
    form.employerOrganisation,
    form.employerWorkplace,
    form.employerContactName,
    form.employerContactEmail,
  ].some((value) => value.trim() !== '');
  return {
    displayName: form.displayName.trim(),
    dateOfBirth: form.dateOfBirth.trim(),
    uln: uln === '' ? null : uln,
    employer: employerGiven
      ? {
          organisation: form.employerOrganisation.trim(),
          workplace: blankToNull(form.employerWorkplace),
          contactName: blankToNull(form.employerContactName),
          contactEmail: blankToNull(form.employerContactEmail),
        }
      : null,
    priorQualifications: form.priorQualifications.map((qualification) => ({
      title: qualification.title.trim(),
      level: typedNumber(qualification.level, null),
      subject: blankToNull(qualification.subject),
      year: typedNumber(qualification.year, null),
    })),
    englishEvidence: form.englishEvidence.map(toEnglishEvidence),
    experienceYears: typedNumber(form.experienceYears, null),
  };
}

/**
 * The request body, or the problems that keep it from being sent: the profile's rules from
 * libs/contracts, which the API and the CSV import check too, worded as sentences.
 */
export function toProfileRequest(form: LearnerForm): {
  request: LearnerProfileRequest;
  problems: FormProblems;
} {
  const body = profileBody(form);
  const problems = learnerProfileProblems(body);
  return {
    // Sent only when the rules found no problem, and then it is this shape.
    request: body as LearnerProfileRequest,
    problems: describeFieldErrors(problems, LEARNER_FIELD_NAMES, { fullPaths: true }),
  };
}

/**
 * A new learner's request: the profile, the email address they sign in with and their centre,
 * or the problems by the rules the API and the CSV import check a new learner with.
 */
export function toNewLearnerRequest(form: LearnerForm): {
  request: CreateLearnerRequest;
  problems: FormProblems;
} {
  const body = {
    email: form.email.trim(),
    centreId: form.centreId,
    ...profileBody(form),
  };
  return {
    // Sent only when the rules found no problem, and then it is this shape.
    request: body as CreateLearnerRequest,
    problems: describeFieldErrors(newLearnerProblems(body), LEARNER_FIELD_NAMES, {
      fullPaths: true,
    }),
  };
}
