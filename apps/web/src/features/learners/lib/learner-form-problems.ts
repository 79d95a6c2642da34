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
