import type { FieldError } from '@signoff/contracts';

/**
 * What a learner's countersignature needs: agreeing needs nothing more; disagreeing says why, so
 * the assessor knows what to put right.
 */
export function countersigningProblems(answer: {
  agreed: boolean;
  comment?: string | null;
}): FieldError[] {
  if (answer.agreed || (answer.comment ?? '').trim() !== '') return [];
  return [
    { path: 'comment', message: 'is required to disagree: say what in the record is not accurate' },
  ];
}
