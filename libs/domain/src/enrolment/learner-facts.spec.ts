import type { LearnerFacts, LearnerProfile } from '@signoff/contracts';
import { learnerFacts } from './learner-facts';

const facts: LearnerFacts = {
  dateOfBirth: '1990-05-18',
  priorQualifications: [{ title: 'Diploma in Care', level: 3, subject: null, year: 2015 }],
  englishEvidence: [{ test: 'toefl_ibt', score: 90, proofLocation: null }],
  experienceYears: 4,
};

describe('learnerFacts', () => {
  it.each([
    ['the facts alone', facts],
    [
      'a stored profile',
      {
        ...facts,
        id: 'learner',
        centreId: 'centre',
        email: 'lee@example.test',
        displayName: 'Lee',
        uln: null,
        employer: null,
        corrections: [],
      } satisfies LearnerProfile,
    ],
    ['a row being imported, experience not recorded', { ...facts, experienceYears: null }],
  ])('reads what entry requirements judge from %s, nothing else', (_case, learner) => {
    expect(learnerFacts(learner)).toEqual({
      dateOfBirth: learner.dateOfBirth,
      priorQualifications: learner.priorQualifications,
      englishEvidence: learner.englishEvidence,
      experienceYears: learner.experienceYears,
    });
  });
});
