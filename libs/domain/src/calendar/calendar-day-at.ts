/**
 * Signoff's centres are in the UK: "today" is the day on a UK calendar, whatever the server's
 * clock or the reader's device says, so the witness's page, the hours a learner logs and the time
 * an enrolment has run all agree on which day it is.
 */
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
