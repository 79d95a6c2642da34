import { isCalendarDay } from './calendar-day';

describe('isCalendarDay', () => {
  it.each([
    ['2026-10-14', true],
    ['2026-01-31', true],
    ['2026-04-30', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-02-31', false],
    ['1990-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-10-00', false],
    ['0000-01-01', false],
    ['2026-1-14', false],
    ['26-10-14', false],
    ['2026-10-14T00:00:00Z', false],
    [' 2026-10-14', false],
    ['2026-10-14\n', false],
    ['', false],
    [20261014, false],
    [null, false],
  ])('%p is a calendar day: %p', (text, expected) => {
    expect(isCalendarDay(text)).toBe(expected);
  });
});
