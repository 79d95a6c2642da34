import type { SignOff } from '@signoff/contracts';
import { signOffMatrix } from './sign-off-matrix';
import { flaggedAt, practiceUnit, revokedAt, signed } from './sign-off.fixtures';
import { unitAchievement } from './unit-achievement';

const allRows = (minute: number, extra: Partial<SignOff> = {}) =>
  signed('rows-' + minute, 'rows', minute, { rows: ['1.1', '1.2', '2'], ...extra });

function achievement(signOffs: SignOff[]) {
  return unitAchievement(signOffMatrix(practiceUnit, [], signOffs), signOffs);
}

describe('unitAchievement', () => {
  it('achieves the unit once every row, the unit and the countersignature are signed in turn', () => {
    expect(
      achievement([allRows(1), signed('u', 'unit', 2), signed('c', 'countersignature', 3)]),
    ).toEqual({ achieved: true, rowsSigned: 3, rowsTotal: 3, missing: [] });
  });

  it.each<[string, SignOff[], string[]]>([
    [
      'nothing signed',
      [],
      [
        'Criterion 1.1 is not signed yet',
        'Criterion 1.2 is not signed yet',
        'Outcome 2 is not signed yet',
        'The assessor has not signed the unit yet',
        'The learner has not countersigned the unit yet',
      ],
    ],
    [
      'a row not signed',
      [
        signed('r', 'rows', 1, { rows: ['1.1', '2'] }),
        signed('u', 'unit', 2),
        signed('c', 'countersignature', 3),
      ],
      ['Criterion 1.2 is not signed yet'],
    ],
    [
      'a row revoked',
      [
        allRows(1),
        signed('r2', 'rows', 2, { rows: ['2'], revoked: revokedAt(3) }),
        signed('u', 'unit', 4),
        signed('c', 'countersignature', 5),
      ],
      ['Outcome 2 must be signed again: the signature was revoked (Signed the wrong row)'],
    ],
    [
      'the unit sign-off flagged',
      [
        allRows(1),
        signed('u', 'unit', 2, { flagged: flaggedAt(4) }),
        signed('c', 'countersignature', 3),
      ],
      [
        'The assessor must sign the unit again: the signature was flagged (Evidence this relied on was withdrawn)',
      ],
    ],
    [
      'the countersignature revoked',
      [
        allRows(1),
        signed('u', 'unit', 2),
        signed('c', 'countersignature', 3, { revoked: revokedAt(4) }),
      ],
      [
        'The learner must countersign the unit again: the signature was revoked (Signed the wrong row)',
      ],
    ],
    [
      'no countersignature',
      [allRows(1), signed('u', 'unit', 2)],
      ['The learner has not countersigned the unit yet'],
    ],
    [
      'a row re-signed after the unit sign-off',
      [allRows(1), signed('u', 'unit', 2), signed('c', 'countersignature', 3), allRows(4)],
      ['The assessor must sign the unit again: rows were signed after it'],
    ],
    [
      'the unit signed again after the countersignature',
      [
        allRows(1),
        signed('u', 'unit', 2),
        signed('c', 'countersignature', 3),
        signed('u2', 'unit', 4),
      ],
      ['The learner must countersign the unit again: the assessor signed it after them'],
    ],
    [
      'sign-offs of another unit',
      [
        allRows(1, { unit: 'U2' }),
        signed('u', 'unit', 2, { unit: 'U2' }),
        signed('c', 'countersignature', 3),
      ],
      [
        'Criterion 1.1 is not signed yet',
        'Criterion 1.2 is not signed yet',
        'Outcome 2 is not signed yet',
        'The assessor has not signed the unit yet',
      ],
    ],
  ])('is not achieved with %s, and says what is missing', (_case, signOffs, missing) => {
    const result = achievement(signOffs);
    expect(result.achieved).toBe(false);
    expect(result.missing).toEqual(missing);
  });

  it('counts the rows signed and counting', () => {
    const result = achievement([
      signed('r', 'rows', 1, { rows: ['1.1', '1.2'] }),
      signed('r2', 'rows', 2, { rows: ['1.2'], flagged: flaggedAt(3) }),
    ]);
    expect([result.rowsSigned, result.rowsTotal]).toEqual([1, 3]);
  });

  it('achieves again once a revoked row, the unit and the countersignature are signed again', () => {
    expect(
      achievement([
        allRows(1),
        signed('u', 'unit', 2),
        signed('c', 'countersignature', 3),
        signed('r2', 'rows', 4, { rows: ['1.2'], revoked: revokedAt(5) }),
        signed('r3', 'rows', 6, { rows: ['1.2'] }),
        signed('u2', 'unit', 7),
        signed('c2', 'countersignature', 8),
      ]).achieved,
    ).toBe(true);
  });

  it('never achieves a unit without learning outcomes', () => {
    const empty = { ...practiceUnit, outcomes: [] };
    const signOffs = [signed('u', 'unit', 2), signed('c', 'countersignature', 3)];
    expect(unitAchievement(signOffMatrix(empty, [], signOffs), signOffs)).toEqual({
      achieved: false,
      rowsSigned: 0,
      rowsTotal: 0,
      missing: ['The unit has no learning outcomes to sign off'],
    });
  });
});
