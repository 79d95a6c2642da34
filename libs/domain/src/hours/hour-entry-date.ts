/**
 * Why the day an entry says the hours were worked will not do, or null: hours are logged once
 * worked, so not for a day still to come. `latestToday` is the latest date it is anywhere now
 * (a learner ahead of the server's clock is not refused their today).
 */
export function hourDateProblem(date: string, latestToday: string): string | null {
  return date > latestToday ? 'must not be in the future: log hours once they are worked' : null;
}

/** The latest calendar day anywhere on earth at `now` (UTC+14), YYYY-MM-DD. */
export function latestTodayAt(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}
