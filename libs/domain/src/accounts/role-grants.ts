import { isRole, type Role, type RoleGrant } from '@signoff/contracts';

export interface GrantProblem {
  path: string;
  message: string;
}

export interface RoleChange {
  add: RoleGrant[];
  remove: RoleGrant[];
}

const key = (grant: RoleGrant): string => `${grant.centreId}/${grant.role}`;

/**
 * An admin replaces a user's roles at the centres the admin administers; grants at other centres
 * are neither shown to nor changed by them. An admin cannot take away their own admin role, so a
 * centre is never left without the person who was managing it by a slip of the mouse.
 */
export function planRoleChange(input: {
  actorId: string;
  subjectId: string;
  administeredCentres: readonly string[];
  current: readonly RoleGrant[];
  requested: readonly RoleGrant[];
}): { ok: true; change: RoleChange } | { ok: false; problems: GrantProblem[] } {
  const problems = grantProblems(input.requested, input.administeredCentres, 'roles');
  if (problems.length > 0) return { ok: false, problems };

  const inScope = input.current.filter((grant) =>
    input.administeredCentres.includes(grant.centreId),
  );
  const wanted = new Set(input.requested.map(key));
  const held = new Set(inScope.map(key));
  const change: RoleChange = {
    add: input.requested.filter((grant) => !held.has(key(grant))),
    remove: inScope.filter((grant) => !wanted.has(key(grant))),
  };
  if (input.actorId === input.subjectId && change.remove.some((grant) => grant.role === 'admin')) {
    return {
      ok: false,
      problems: [{ path: 'roles', message: 'you cannot remove your own admin role' }],
    };
  }
  return { ok: true, change };
}

/** Grants an admin may hand out: known roles, at centres they administer, each once. */
export function grantProblems(
  requested: readonly RoleGrant[],
  administeredCentres: readonly string[],
  path: string,
): GrantProblem[] {
  const problems: GrantProblem[] = [];
  const seen = new Set<string>();
  requested.forEach((grant, index) => {
    if (!isRole(grant.role)) {
      problems.push({ path: `${path}.${index}.role`, message: 'is not a role' });
    }
    if (!administeredCentres.includes(grant.centreId)) {
      problems.push({
        path: `${path}.${index}.centreId`,
        message: 'is not a centre you administer',
      });
    }
    if (seen.has(key(grant))) {
      problems.push({ path: `${path}.${index}`, message: 'repeats an earlier role' });
    }
    seen.add(key(grant));
  });
  return problems;
}

export function distinctRoles(grants: readonly { role: Role }[]): Role[] {
  return [...new Set(grants.map((grant) => grant.role))];
}
