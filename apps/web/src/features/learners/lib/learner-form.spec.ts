import {
  newEnglishEvidence,
  newPriorQualification,
  toLearnerForm,
  toNewLearnerRequest,
  toProfileRequest,
} from './learner-form';

const blank = () => toLearnerForm(null, 'centre-1');

describe('the learner profile form', () => {
  it('sends a filled form trimmed, with blanks as null', () => {
    const form = {
      ...blank(),
      displayName: ' Jordan Ellis ',
      dateOfBirth: '1990-05-17',
      uln: '12345 67890',
      employerOrganisation: 'Ward 4 Trust',
      priorQualifications: [{ ...newPriorQualification(), title: 'Diploma', level: '5', year: '' }],
      englishEvidence: [
        {
          ...newEnglishEvidence(),
          test: 'ielts_academic' as const,
          overall: '7',
          lowestBand: '6.5',
        },
      ],
      experienceYears: '2.5',
    };
    const { request, problems } = toProfileRequest(form);
    expect(problems).toEqual({});
    expect(request).toMatchObject({
      displayName: 'Jordan Ellis',
      uln: '1234567890',
      employer: {
        organisation: 'Ward 4 Trust',
        workplace: null,
        contactName: null,
        contactEmail: null,
      },
      priorQualifications: [{ title: 'Diploma', level: 5, subject: null, year: null }],
      englishEvidence: [{ test: 'ielts_academic', overall: 7, lowestBand: 6.5 }],
      experienceYears: 2.5,
    });
  });

  it('names each problem by the path the API would use', () => {
    const { problems } = toProfileRequest({
      ...blank(),
      uln: '123',
      employerContactName: 'Sam',
      priorQualifications: [{ ...newPriorQualification(), level: 'three' }],
    });
    expect(Object.keys(problems).sort()).toEqual([
      'dateOfBirth',
      'displayName',
      'employer.organisation',
      'priorQualifications.0.level',
      'priorQualifications.0.title',
      'uln',
    ]);
  });

  const filled = () => ({
    ...blank(),
    displayName: 'Jordan Ellis',
    dateOfBirth: '1990-05-17',
  });
  const english = (result: Partial<ReturnType<typeof newEnglishEvidence>>) => ({
    ...filled(),
    englishEvidence: [{ ...newEnglishEvidence(), ...result }],
  });

  it.each([
    [
      'a date of birth not on the calendar',
      { ...filled(), dateOfBirth: '2001-02-31' },
      {
        dateOfBirth:
          'Date of birth must be a real date, written YYYY-MM-DD (for example 2026-09-01).',
      },
    ],
    [
      'a ULN of nine digits',
      { ...filled(), uln: '123 456 789' },
      { uln: 'Unique learner number must be ten digits.' },
    ],
    [
      'a result with no test chosen',
      english({ test: null }),
      { 'englishEvidence.0.test': 'Test must be chosen.' },
    ],
    [
      'an IELTS result without its bands',
      english({ test: 'ielts_academic', overall: '6.5' }),
      { 'englishEvidence.0.lowestBand': 'Lowest band must be filled in.' },
    ],
    [
      'an IELTS band between half bands',
      english({ test: 'ielts_academic', overall: '6.7', lowestBand: 'six' }),
      {
        'englishEvidence.0.overall': 'Overall band must be a whole or half band, such as 6.5.',
        'englishEvidence.0.lowestBand': 'Lowest band must be a number.',
      },
    ],
    [
      'a PTE score above its range',
      english({ test: 'pte_academic', score: '95' }),
      { 'englishEvidence.0.score': 'Score must be 90 or less.' },
    ],
    ['a TOEFL score within its range', english({ test: 'toefl_ibt', score: '95' }), {}],
  ])('words %s as the API does, naming the field', (_case, form, problems) => {
    expect(toProfileRequest(form).problems).toEqual(problems);
  });

  it('starts an edit from the stored profile', () => {
    const form = toLearnerForm(
      {
        id: 'l1',
        centreId: 'centre-2',
        email: 'lee@example.test',
        displayName: 'Lee',
        dateOfBirth: '1990-05-17',
        uln: null,
        employer: null,
        priorQualifications: [{ title: 'Diploma', level: 5, subject: null, year: 2020 }],
        englishEvidence: [],
        experienceYears: 3,
        corrections: [],
      },
      'centre-1',
    );
    expect(form).toMatchObject({
      email: 'lee@example.test',
      centreId: 'centre-2',
      displayName: 'Lee',
      priorQualifications: [{ title: 'Diploma', level: '5', subject: '', year: '2020' }],
      experienceYears: '3',
    });
  });
});

describe('the add-a-learner form', () => {
  it('asks by the new learner’s rules for the email address and the centre besides the profile', () => {
    expect(toNewLearnerRequest(toLearnerForm(null, null)).problems).toEqual({
      displayName: 'Name must be filled in.',
      dateOfBirth: 'Date of birth must be filled in.',
      email: 'Email address must be filled in.',
      centreId: 'Centre must be chosen.',
    });
  });

  it('refuses an address that is not one, in the words the API and the import use', () => {
    const form = {
      ...toLearnerForm(null, '7c9e6679-7425-40de-944b-e07fc1f90ae7'),
      email: 'jordan.ellis',
      displayName: 'Jordan Ellis',
      dateOfBirth: '1990-05-17',
    };
    expect(toNewLearnerRequest(form).problems).toEqual({
      email: 'Email address must be an email address.',
    });
    expect(toNewLearnerRequest({ ...form, email: ' jordan@example.test ' })).toEqual({
      request: expect.objectContaining({
        email: 'jordan@example.test',
        centreId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
        displayName: 'Jordan Ellis',
      }),
      problems: {},
    });
  });
});
