import type { Membership } from '@signoff/contracts';
import { registerCentresOf } from './witness-register-centres';

const at = (centreId: string, role: Membership['role']): Membership => ({
  centreId,
  centreName: centreId === 'c1' ? 'Demo Care Academy' : 'Harbour View Training',
  role,
});

describe('registerCentresOf', () => {
  it.each([
    ['an assessor keeps the register', [at('c1', 'assessor')], [{ centreId: 'c1', keeps: true }]],
    ['an admin keeps it', [at('c1', 'admin')], [{ centreId: 'c1', keeps: true }]],
    ['an IQA reads it only', [at('c1', 'iqa')], [{ centreId: 'c1', keeps: false }]],
    ['an EQA reads it only', [at('c1', 'eqa')], [{ centreId: 'c1', keeps: false }]],
    ['a learner has none', [at('c1', 'learner')], []],
    [
      'an IQA who also assesses there keeps it, once',
      [at('c1', 'iqa'), at('c1', 'assessor')],
      [{ centreId: 'c1', keeps: true }],
    ],
    [
      'each centre in the order of the memberships',
      [at('c2', 'iqa'), at('c1', 'assessor')],
      [
        { centreId: 'c2', keeps: false },
        { centreId: 'c1', keeps: true },
      ],
    ],
  ] as const)('%s', (_case, memberships, expected) => {
    expect(
      registerCentresOf(memberships).map(({ centreId, keeps }) => ({ centreId, keeps })),
    ).toEqual(expected);
  });
});
