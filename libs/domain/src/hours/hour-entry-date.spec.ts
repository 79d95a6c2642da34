import { hourDateProblem } from './hour-entry-date';

describe('hourDateProblem', () => {
  it.each<[string, string, boolean]>([
    ['2026-11-29', '2026-11-30', true],
    ['2026-11-30', '2026-11-30', true],
    ['2026-12-01', '2026-11-30', false],
    ['2027-01-01', '2026-12-31', false],
  ])('%s with today %s: allowed %s', (date, today, allowed) => {
    expect(hourDateProblem(date, today) === null).toBe(allowed);
  });
});
