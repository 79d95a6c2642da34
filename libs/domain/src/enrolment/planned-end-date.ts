import type { FieldError } from '@signoff/contracts';

/** The planned end date comes after the start date (both YYYY-MM-DD, so text order is date order). */
export function plannedEndDateProblems(dates: {
  startDate: string;
  plannedEndDate: string;
}): FieldError[] {
  return dates.plannedEndDate > dates.startDate
    ? []
    : [{ path: 'plannedEndDate', message: 'must be after the start date' }];
}
