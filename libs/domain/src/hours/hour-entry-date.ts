/**
 * Why the day an entry says the hours were worked will not do, or null: hours are logged once
 * worked, so not for a day still to come. `today` is the centre's (`calendarDayAt`).
 */
export function hourDateProblem(date: string, today: string): string | null {
  return date > today ? 'must not be in the future: log hours once they are worked' : null;
}
