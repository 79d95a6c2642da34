import { flagsByReason } from './flags-by-reason';

const WITHDRAWN = 'Evidence this relied on was withdrawn';

describe('flagsByReason', () => {
  it('puts the flags of one reason on one day together, in the order flagged', () => {
    expect(
      flagsByReason([
        { signed: 'Criterion 1.1', reason: WITHDRAWN, flaggedAt: '2026-11-30T09:00:00.000Z' },
        { signed: 'Outcome 2', reason: WITHDRAWN, flaggedAt: '2026-11-30T09:00:00.000Z' },
        { signed: 'Outcome 3', reason: WITHDRAWN, flaggedAt: '2026-12-01T10:00:00.000Z' },
        {
          signed: 'The assessor’s sign-off of the unit',
          reason: WITHDRAWN,
          flaggedAt: '2026-11-30T09:05:00.000Z',
        },
      ]),
    ).toEqual([
      {
        reason: WITHDRAWN,
        flaggedAt: '2026-11-30T09:00:00.000Z',
        signed: ['Criterion 1.1', 'Outcome 2', 'The assessor’s sign-off of the unit'],
      },
      { reason: WITHDRAWN, flaggedAt: '2026-12-01T10:00:00.000Z', signed: ['Outcome 3'] },
    ]);
  });

  it('keeps different reasons apart', () => {
    expect(
      flagsByReason([
        { signed: 'Outcome 1', reason: 'One', flaggedAt: '2026-11-30T09:00:00.000Z' },
        { signed: 'Outcome 2', reason: 'Two', flaggedAt: '2026-11-30T09:00:00.000Z' },
      ]).map((group) => group.signed),
    ).toEqual([['Outcome 1'], ['Outcome 2']]);
  });

  it('has nothing to group without flags', () => {
    expect(flagsByReason([])).toEqual([]);
  });
});
