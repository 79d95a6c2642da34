import type { RoleGrant } from '@signoff/contracts';
import { distinctRoles, grantProblems, planRoleChange } from './role-grants';

const north = 'centre-north';
const south = 'centre-south';

describe('grantProblems', () => {
  it('accepts known roles at administered centres', () => {
    expect(grantProblems([{ centreId: north, role: 'assessor' }], [north], 'roles')).toEqual([]);
  });

  it('names each bad grant by its path', () => {
    const requested = [
      { centreId: north, role: 'assessor' },
      { centreId: south, role: 'iqa' },
      { centreId: north, role: 'owner' },
      { centreId: north, role: 'assessor' },
    ] as RoleGrant[];
    expect(grantProblems(requested, [north], 'roles')).toEqual([
      { path: 'roles.1.centreId', message: 'is not a centre you administer' },
      { path: 'roles.2.role', message: 'is not a role' },
      { path: 'roles.3', message: 'repeats an earlier role' },
    ]);
  });

  it('accepts an empty set', () => {
    expect(grantProblems([], [], 'roles')).toEqual([]);
  });
});

describe('planRoleChange', () => {
  const base = { actorId: 'admin-1', subjectId: 'user-2', administeredCentres: [north] };

  it('adds and removes only the difference', () => {
    const result = planRoleChange({
      ...base,
      current: [
        { centreId: north, role: 'learner' },
        { centreId: north, role: 'assessor' },
      ],
      requested: [
        { centreId: north, role: 'assessor' },
        { centreId: north, role: 'iqa' },
      ],
    });
    expect(result).toEqual({
      ok: true,
      change: {
        add: [{ centreId: north, role: 'iqa' }],
        remove: [{ centreId: north, role: 'learner' }],
      },
    });
  });

  it('leaves grants at centres the admin does not administer untouched', () => {
    const result = planRoleChange({
      ...base,
      current: [{ centreId: south, role: 'assessor' }],
      requested: [],
    });
    expect(result).toEqual({ ok: true, change: { add: [], remove: [] } });
  });

  it('refuses a grant at another centre', () => {
    const result = planRoleChange({
      ...base,
      current: [],
      requested: [{ centreId: south, role: 'admin' }],
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'roles.0.centreId', message: 'is not a centre you administer' }],
    });
  });

  it('refuses an admin removing their own admin role', () => {
    const result = planRoleChange({
      ...base,
      subjectId: 'admin-1',
      current: [{ centreId: north, role: 'admin' }],
      requested: [{ centreId: north, role: 'assessor' }],
    });
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'roles', message: 'you cannot remove your own admin role' }],
    });
  });

  it('lets an admin remove another admin', () => {
    const result = planRoleChange({
      ...base,
      current: [{ centreId: north, role: 'admin' }],
      requested: [],
    });
    expect(result).toEqual({
      ok: true,
      change: { add: [], remove: [{ centreId: north, role: 'admin' }] },
    });
  });

  it('lets an admin change their own other roles', () => {
    const result = planRoleChange({
      ...base,
      subjectId: 'admin-1',
      current: [{ centreId: north, role: 'admin' }],
      requested: [
        { centreId: north, role: 'admin' },
        { centreId: north, role: 'assessor' },
      ],
    });
    expect(result).toEqual({
      ok: true,
      change: { add: [{ centreId: north, role: 'assessor' }], remove: [] },
    });
  });
});

describe('distinctRoles', () => {
  it('lists each role once', () => {
    expect(distinctRoles([{ role: 'assessor' }, { role: 'iqa' }, { role: 'assessor' }])).toEqual([
      'assessor',
      'iqa',
    ]);
  });
});
