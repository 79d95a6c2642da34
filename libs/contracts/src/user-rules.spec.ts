import { newUserProblems, rolesProblems } from './user-rules';

const CENTRE = '0b7c4f0e-3f5a-4c1e-9d2a-6a1f3e5b7c9d';
const person = {
  email: 'sam.carter@example.org',
  displayName: 'Sam Carter',
  roles: [{ centreId: CENTRE, role: 'assessor' }],
};

describe('newUserProblems', () => {
  it.each([
    [{}, []],
    [{ email: 'sam' }, ['email must be an email address']],
    [{ email: `${'s'.repeat(250)}@example.org` }, ['email must be at most 254 characters long']],
    [{ displayName: '' }, ['displayName must be filled in']],
    [{ displayName: 'S'.repeat(121) }, ['displayName must be at most 120 characters long']],
    [{ roles: [] }, ['roles must give the person at least one role']],
    [
      { roles: [{ centreId: 'x', role: 'boss' }] },
      [
        'roles.0.centreId must be a centre id',
        'roles.0.role must be one of: admin, assessor, iqa, eqa, learner',
      ],
    ],
  ])('%j: %j', (change, expected) => {
    expect(newUserProblems({ ...person, ...change }).map((p) => `${p.path} ${p.message}`)).toEqual(
      expected,
    );
  });
});

describe('rolesProblems', () => {
  it('takes an empty set, which removes every role at the caller’s centres', () => {
    expect(rolesProblems({ roles: [] })).toEqual([]);
  });

  it('refuses a grant of no known role', () => {
    expect(rolesProblems({ roles: [{ centreId: CENTRE, role: 'owner' }] })).toEqual([
      { path: 'roles.0.role', message: 'must be one of: admin, assessor, iqa, eqa, learner' },
    ]);
  });
});
