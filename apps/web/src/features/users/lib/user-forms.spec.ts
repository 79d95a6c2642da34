import {
  newUserFormProblems,
  rolesFormProblems,
  toNewUserRequest,
  toRoleGrants,
  toRoleSelection,
} from './user-forms';

const CENTRE = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

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

describe('newUserFormProblems', () => {
  it('asks for an email address, a name and at least one role by the API’s rules', () => {
    expect(newUserFormProblems({ email: ' ', displayName: '', roles: { [CENTRE]: [] } })).toEqual([
      { path: 'email', message: 'must be filled in' },
      { path: 'displayName', message: 'must be filled in' },
      { path: 'roles', message: 'must give the person at least one role' },
    ]);
  });

  it('refuses an address that is not one, as the API would', () => {
    expect(
      newUserFormProblems({ email: 'sam.patel', displayName: 'Sam', roles: { [CENTRE]: ['iqa'] } }),
    ).toEqual([{ path: 'email', message: 'must be an email address' }]);
  });

  it('sends the answers trimmed, with the ticked roles as grants', () => {
    const answers = {
      email: ' sam@example.test ',
      displayName: ' Sam Patel ',
      roles: { [CENTRE]: ['iqa' as const] },
    };

    expect(newUserFormProblems(answers)).toEqual([]);
    expect(toNewUserRequest(answers)).toEqual({
      email: 'sam@example.test',
      displayName: 'Sam Patel',
      roles: [{ centreId: CENTRE, role: 'iqa' }],
    });
  });

  it('puts a problem with one grant on the role boxes, which are one field', () => {
    expect(
      newUserFormProblems({
        email: 'sam@example.test',
        displayName: 'Sam',
        roles: { c1: ['iqa'] },
      }),
    ).toEqual([{ path: 'roles', message: 'must be a centre id' }]);
  });
});

describe('rolesFormProblems', () => {
  it('refuses to take every role away, pointing to disabling instead', () => {
    expect(rolesFormProblems({ roles: {} })).toEqual([
      {
        path: 'roles',
        message: 'Choose at least one role. To stop someone signing in, disable them instead.',
      },
    ]);
    expect(rolesFormProblems({ roles: { [CENTRE]: ['assessor'] } })).toEqual([]);
  });
});
