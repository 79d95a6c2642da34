import type { CambridgeGrade, EnglishEvidence, LearnerProfile } from '@signoff/contracts';
import type { LearnerProfileRequest } from '../api/update-learner';

export type EnglishTest = EnglishEvidence['test'];

export const ENGLISH_TESTS: Record<EnglishTest, string> = {
  ielts_academic: 'IELTS Academic',
  toefl_ibt: 'TOEFL iBT',
  pte_academic: 'PTE Academic',
  cambridge_b2_first: 'Cambridge English B2 First',
  prior_education_in_english: 'Prior education taught in English',
};

export const CAMBRIDGE_GRADE_WORDS: Record<CambridgeGrade, string> = {
  A: 'Grade A (B2, or C1 at the top)',
  B: 'Grade B (B2)',
  C: 'Grade C (B2)',
  B1: 'Level B1',
  fail: 'Below B1 (fail)',
};

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

/** Problems found before sending, by the field's path as the API would name it. */
export type FormProblems = Record<string, string>;

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());

function readNumber(
  value: string,
  path: string,
  problems: FormProblems,
  { required, whole, example }: { required: boolean; whole: boolean; example: string },
): number | null {
  const trimmed = value.trim();
  if (trimmed === '') {
    if (required) problems[path] = `Enter a number, e.g. ${example}.`;
    return null;
  }
  const number = Number(trimmed);
  if (!Number.isFinite(number) || (whole && !Number.isInteger(number))) {
    problems[path] = whole
      ? `Enter a whole number, e.g. ${example}.`
      : `Enter a number, e.g. ${example}.`;
    return null;
  }
  return number;
}

function toEnglishEvidence(
  evidence: EnglishEvidenceForm,
  at: string,
  problems: FormProblems,
): EnglishEvidence | null {
  const proofLocation = blankToNull(evidence.proofLocation);
  switch (evidence.test) {
    case null:
      problems[`${at}.test`] = 'Choose the test, or remove this result.';
      return null;
    case 'ielts_academic': {
      const overall = readNumber(evidence.overall, `${at}.overall`, problems, {
        required: true,
        whole: false,
        example: '6.5',
      });
      const lowestBand = readNumber(evidence.lowestBand, `${at}.lowestBand`, problems, {
        required: true,
        whole: false,
        example: '6',
      });
      return overall === null || lowestBand === null
        ? null
        : { test: 'ielts_academic', overall, lowestBand, proofLocation };
    }
    case 'toefl_ibt':
    case 'pte_academic': {
      const score = readNumber(evidence.score, `${at}.score`, problems, {
        required: true,
        whole: false,
        example: evidence.test === 'toefl_ibt' ? '90' : '65',
      });
      return score === null ? null : { test: evidence.test, score, proofLocation };
    }
    case 'cambridge_b2_first':
      if (evidence.grade === null) {
        problems[`${at}.grade`] = 'Choose the grade.';
        return null;
      }
      return { test: 'cambridge_b2_first', grade: evidence.grade, proofLocation };
    case 'prior_education_in_english':
      if (evidence.description.trim() === '') {
        problems[`${at}.description`] = 'Describe the education, e.g. where and when.';
        return null;
      }
      return {
        test: 'prior_education_in_english',
        description: evidence.description.trim(),
        proofLocation,
      };
  }
}

/** The request body, or the problems that keep it from being sent. */
export function toProfileRequest(form: LearnerForm): {
  request: LearnerProfileRequest;
  problems: FormProblems;
} {
  const problems: FormProblems = {};
  if (form.displayName.trim() === '') problems['displayName'] = 'Enter their name.';
  if (form.dateOfBirth.trim() === '') problems['dateOfBirth'] = 'Enter their date of birth.';
  const uln = form.uln.replace(/\s/g, '');
  if (uln !== '' && !/^\d{10}$/.test(uln))
    problems['uln'] = 'Unique learner number must be ten digits, or left blank.';

  const employerGiven = [
    form.employerOrganisation,
    form.employerWorkplace,
    form.employerContactName,
    form.employerContactEmail,
  ].some((value) => value.trim() !== '');
  if (employerGiven && form.employerOrganisation.trim() === '')
    problems['employer.organisation'] =
      'Enter the employer’s name, or leave every employer field blank.';

  const priorQualifications = form.priorQualifications.map((qualification, index) => {
    const at = `priorQualifications.${index}`;
    if (qualification.title.trim() === '')
      problems[`${at}.title`] = 'Enter the qualification’s title, or remove it.';
    return {
      title: qualification.title.trim(),
      level: readNumber(qualification.level, `${at}.level`, problems, {
        required: false,
        whole: true,
        example: '3',
      }),
      subject: blankToNull(qualification.subject),
      year: readNumber(qualification.year, `${at}.year`, problems, {
        required: false,
        whole: true,
        example: '2019',
      }),
    };
  });

  const englishEvidence = form.englishEvidence
    .map((evidence, index) => toEnglishEvidence(evidence, `englishEvidence.${index}`, problems))
    .filter((evidence): evidence is EnglishEvidence => evidence !== null);

  const experienceYears = readNumber(form.experienceYears, 'experienceYears', problems, {
    required: false,
    whole: false,
    example: '2',
  });

  return {
    request: {
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
      priorQualifications,
      englishEvidence,
      experienceYears,
    },
    problems,
  };
}
