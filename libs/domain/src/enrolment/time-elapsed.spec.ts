import type { EnrolmentStatus } from '@signoff/contracts';
import { timeElapsed, type StatusChange } from './time-elapsed';

const at = (date: string, status: EnrolmentStatus, hour = 10): StatusChange => ({
  status,
  at: `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`,
});

// A year planned: 2026-01-01 to 2027-01-01 is 365 days; enrolled (active) on the start date.
const PLAN = { startDate: '2026-01-01', plannedEndDate: '2027-01-01' };
const ENROLLED = at('2026-01-01', 'active');

describe('timeElapsed', () => {
  it.each<[string, StatusChange[], EnrolmentStatus, string, number, boolean]>([
    ['nothing on the start date itself', [ENROLLED], 'active', '2026-01-01', 0, false],
    [
      'nothing before the start date',
      [at('2025-12-01', 'active')],
      'active',
      '2025-12-15',
      0,
      false,
    ],
    ['every day since the start, today not counted', [ENROLLED], 'active', '2026-02-01', 31, false],
    [
      'from the start date when enrolled later (a backdated start)',
      [at('2026-03-01', 'active')],
      'active',
      '2026-04-01',
      90,
      false,
    ],
    [
      'not the days of a break in learning',
      [ENROLLED, at('2026-02-01', 'break_in_learning'), at('2026-03-01', 'active')],
      'active',
      '2026-04-01',
      31 + 31,
      false,
    ],
    [
      'not the days of a break still going on, and says so',
      [ENROLLED, at('2026-02-01', 'break_in_learning')],
      'break_in_learning',
      '2026-04-01',
      31,
      true,
    ],
    [
      'nothing of a break and return on the same day (the day’s last change wins)',
      [ENROLLED, at('2026-02-01', 'break_in_learning', 9), at('2026-02-01', 'active', 15)],
      'active',
      '2026-03-01',
      59,
      false,
    ],
    [
      'not the days after a withdrawal, until the learner returns',
      [ENROLLED, at('2026-02-01', 'withdrawn'), at('2026-02-11', 'active')],
      'active',
      '2026-03-01',
      31 + 18,
      false,
    ],
    [
      'nothing after completion',
      [ENROLLED, at('2026-06-01', 'completed')],
      'completed',
      '2026-09-01',
      151,
      false,
    ],
    [
      'no days when on a break since before the start date',
      [at('2025-12-01', 'active'), at('2025-12-20', 'break_in_learning')],
      'break_in_learning',
      '2026-02-01',
      0,
      true,
    ],
    ['more than planned once past the planned end', [ENROLLED], 'active', '2027-01-31', 395, false],
  ])('counts %s', (_case, statusHistory, status, today, elapsedDays, onBreak) => {
    expect(timeElapsed({ ...PLAN, status, statusHistory }, today)).toEqual({
      elapsedDays,
      plannedDays: 365,
      share: Math.round((elapsedDays / 365) * 1000) / 1000,
      onBreak,
    });
  });

  it('gives the share to three places, above 1 past the planned time', () => {
    const share = (today: string) =>
      timeElapsed({ ...PLAN, status: 'active', statusHistory: [ENROLLED] }, today).share;
    expect([
      share('2026-01-01'),
      share('2026-07-02'),
      share('2027-01-01'),
      share('2027-07-02'),
    ]).toEqual([0, 0.499, 1, 1.499]);
  });
});
