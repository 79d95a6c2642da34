import type { HourEntryStatus } from '@signoff/contracts';
import { hourCorrectionRefusal, hourEditRefusal, hourReviewRefusal } from './hour-entry-changes';

describe('what may be done to an hours entry', () => {
  it.each<[HourEntryStatus, string | null, boolean, boolean, boolean]>([
    // status, corrected by, may edit, may correct, may review
    ['logged', null, true, false, true],
    ['queried', null, true, false, false],
    ['confirmed', null, false, true, false],
    ['confirmed', 'correction-1', false, false, false],
  ])('%s (corrected by %s)', (status, correctedBy, edit, correct, review) => {
    expect(hourEditRefusal(status) === null).toBe(edit);
    expect(hourCorrectionRefusal(status, correctedBy) === null).toBe(correct);
    expect(hourReviewRefusal(status, correctedBy) === null).toBe(review);
  });

  it('says a confirmed entry is corrected by a new entry', () => {
    expect(hourEditRefusal('confirmed')).toMatch(/Log a correction instead: a new entry/);
  });
});
