import type { ProgressSettings } from '@signoff/contracts';
import { progressSettingsProblems } from '@signoff/domain';
import type { FormProblems } from '../../../components/form/resolver-from';

/** The form's answers, as typed. */
export type ProgressSettingsAnswers = Record<keyof ProgressSettings, string>;

export const PROGRESS_SETTINGS_SUBJECTS = {
  amberMargin: 'The margin for Behind',
  redMargin: 'The margin for Well behind',
  reviewIntervalWeeks: 'The weeks between reviews',
};

/** The request the answers make; a blank or a word is NaN, which the rule refuses. */
export function progressSettingsOf(answers: ProgressSettingsAnswers): ProgressSettings {
  const number = (answer: string) => (answer.trim() === '' ? Number.NaN : Number(answer));
  return {
    amberMargin: number(answers.amberMargin),
    redMargin: number(answers.redMargin),
    reviewIntervalWeeks: number(answers.reviewIntervalWeeks),
  };
}

/** The same rule the API applies (`progressSettingsProblems`). */
export function progressSettingsFormProblems(answers: ProgressSettingsAnswers): FormProblems {
  return progressSettingsProblems(progressSettingsOf(answers));
}
