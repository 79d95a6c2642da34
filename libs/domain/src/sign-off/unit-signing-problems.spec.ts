import type { SignOff } from '@signoff/contracts';
import { signOffMatrix } from './sign-off-matrix';
import { flaggedAt, practiceUnit, revokedAt, signed } from './sign-off.fixtures';
import { unitSigningProblems, type UnitSignatureKind } from './unit-signing-problems';

const allRows = (minute: number, extra: Partial<SignOff> = {}) =>
  signed('rows-' + minute, 'rows', minute, { rows: ['1.1', '1.2', '2'], ...extra });

function problems(kind: UnitSignatureKind, signOffs: SignOff[]) {
  return unitSigningProblems(kind, signOffMatrix(practiceUnit, [], signOffs), signOffs);
}

describe('unitSigningProblems', () => {
  describe('the assessor’s unit sign-off', () => {
    it.each<[string, SignOff[], string[]]>([
      ['every row signed', [allRows(1)], []],
      [
        'rows not signed',
        [signed('r', 'rows', 1, { rows: ['1.1'] })],
        ['Criterion 1.2 is not signed yet', 'Outcome 2 is not signed yet'],
      ],
      [
        'a row flagged',
        [allRows(1), signed('r2', 'rows', 2, { rows: ['1.2'], flagged: flaggedAt(3) })],
        [
          'Criterion 1.2 must be signed again: the signature was flagged (Evidence this relied on was withdrawn)',
        ],
      ],
      [
        'already signed off',
        [allRows(1), signed('u', 'unit', 2)],
        ['The unit is already signed off'],
      ],
      ['rows signed again after it', [allRows(1), signed('u', 'unit', 2), allRows(3)], []],
      ['its sign-off revoked', [allRows(1), signed('u', 'unit', 2, { revoked: revokedAt(3) })], []],
    ])('%s', (_case, signOffs, expected) => {
      expect(problems('unit', signOffs)).toEqual(expected);
    });
  });

  describe('the learner’s countersignature', () => {
    it.each<[string, SignOff[], string[]]>([
      ['the unit signed off after every row', [allRows(1), signed('u', 'unit', 2)], []],
      [
        'a row not signed',
        [signed('r', 'rows', 1, { rows: ['1.1', '2'] }), signed('u', 'unit', 2)],
        ['Criterion 1.2 is not signed yet'],
      ],
      ['the unit not signed off', [allRows(1)], ['The assessor has not signed the unit off yet']],
      [
        'the unit sign-off revoked',
        [allRows(1), signed('u', 'unit', 2, { revoked: revokedAt(3) })],
        [
          'The assessor must sign the unit off again: the signature was revoked (Signed the wrong row)',
        ],
      ],
      [
        'rows signed again after the unit sign-off',
        [allRows(1), signed('u', 'unit', 2), allRows(3)],
        ['The assessor must sign the unit off again: rows were signed after it'],
      ],
      [
        'already countersigned',
        [allRows(1), signed('u', 'unit', 2), signed('c', 'countersignature', 3)],
        ['The unit is already countersigned'],
      ],
      [
        'the unit signed off again after the countersignature',
        [
          allRows(1),
          signed('u', 'unit', 2),
          signed('c', 'countersignature', 3),
          signed('u2', 'unit', 4),
        ],
        [],
      ],
      [
        'the countersignature flagged',
        [
          allRows(1),
          signed('u', 'unit', 2),
          signed('c', 'countersignature', 3, { flagged: flaggedAt(4) }),
        ],
        [],
      ],
    ])('%s', (_case, signOffs, expected) => {
      expect(problems('countersignature', signOffs)).toEqual(expected);
    });
  });

  it('refuses a unit without rows', () => {
    const empty = { ...practiceUnit, outcomes: [] };
    expect(unitSigningProblems('unit', signOffMatrix(empty, [], []), [])).toEqual([
      'The unit has no learning outcomes to sign off',
    ]);
  });
});
