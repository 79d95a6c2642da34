import { ENROLMENT_STATUSES, type EnrolmentStatus } from '@signoff/contracts';
import { mayChangeStatus } from './enrolment-status';

describe('mayChangeStatus', () => {
  const allowed: [EnrolmentStatus, EnrolmentStatus][] = [
    ['active', 'break_in_learning'],
    ['active', 'withdrawn'],
    ['active', 'completed'],
    ['break_in_learning', 'active'],
    ['break_in_learning', 'withdrawn'],
    ['withdrawn', 'active'],
    ['completed', 'certificated'],
    ['completed', 'active'],
  ];

  it.each(
    ENROLMENT_STATUSES.flatMap((from) => ENROLMENT_STATUSES.map((to) => [from, to] as const)),
  )('%s → %s', (from, to) => {
    const expected = allowed.some(([a, b]) => a === from && b === to);
    expect(mayChangeStatus(from, to)).toBe(expected);
  });
});
