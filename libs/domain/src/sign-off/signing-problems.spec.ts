import type { AcceptedEvidence, SignOff } from '@signoff/contracts';
import { signOffMatrix } from './sign-off-matrix';
import { accepted, flaggedAt, mapTo, practiceUnit, revokedAt, signed } from './sign-off.fixtures';
import { mayBeSigned, signingProblems } from './signing-problems';

const observed = accepted('v1', 'direct_observation', [mapTo('1')]);
const discussed = accepted('v2', 'professional_discussion', [mapTo('1', '1.2')]);
const reflected = accepted('v3', 'reflective_account', [mapTo('2')]);

function rows(evidence: AcceptedEvidence[], signOffs: SignOff[] = []) {
  return signOffMatrix(practiceUnit, evidence, signOffs).rows;
}

describe('mayBeSigned', () => {
  it.each<[string, AcceptedEvidence[], SignOff[], boolean[]]>([
    ['no accepted evidence', [], [], [false, false, false]],
    ['evidence without the outcome’s method', [discussed, reflected], [], [false, false, true]],
    ['the outcome’s method but not the criterion’s', [observed], [], [true, false, false]],
    ['every required method', [observed, discussed, reflected], [], [true, true, true]],
    [
      'every required method, 1.1 already signed',
      [observed, discussed],
      [signed('s1', 'rows', 1, { rows: ['1.1'] })],
      [false, true, false],
    ],
    [
      'every required method, 1.1 signed then revoked',
      [observed, discussed],
      [signed('s1', 'rows', 1, { rows: ['1.1'], revoked: revokedAt(2) })],
      [true, true, false],
    ],
    [
      'every required method, 1.1 signed then flagged',
      [observed, discussed],
      [signed('s1', 'rows', 1, { rows: ['1.1'], flagged: flaggedAt(2) })],
      [true, true, false],
    ],
  ])('decides per row (1.1, 1.2, 2): %s', (_case, evidence, signOffs, expected) => {
    expect(rows(evidence, signOffs).map(mayBeSigned)).toEqual(expected);
  });
});

describe('signingProblems', () => {
  it('has nothing to say when every row picked may be signed', () => {
    expect(signingProblems(rows([observed, discussed, reflected]), ['1.1', '1.2', '2'])).toEqual(
      [],
    );
  });

  it.each<[string, AcceptedEvidence[], string[], [string, string, string | null, string][]]>([
    [
      'a row without accepted evidence',
      [observed],
      ['2'],
      [['2', 'no_accepted_evidence', null, 'Outcome 2 has no accepted evidence mapped to it yet']],
    ],
    [
      'a row missing a required method',
      [observed],
      ['1.1', '1.2'],
      [
        [
          '1.2',
          'missing_method',
          'professional_discussion',
          'Criterion 1.2 needs accepted evidence by professional discussion',
        ],
      ],
    ],
    [
      'a row missing two methods, each named',
      [reflected, accepted('v5', 'witness_testimony', [mapTo('1', '1.2')])],
      ['1.2'],
      [
        [
          '1.2',
          'missing_method',
          'professional_discussion',
          'Criterion 1.2 needs accepted evidence by professional discussion',
        ],
        [
          '1.2',
          'missing_method',
          'direct_observation',
          'Criterion 1.2 needs accepted evidence by direct observation',
        ],
      ],
    ],
    [
      'a reference that is no row of the unit',
      [observed],
      ['1.9'],
      [['1.9', 'unknown_row', null, '1.9 is not a criterion or outcome of this unit']],
    ],
    [
      'the same row picked twice, said once',
      [],
      ['2', '2'],
      [['2', 'no_accepted_evidence', null, 'Outcome 2 has no accepted evidence mapped to it yet']],
    ],
  ])('names the row and what it lacks: %s', (_case, evidence, selected, expected) => {
    expect(
      signingProblems(rows(evidence), selected).map((problem) => [
        problem.row,
        problem.code,
        problem.method,
        problem.message,
      ]),
    ).toEqual(expected);
  });

  it('refuses a row already signed and counting', () => {
    const signedRows = rows([observed], [signed('s1', 'rows', 1, { rows: ['1.1'] })]);
    expect(signingProblems(signedRows, ['1.1'])).toEqual([
      {
        row: '1.1',
        code: 'already_signed',
        method: null,
        message: 'Criterion 1.1 is already signed',
      },
    ]);
  });
});
