import type { EnrolmentStatus } from '@signoff/contracts';
import { ASSESSED_ENROLMENT_STATUSES, decisionRefusal } from './decision-refusal';

describe('decisionRefusal', () => {
  const cases: [EnrolmentStatus, RegExp | null][] = [
    ['active', null],
    ['break_in_learning', null],
    ['withdrawn', /has been withdrawn.*can no longer be assessed.*active again/],
    ['completed', /is completed.*can no longer be assessed.*reopen it/],
    ['certificated', /certificated.*final.*can no longer be assessed/],
  ];

  it.each(cases)('%s → %p', (status, expected) => {
    const refusal = decisionRefusal(status);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(expected);
  });

  it('lists the statuses whose evidence is assessed', () => {
    expect(ASSESSED_ENROLMENT_STATUSES).toEqual(['active', 'break_in_learning']);
  });
});
