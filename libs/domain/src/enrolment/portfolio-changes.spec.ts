import type { EnrolmentStatus } from '@signoff/contracts';
import { portfolioChangeRefusal } from './portfolio-changes';

describe('portfolioChangeRefusal', () => {
  const cases: [EnrolmentStatus, RegExp | null][] = [
    ['active', null],
    ['break_in_learning', /on a break in learning.*until your centre makes it active again/],
    ['withdrawn', /has been withdrawn.*ask your centre to make it active again/],
    ['completed', /is completed.*ask your centre to reopen it/],
    ['certificated', /certificated.*final/],
  ];

  it.each(cases)('%s → %p', (status, expected) => {
    const refusal = portfolioChangeRefusal(status);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(expected);
  });
});
