import { calendarDayAt } from './calendar-day-at';

describe('calendarDayAt', () => {
  it.each<[string, string, string]>([
    [
      'half past midnight in a UK summer is already the next day',
      '2026-07-14T23:30:00Z',
      '2026-07-15',
    ],
    [
      'half past eleven at night in a UK winter is still the same day',
      '2026-11-30T23:30:00Z',
      '2026-11-30',
    ],
    ['midnight in a UK winter is the next day', '2026-12-01T00:00:00Z', '2026-12-01'],
    ['a year turns on the UK calendar', '2026-12-31T23:59:59Z', '2026-12-31'],
  ])('%s', (_case, now, day) => {
    expect(calendarDayAt(new Date(now))).toBe(day);
  });

  it('reads another calendar when asked', () => {
    expect(calendarDayAt(new Date('2026-11-30T20:00:00Z'), 'Pacific/Auckland')).toBe('2026-12-01');
  });
});
