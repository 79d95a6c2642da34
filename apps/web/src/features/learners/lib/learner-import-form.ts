import type { FormProblems } from './learner-form';

export interface LearnerImportAnswers {
  centreId: string | null;
  /** The chosen CSV file, read as text. */
  file: { name: string; text: string } | null;
}

/** An admin of several centres says which one the learners join; every import needs a file. */
export function learnerImportProblems(
  { centreId, file }: LearnerImportAnswers,
  centreCount: number,
): FormProblems {
  return {
    ...(centreCount > 1 && centreId === null
      ? { centreId: 'Choose the centre the learners belong to.' }
      : {}),
    ...(file === null ? { file: 'Choose a CSV file first.' } : {}),
  };
}
