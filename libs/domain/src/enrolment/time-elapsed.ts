import type { EnrolmentStatus, TimeElapsed } from '@signoff/contracts';

const DAY_MS = 86_400_000;

/** A change of the enrolment's status, as its history keeps it (`at`: ISO 8601, UTC). */
export interface StatusChange {
  status: EnrolmentStatus;
  at: string;
}

/**
 * Time in learning against the plan, as of `today` (YYYY-MM-DD). The planned time is the days
 * from the start date to the planned end date, fixed by the plan. The time elapsed is the days
 * from the start date to today (today not yet counted) on which the enrolment was active: a day
 * on a break in learning, withdrawn or completed stops the clock, so a break in effect moves the
 * planned end on by its length. A day takes the status of the day's last change (UTC), and the
 * days before the first change count as active. The share is one over the other, and exceeds 1
 * once more days have been spent in learning than were planned.
 */
export function timeElapsed(
  enrolment: {
    startDate: string;
    plannedEndDate: string;
    status: EnrolmentStatus;
    statusHistory: readonly StatusChange[];
  },
  today: string,
): TimeElapsed {
  const start = dayNumber(enrolment.startDate);
  const plannedDays = Math.max(0, dayNumber(enrolment.plannedEndDate) - start);
  const end = dayNumber(today);

  // Each change's day and status, the last of a day winning, from the start date on.
  const changes = new Map<number, EnrolmentStatus>();
  for (const change of enrolment.statusHistory) changes.set(dayNumber(change.at), change.status);
  let status: EnrolmentStatus = 'active';
  const periods: { from: number; status: EnrolmentStatus }[] = [];
  for (const [day, changed] of [...changes].sort(([a], [b]) => a - b)) {
    if (day <= start) status = changed;
    else periods.push({ from: day, status: changed });
  }

  let elapsedDays = 0;
  let from = start;
  for (const period of [...periods, { from: Number.POSITIVE_INFINITY, status }]) {
    const to = Math.min(period.from, end);
    if (status === 'active' && to > from) elapsedDays += to - from;
    if (period.from >= end) break;
    from = period.from;
    status = period.status;
  }

  return {
    elapsedDays,
    plannedDays,
    share: plannedDays === 0 ? 0 : Math.round((elapsedDays / plannedDays) * 1000) / 1000,
    onBreak: enrolment.status === 'break_in_learning',
  };
}

/** Days since 1970-01-01 of a YYYY-MM-DD date or an ISO timestamp (its UTC day). */
function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}
