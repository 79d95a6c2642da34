import type { SignOff, SignOffRowState } from '@signoff/contracts';
import { signOffMatrix } from './sign-off-matrix';
import { accepted, flaggedAt, mapTo, practiceUnit, revokedAt, signed } from './sign-off.fixtures';

const observed = accepted('v1', 'direct_observation', [mapTo('1')]);
const discussed = accepted('v2', 'professional_discussion', [mapTo('1', '1.2')]);
const reflected = accepted('v3', 'reflective_account', [mapTo('2')]);

describe('signOffMatrix', () => {
  it('makes a row of each criterion, and of each outcome without criteria', () => {
    const matrix = signOffMatrix(practiceUnit, [], []);
    expect(matrix.rows.map((row) => [row.ref, row.outcome, row.criterion, row.title])).toEqual([
      ['1.1', '1', '1.1', 'Plan the work'],
      ['1.2', '1', '1.2', 'Review it'],
      ['2', '2', null, 'Reflect on practice'],
    ]);
  });

  it.each([
    ['nothing accepted', [], { '1.1': [], '1.2': [], '2': [] }],
    [
      'a mapping to a whole outcome covers each criterion',
      [observed],
      { '1.1': ['v1'], '1.2': ['v1'], '2': [] },
    ],
    [
      'a mapping to a criterion covers that criterion only',
      [discussed],
      { '1.1': [], '1.2': ['v2'], '2': [] },
    ],
    [
      'an outcome without criteria is covered by a mapping to it',
      [reflected],
      { '1.1': [], '1.2': [], '2': ['v3'] },
    ],
    [
      'another unit’s mapping covers nothing here',
      [accepted('v4', 'direct_observation', [{ unit: 'U2', outcome: '1', criterion: null }])],
      { '1.1': [], '1.2': [], '2': [] },
    ],
  ])('maps accepted evidence by the assessor’s mapping: %s', (_case, evidence, expected) => {
    const matrix = signOffMatrix(practiceUnit, evidence, []);
    expect(
      Object.fromEntries(
        matrix.rows.map((row) => [row.ref, row.evidence.map((item) => item.versionId)]),
      ),
    ).toEqual(expected);
  });

  it('shows each row’s evidence with its method, not the mapping or hashes', () => {
    const [row] = signOffMatrix(practiceUnit, [observed], []).rows;
    expect(row.evidence).toEqual([
      {
        versionId: 'v1',
        itemId: 'item-v1',
        version: 1,
        title: 'Evidence v1',
        method: 'direct_observation',
      },
    ]);
  });

  it.each([
    [
      'no evidence',
      [],
      { '1.1': ['direct_observation'], '1.2': ['professional_discussion', 'direct_observation'] },
    ],
    ['observed only', [observed], { '1.1': [], '1.2': ['professional_discussion'] }],
    ['observed and discussed', [observed, discussed], { '1.1': [], '1.2': [] }],
    [
      'discussed only',
      [discussed],
      { '1.1': ['direct_observation'], '1.2': ['direct_observation'] },
    ],
  ])(
    'requires the criterion’s methods and its outcome’s, and names those missing: %s',
    (_case, evidence, missing) => {
      const rows = signOffMatrix(practiceUnit, evidence, []).rows;
      expect(rows[1].requiredMethods).toEqual(['professional_discussion', 'direct_observation']);
      expect({ '1.1': rows[0].missingMethods, '1.2': rows[1].missingMethods }).toEqual(missing);
    },
  );

  const rowSignOff = (id: string, minute: number, rows: string[], extra: Partial<SignOff> = {}) =>
    signed(id, 'rows', minute, { rows, ...extra });

  it.each<[string, SignOff[], Partial<SignOffRowState>]>([
    ['never signed', [], { status: 'unsigned' }],
    ['signed', [rowSignOff('s1', 1, ['1.1'])], { status: 'signed', signOffId: 's1' }],
    [
      'revoked',
      [rowSignOff('s1', 1, ['1.1'], { revoked: revokedAt(2) })],
      { status: 'revoked', signOffId: 's1', reason: 'Signed the wrong row' },
    ],
    [
      'flagged',
      [rowSignOff('s1', 1, ['1.1'], { flagged: flaggedAt(2) })],
      { status: 'flagged', signOffId: 's1' },
    ],
    [
      'signed again after a revocation',
      [rowSignOff('s1', 1, ['1.1'], { revoked: revokedAt(2) }), rowSignOff('s2', 3, ['1.1'])],
      { status: 'signed', signOffId: 's2' },
    ],
    [
      'signed again after a flag, listed in any order',
      [
        rowSignOff('s2', 3, ['1.1', '1.2']),
        rowSignOff('s1', 1, ['1.1'], { flagged: flaggedAt(2) }),
      ],
      { status: 'signed', signOffId: 's2' },
    ],
    [
      'signed with other rows, one signature for several',
      [rowSignOff('s1', 1, ['1.2', '1.1', '2'])],
      { status: 'signed', signOffId: 's1' },
    ],
    ['signed for another row only', [rowSignOff('s1', 1, ['1.2'])], { status: 'unsigned' }],
    [
      'signed in another unit',
      [rowSignOff('s1', 1, ['1.1'], { unit: 'U2' })],
      { status: 'unsigned' },
    ],
    ['a unit sign-off, which signs no row', [signed('u1', 'unit', 1)], { status: 'unsigned' }],
  ])('gives row 1.1 the state of its newest signature: %s', (_case, signOffs, state) => {
    expect(signOffMatrix(practiceUnit, [], signOffs).rows[0].state).toMatchObject(state);
  });

  it.each<[string, SignOff[], boolean[]]>([
    ['nothing signed', [], [false, false]],
    ['one of two criteria signed', [rowSignOff('s1', 1, ['1.1'])], [false, false]],
    ['both criteria signed', [rowSignOff('s1', 1, ['1.1', '1.2'])], [true, false]],
    [
      'both signed, one then revoked',
      [rowSignOff('s1', 1, ['1.1']), rowSignOff('s2', 1, ['1.2'], { revoked: revokedAt(2) })],
      [false, false],
    ],
    ['the outcome without criteria signed', [rowSignOff('s1', 1, ['2'])], [false, true]],
  ])(
    'meets an outcome when every one of its rows is signed and counting: %s',
    (_case, signOffs, met) => {
      expect(
        signOffMatrix(practiceUnit, [], signOffs).outcomes.map((outcome) => outcome.met),
      ).toEqual(met);
    },
  );
});
