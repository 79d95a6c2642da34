import { ENROLMENT_STATUSES } from '@signoff/contracts';
import { nextStatuses, STATUS_WORDS } from './enrolment-status';

describe('enrolment statuses offered', () => {
  it.each([
    ['active', ['break_in_learning', 'withdrawn', 'completed']],
    ['certificated', []],
  ] as const)('from %s: %j', (from, to) => {
    expect(nextStatuses(from)).toEqual(expect.arrayContaining([...to]));
    expect(nextStatuses(from)).not.toContain(from);
    if (to.length === 0) expect(nextStatuses(from)).toEqual([]);
  });

  it('has words for every status', () => {
    for (const status of ENROLMENT_STATUSES) expect(STATUS_WORDS[status]).toMatch(/^[A-Z]/);
  });
});
