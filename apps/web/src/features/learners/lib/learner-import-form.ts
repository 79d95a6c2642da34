import { toProfileRequest, type FormProblems, type LearnerForm } from './learner-form';

/** What keeps a learner's record from being saved, by the request's path. */
export function learnerProfileProblems(form: LearnerForm): FormProblems {
  return toProfileRequest(form).problems;
}

/** A new learner also needs the email they sign in with and their centre. */
export function newLearnerProblems(form: LearnerForm): FormProblems {
  return {
    ...(form.email.trim() === '' ? { email: 'Enter their email address.' } : {}),
    ...(form.centreId === null ? { centreId: 'Choose their centre.' } : {}),
    ...learnerProfileProblems(form),
  };
}

export interface CorrectionAnswers {
  field: string | null;
  proposed: string;
}

export function correctionProblems({ field, proposed }: CorrectionAnswers): FormProblems {
  return {
    ...(field === null ? { field: 'Choose the detail to correct.' } : {}),
    ...(proposed.trim() === '' ? { proposed: 'Say what it should say.' } : {}),
  };
}

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
