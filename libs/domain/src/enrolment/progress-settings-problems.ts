import {
  PROGRESS_SETTINGS_LIMITS as LIMITS,
  type FieldError,
  type ProgressSettings,
} from '@signoff/contracts';

/**
 * What is wrong with a centre's progress settings, by field: whole numbers, margins from 0 to
 * 100 points with amber's below red's (else nothing is ever amber), a review interval in weeks.
 */
export function progressSettingsProblems(settings: ProgressSettings): FieldError[] {
  const problems: FieldError[] = [];
  const within = (path: keyof ProgressSettings, min: number, max: number, unit: string) => {
    const value = settings[path];
    if (!Number.isInteger(value) || value < min || value > max)
      problems.push({ path, message: `must be a whole number of ${unit} from ${min} to ${max}` });
  };
  within('amberMargin', LIMITS.marginMin, LIMITS.marginMax, 'points');
  within('redMargin', LIMITS.marginMin, LIMITS.marginMax, 'points');
  within(
    'reviewIntervalWeeks',
    LIMITS.reviewIntervalWeeksMin,
    LIMITS.reviewIntervalWeeksMax,
    'weeks',
  );
  if (problems.length === 0 && settings.amberMargin >= settings.redMargin)
    problems.push({
      path: 'redMargin',
      message: `must be more than the margin for amber (${settings.amberMargin} points): a learner is well behind only after being behind`,
    });
  return problems;
}
