import type { FieldError } from '@signoff/contracts';

/** Signoff's centres are in the UK: "today" is the day on a UK calendar. */
const CENTRE_TIME_ZONE = 'Europe/London';

/** The day it is at `now` on the calendar of `timeZone`, YYYY-MM-DD. */
export function calendarDayAt(now: Date, timeZone = CENTRE_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * A witness describes what they saw: the day they saw it (a calendar day, checked by the
 * request's shape) cannot be after today.
 */
export function witnessStatementDateProblems(activityDate: string, now: Date): FieldError[] {
  return activityDate > calendarDayAt(now)
    ? [{ path: 'activityDate', message: 'must not be in the future' }]
    : [];
}
