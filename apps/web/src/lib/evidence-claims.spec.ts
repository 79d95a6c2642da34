import type { Unit } from '@signoff/contracts';
import { claimKey, claimsByUnit, mappingSummary } from './evidence-claims';

const units = [
  {
    reference: 'U2',
    title: 'Safeguarding',
    outcomes: [
      {
        number: '1',
        title: 'Understand the law',
        criteria: [
          { number: '1.1', title: 'Explain the Mental Health Act' },
          { number: '1.2', title: 'Explain the Mental Capacity Act' },
        ],
      },
    ],
  },
  { reference: 'U10', title: 'Leadership', outcomes: [] },
] as unknown as Unit[];

describe('claims grouped for reading', () => {
  it('groups by unit in the qualification’s order, outcomes and criteria by number, with titles', () => {
    expect(
      claimsByUnit(
        [
          { unit: 'U10', outcome: '3', criterion: null },
          { unit: 'U2', outcome: '1', criterion: '1.2' },
          { unit: 'U2', outcome: '1', criterion: '1.1' },
        ],
        units,
      ),
    ).toEqual([
      {
        unit: 'U2',
        title: 'Safeguarding',
        outcomes: [
          {
            outcome: '1',
            title: 'Understand the law',
            whole: false,
            criteria: [
              { number: '1.1', title: 'Explain the Mental Health Act' },
              { number: '1.2', title: 'Explain the Mental Capacity Act' },
            ],
          },
        ],
      },
      {
        unit: 'U10',
        title: 'Leadership',
        outcomes: [{ outcome: '3', title: null, whole: true, criteria: [] }],
      },
    ]);
  });

  it('orders units the qualification does not know by number, after the known ones', () => {
    const claims = ['X10', 'X9', 'U10'].map((unit) => ({ unit, outcome: '1', criterion: null }));
    expect(claimsByUnit(claims, units).map((group) => group.unit)).toEqual(['U10', 'X9', 'X10']);
  });

  it('keys each claim apart, a whole outcome from its criteria', () => {
    expect(claimKey({ unit: 'U2', outcome: '1', criterion: null })).not.toBe(
      claimKey({ unit: 'U2', outcome: '1', criterion: '1.1' }),
    );
  });

  it.each([
    [[], 'Not mapped to any learning outcome yet.'],
    [[{ unit: 'U2', outcome: '1', criterion: '1.1' }], 'Mapped to 1 outcome in 1 unit.'],
    [
      [
        { unit: 'U2', outcome: '1', criterion: '1.1' },
        { unit: 'U2', outcome: '1', criterion: '1.2' },
        { unit: 'U2', outcome: '2', criterion: null },
        { unit: 'U10', outcome: '1', criterion: null },
      ],
      'Mapped to 3 outcomes in 2 units.',
    ],
  ])('sums up %j as "%s"', (claims, words) => {
    expect(mappingSummary(claims)).toBe(words);
  });
});
