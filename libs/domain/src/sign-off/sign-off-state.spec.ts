import type { SignOff } from '@signoff/contracts';
import { newestSignOff, signOffState } from './sign-off-state';
import { flaggedAt, revokedAt, signed } from './sign-off.fixtures';

describe('newestSignOff', () => {
  it.each<[string, SignOff[], string | null]>([
    ['none', [], null],
    [
      'the later in time, whatever the list order',
      [signed('b', 'unit', 5), signed('a', 'unit', 1)],
      'b',
    ],
    ['the later in the list on a tie', [signed('a', 'unit', 1), signed('b', 'unit', 1)], 'b'],
  ])('picks %s', (_case, signOffs, id) => {
    expect(newestSignOff(signOffs)?.id ?? null).toBe(id);
  });
});

describe('signOffState', () => {
  it.each<[string, SignOff | null, string]>([
    ['no signature', null, 'unsigned'],
    ['a standing signature', signed('a', 'rows', 1), 'signed'],
    ['a revoked one', signed('a', 'rows', 1, { revoked: revokedAt(2) }), 'revoked'],
    ['a flagged one', signed('a', 'rows', 1, { flagged: flaggedAt(2) }), 'flagged'],
    [
      'one both flagged and revoked, the revocation being deliberate',
      signed('a', 'rows', 1, { flagged: flaggedAt(2), revoked: revokedAt(3) }),
      'revoked',
    ],
  ])('calls %s %s', (_case, signOff, status) => {
    expect(signOffState(signOff).status).toBe(status);
  });
});
