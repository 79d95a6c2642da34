/**
 * A day that exists on the calendar, written YYYY-MM-DD: 2028-02-29 but not 2026-02-29,
 * 2026-02-31 or 0000-01-01 (the calendar has no year 0, and Postgres refuses it). Every date a
 * person types is held to this one rule before anything stores it.
 */
export function isCalendarDay(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** What every date field says when its value is not a calendar day. */
export const CALENDAR_DAY_MESSAGE =
  'must be a real date, written YYYY-MM-DD (for example 2026-09-01)';
