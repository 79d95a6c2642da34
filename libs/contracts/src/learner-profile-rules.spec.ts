import type { CreateLearnerRequest } from './enrolments';
import {
  correctionProblems,
  LEARNER_FIELD_NAMES,
  learnerProfileProblems,
  newLearnerProblems,
} from './learner-profile-rules';

const profile = {
  displayName: 'Priya Shah',
  dateOfBirth: '2001-02-28',
  uln: '1234567890',
  employer: {
    organisation: 'Riverside Care',
    workplace: null,
    contactName: null,
    contactEmail: 'manager@riverside.example',
  },
  priorQualifications: [{ title: 'GCSE English', level: 2, subject: 'English', year: 2017 }],
  englishEvidence: [
    { test: 'ielts_academic', overall: 7, lowestBand: 6.5, proofLocation: 'learner file' },
  ],
  experienceYears: 2.5,
} satisfies CreateLearnerRequest extends infer R ? Omit<R, 'email' | 'centreId'> : never;

/** The problems as `path message`, which is how the tables below read them. */
const problemsWith = (change: object) =>
  learnerProfileProblems({ ...profile, ...change }).map(
    (problem) => `${problem.path} ${problem.message}`,
  );

const REAL_DATE = 'must be a real date, written YYYY-MM-DD (for example 2026-09-01)';

describe('learnerProfileProblems', () => {
  it('finds nothing wrong with a whole, sound profile', () => {
    expect(learnerProfileProblems(profile)).toEqual([]);
  });

  it.each([
    ['2001-02-31', [`dateOfBirth ${REAL_DATE}`]],
    ['2001-02-29', [`dateOfBirth ${REAL_DATE}`]],
    ['2000-02-29', []],
    ['14/03/1996', [`dateOfBirth ${REAL_DATE}`]],
    ['', ['dateOfBirth must be filled in']],
    [undefined, ['dateOfBirth must be filled in']],
    [19960314, [`dateOfBirth ${REAL_DATE}`]],
  ])('a date of birth of %p: %j', (dateOfBirth, expected) => {
    expect(problemsWith({ dateOfBirth })).toEqual(expected);
  });

  it('names the date of birth in words, for a sentence', () => {
    const [problem] = learnerProfileProblems({ ...profile, dateOfBirth: '2001-02-31' });
    expect(`${LEARNER_FIELD_NAMES[problem?.path ?? '']} ${problem?.message}`).toBe(
      `Date of birth ${REAL_DATE}`,
    );
  });

  it.each([
    ['1234567890', []],
    [null, []],
    ['12345', ['uln must be ten digits']],
    ['123456789O', ['uln must be ten digits']],
    ['12345678901', ['uln must be ten digits']],
    ['1234 567890', ['uln must be ten digits']],
    [1234567890, ['uln must be ten digits']],
  ])('a ULN of %p: %j', (uln, expected) => {
    expect(problemsWith({ uln })).toEqual(expected);
  });

  it.each([
    [{ test: 'ielts_academic', overall: 9, lowestBand: 9 }, []],
    [{ test: 'ielts_academic', overall: 0, lowestBand: 0 }, []],
    [{ test: 'ielts_academic', overall: 6.5, lowestBand: 6 }, []],
    [{ test: 'ielts_academic', overall: 9.5, lowestBand: 6 }, ['overall must be 9 or less']],
    [{ test: 'ielts_academic', overall: -0.5, lowestBand: 0 }, ['overall must be 0 or more']],
    [
      { test: 'ielts_academic', overall: 6.7, lowestBand: 6 },
      ['overall must be a whole or half band, such as 6.5'],
    ],
    [
      { test: 'ielts_academic', overall: 6, lowestBand: 6.5 },
      ['lowestBand must not be above the overall band'],
    ],
    [
      { test: 'ielts_academic', overall: 'good' },
      ['overall must be a number', 'lowestBand must be filled in'],
    ],
    [{ test: 'toefl_ibt', score: 0 }, []],
    [{ test: 'toefl_ibt', score: 120 }, []],
    [{ test: 'toefl_ibt', score: 121 }, ['score must be 120 or less']],
    [{ test: 'toefl_ibt', score: 90.5 }, ['score must be a whole number']],
    [{ test: 'toefl_ibt' }, ['score must be filled in']],
    [{ test: 'pte_academic', score: 10 }, []],
    [{ test: 'pte_academic', score: 90 }, []],
    [{ test: 'pte_academic', score: 9 }, ['score must be 10 or more']],
    [{ test: 'pte_academic', score: 91 }, ['score must be 90 or less']],
    [{ test: 'cambridge_b2_first', grade: 'B' }, []],
    [{ test: 'cambridge_b2_first', grade: 'fail' }, []],
    [{ test: 'cambridge_b2_first', grade: 'D' }, ['grade must be one of: A, B, C, B1, fail']],
    [{ test: 'prior_education_in_english', description: 'A levels in Leeds, 2017' }, []],
    [{ test: 'prior_education_in_english', description: ' ' }, ['description must be filled in']],
    // A field another test's result has is not this one's business.
    [{ test: 'toefl_ibt', score: 100, overall: 'n/a' }, []],
    [
      { test: 'duolingo', score: 120 },
      [
        'test must be one of: ielts_academic, toefl_ibt, pte_academic, cambridge_b2_first, prior_education_in_english',
      ],
    ],
  ])('an English result %j: %j', (result, expected) => {
    expect(problemsWith({ englishEvidence: [{ ...result, proofLocation: null }] })).toEqual(
      expected.map((problem) => `englishEvidence.0.${problem}`),
    );
  });

  it.each([
    [
      { priorQualifications: [{ title: '', level: 11, subject: null, year: null }] },
      [
        'priorQualifications.0.title must be filled in',
        'priorQualifications.0.level must be 8 or less',
      ],
    ],
    [
      { priorQualifications: [{ title: 'NVQ', level: 2.5, subject: null, year: 1949 }] },
      [
        'priorQualifications.0.level must be a whole number',
        'priorQualifications.0.year must be 1950 or more',
      ],
    ],
    [
      {
        employer: {
          organisation: 'x'.repeat(201),
          workplace: null,
          contactName: null,
          contactEmail: 'nobody',
        },
      },
      [
        'employer.organisation must be at most 200 characters long',
        'employer.contactEmail must be an email address',
      ],
    ],
    [{ employer: null, experienceYears: null, uln: null }, []],
    [{ experienceYears: -1 }, ['experienceYears must be 0 or more']],
    [{ experienceYears: '2' }, ['experienceYears must be a number']],
    [{ englishEvidence: 'IELTS 7' }, ['englishEvidence must be a list']],
    [{ englishEvidence: [5] }, ['englishEvidence.0 must be a group of fields']],
    [{ displayName: '   ' }, ['displayName must be filled in']],
  ])('%j: %j', (change, expected) => {
    expect(problemsWith(change)).toEqual(expected);
  });
});

