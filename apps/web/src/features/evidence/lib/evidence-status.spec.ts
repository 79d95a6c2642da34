import { evidenceStatusWords } from './evidence-status';

describe('an evidence status in words', () => {
  it.each([
    [
      'awaiting, to the learner',
      'awaiting_countersignature',
      { you: true },
      'Awaiting your countersignature',
    ],
    [
      'awaiting, to staff',
      'awaiting_countersignature',
      { name: 'Jordan Ellis' },
      'Awaiting Jordan Ellis’s countersignature',
    ],
    [
      'awaiting, reader unknown',
      'awaiting_countersignature',
      undefined,
      'Awaiting the learner’s countersignature',
    ],
    ['any other status, to anyone', 'accepted', { you: true }, 'Accepted'],
  ] as const)('%s', (_case, status, countersigner, words) => {
    expect(evidenceStatusWords(status, countersigner)).toBe(words);
  });
});
