import type { HourEntryStatus } from '@signoff/contracts';
import { hourEntryStatus, type HourReviewFacts } from './hour-entry-status';

describe('hourEntryStatus', () => {
  it.each<[string, number, HourReviewFacts[], HourEntryStatus]>([
    ['no review yet', 1, [], 'logged'],
    ['confirmed', 1, [{ decision: 'confirm', revision: 1 }], 'confirmed'],
    ['queried', 1, [{ decision: 'query', revision: 1 }], 'queried'],
    ['changed after the query: logged again', 2, [{ decision: 'query', revision: 1 }], 'logged'],
    [
      'queried, changed, queried again',
      2,
      [
        { decision: 'query', revision: 2 },
        { decision: 'query', revision: 1 },
      ],
      'queried',
    ],
    [
      'queried, changed, then confirmed',
      2,
      [
        { decision: 'confirm', revision: 2 },
        { decision: 'query', revision: 1 },
      ],
      'confirmed',
    ],
  ])('%s', (_case, revision, reviews, expected) => {
    expect(hourEntryStatus(revision, reviews)).toBe(expected);
  });
});
