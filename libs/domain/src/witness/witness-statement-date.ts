import type { FieldError } from '@signoff/contracts';
import { calendarDayAt } from '../calendar/calendar-day-at';

/**
 * A witness describes what they saw: the day they saw it (a calendar day, checked by the
 * request's shape) cannot be after today.
 */
export function witnessStatementDateProblems(activityDate: string, now: Date): FieldError[] {
  return activityDate > calendarDayAt(now)
    ? [{ path: 'activityDate', message: 'must not be in the future' }]
    : [];
}