describe('newLearnerProblems', () => {
  const learner = {
    ...profile,
    email: 'priya.shah@example.org',
    centreId: '0b7c4f0e-3f5a-4c1e-9d2a-6a1f3e5b7c9d',
  };

  it.each([
    [{}, []],
    [{ email: 'priya.shah' }, ['email must be an email address']],
    [{ email: '' }, ['email must be filled in']],
    [{ email: 'priya..shah@example.org' }, ['email must be an email address']],
    [{ centreId: 'riverside' }, ['centreId must be a centre id']],
    [
      { centreId: undefined, dateOfBirth: '2001-02-31' },
      [`dateOfBirth ${REAL_DATE}`, 'centreId must be filled in'],
    ],
  ])('%j: %j', (change, expected) => {
    expect(
      newLearnerProblems({ ...learner, ...change }).map((p) => `${p.path} ${p.message}`),
    ).toEqual(expected);
  });
});

describe('correctionProblems', () => {
  it.each([
    [{ field: 'dateOfBirth', proposed: 'It is 1990-05-18' }, []],
    [{ field: 'password', proposed: 'x' }, ['field']],
    [{ field: 'uln', proposed: ' ' }, ['proposed']],
  ])('%j: problems at %j', (request, paths) => {
    expect(correctionProblems(request).map((problem) => problem.path)).toEqual(paths);
  });
});
