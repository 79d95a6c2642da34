import type { SignOff } from '@signoff/contracts';
import { flagsAfterWithdrawal } from './flags-after-withdrawal';
import { flaggedAt, revokedAt, signed } from './sign-off.fixtures';

describe('flagsAfterWithdrawal', () => {
  it.each<[string, string[], SignOff[], [string, string[]][]]>([
    ['nothing withdrawn', [], [signed('s1', 'rows', 1, { rows: ['1.1'], reliedOn: ['v1'] })], []],
    [
      'a row sign-off that relied on it',
      ['v1'],
      [signed('s1', 'rows', 1, { rows: ['1.1'], reliedOn: ['v1', 'v2'] })],
      [['s1', ['v1']]],
    ],
    [
      'a sign-off that relied on other evidence only',
      ['v1'],
      [signed('s1', 'rows', 1, { rows: ['1.1'], reliedOn: ['v2'] })],
      [],
    ],
    [
      'the unit sign-off and the countersignature too',
      ['v2'],
      [
        signed('s1', 'rows', 1, { rows: ['1.1'], reliedOn: ['v1'] }),
        signed('u', 'unit', 2, { reliedOn: ['v1', 'v2'] }),
        signed('c', 'countersignature', 3, { reliedOn: ['v1', 'v2'] }),
      ],
      [
        ['u', ['v2']],
        ['c', ['v2']],
      ],
    ],
    [
      'several withdrawn at once, each named',
      ['v1', 'v3'],
      [signed('s1', 'rows', 1, { rows: ['1.1', '1.2'], reliedOn: ['v1', 'v2', 'v3'] })],
      [['s1', ['v1', 'v3']]],
    ],
    [
      'a sign-off already revoked or flagged, left alone',
      ['v1'],
      [
        signed('s1', 'rows', 1, { rows: ['1.1'], reliedOn: ['v1'], revoked: revokedAt(2) }),
        signed('s2', 'rows', 3, { rows: ['1.1'], reliedOn: ['v1'], flagged: flaggedAt(4) }),
      ],
      [],
    ],
  ])(
    'flags every standing signature that relied on a withdrawn acceptance: %s',
    (_case, withdrawn, signOffs, flags) => {
      expect(
        flagsAfterWithdrawal(withdrawn, signOffs).map((flag) => [flag.signOffId, flag.withdrawn]),
      ).toEqual(flags);
    },
  );
});
