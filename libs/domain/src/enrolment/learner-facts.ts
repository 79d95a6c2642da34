import type { LearnerFacts } from '@signoff/contracts';

/** What entry requirements read of a learner, whether a stored profile or a row being imported. */
export function learnerFacts(learner: LearnerFacts): LearnerFacts {
  return {
    dateOfBirth: learner.dateOfBirth,
    priorQualifications: learner.priorQualifications,
    englishEvidence: learner.englishEvidence,
    experienceYears: learner.experienceYears,
  };
}
