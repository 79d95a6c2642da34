import { placeDraftProblems } from './draft-problems';

const claims = [
  { unit: 'U1', outcome: '1', criterion: null },
  { unit: 'U3', outcome: '4', criterion: '4.2' },
];

describe('where the draft’s problems show', () => {
  it('puts a problem with the draft’s fields on that field, with its subject', () => {
    expect(
      placeDraftProblems(
        [
          { path: 'title', message: 'is required' },
          { path: 'claims', message: 'map the evidence to at least one learning outcome' },
        ],
        claims,
      ),
    ).toEqual({
      fields: {
        title: 'Title is required.',
        claims: 'Map the evidence to at least one learning outcome.',
      },
      units: new Map(),
    });
  });

  it('puts a problem with one claim at the unit claimed, joining two at one unit', () => {
    const placed = placeDraftProblems(
      [
        { path: 'claims.1.outcome', message: 'is not an outcome of this unit' },
        { path: 'claims.1.criterion', message: 'is not a criterion of this outcome' },
        { path: 'claims.0', message: 'is claimed twice' },
      ],
      claims,
    );
    expect(placed.fields).toEqual({});
    expect([...placed.units]).toEqual([
      [
        'U3',
        'The outcome is not an outcome of this unit. The criterion is not a criterion of this outcome.',
      ],
      ['U1', 'This claim is claimed twice.'],
    ]);
  });

  it('puts a problem with a claim no longer on screen on the mapping as a whole', () => {
    expect(
      placeDraftProblems([{ path: 'claims.5.unit', message: 'is not in the plan' }], claims).fields,
    ).toEqual({ claims: 'The unit is not in the plan.' });
  });
});
