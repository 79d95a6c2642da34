import { plannedEndDateProblems } from './planned-end-date';

describe('plannedEndDateProblems', () => {
  it.each([
    ['2026-09-01', '2027-08-31', []],
    ['2026-09-01', '2026-09-02', []],
    ['2026-09-01', '2026-09-01', ['plannedEndDate must be after the start date']],
    ['2026-09-01', '2026-08-31', ['plannedEndDate must be after the start date']],
    ['2026-12-31', '2026-02-01', ['plannedEndDate must be after the start date']],
  ])('starting %s, ending %s: %j', (startDate, plannedEndDate, expected) => {
    expect(
      plannedEndDateProblems({ startDate, plannedEndDate }).map(
        (problem) => `${problem.path} ${problem.message}`,
      ),
    ).toEqual(expected);
  });
});
