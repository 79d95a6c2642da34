import { hourDateProblem, latestTodayAt } from './hour-entry-date';

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

describe('latestTodayAt', () => {
  it.each<[string, string]>([
    ['2026-11-30T09:00:00Z', '2026-11-30'],
    ['2026-11-30T10:00:00Z', '2026-12-01'],
    ['2026-11-30T23:59:00Z', '2026-12-01'],
  ])('%s: %s', (now, expected) => {
    expect(latestTodayAt(new Date(now))).toBe(expected);
  });
});
