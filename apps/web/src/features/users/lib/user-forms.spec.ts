import { newUserProblems, rolesProblems, toRoleGrants, toRoleSelection } from './user-forms';

describe('role selections', () => {
  it('turns the boxes ticked at each centre into grants in the order of ROLES, and back', () => {
    const grants = toRoleGrants({ c1: ['learner', 'admin'], c2: [] });

    expect(grants).toEqual([
      { centreId: 'c1', role: 'admin' },
      { centreId: 'c1', role: 'learner' },
    ]);
    expect(toRoleSelection(grants)).toEqual({ c1: ['admin', 'learner'] });
  });
});

describe('newUserProblems', () => {
  it('asks for an email, a name and at least one role', () => {
    expect(newUserProblems({ email: ' ', displayName: '', roles: { c1: [] } })).toEqual({
      email: 'Enter their email address.',
      displayName: 'Enter their name.',
      roles: 'Choose at least one role.',
    });
    expect(
      newUserProblems({ email: 'sam@example.test', displayName: 'Sam', roles: { c1: ['iqa'] } }),
    ).toEqual({});
  });
});

describe('rolesProblems', () => {
  it('refuses to take every role away, pointing to disabling instead', () => {
    expect(rolesProblems({ roles: {} })).toEqual({
      roles: 'Choose at least one role. To stop someone signing in, disable them instead.',
    });
  });
});
