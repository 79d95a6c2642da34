import type { Role } from '@signoff/contracts';

/**
 * Who may use a route at all. Every route declares one; per-record checks (centre, caseload)
 * come after, in the capability's policy.
 */
export type RouteRule =
  { kind: 'public' } | { kind: 'signed-in' } | { kind: 'roles'; roles: readonly Role[] };

export type RouteAccess = 'allowed' | 'unauthenticated' | 'forbidden';

/** `heldRoles` is null when the request carries no valid session; `rule` undefined when the
 * route declared none, which refuses: forgetting a rule must never open a route. */
export function decideRouteAccess(
  rule: RouteRule | undefined,
  heldRoles: readonly Role[] | null,
): RouteAccess {
  if (rule?.kind === 'public') return 'allowed';
  if (heldRoles === null) return 'unauthenticated';
  if (rule === undefined) return 'forbidden';
  if (rule.kind === 'signed-in') return 'allowed';
  return rule.roles.some((role) => heldRoles.includes(role)) ? 'allowed' : 'forbidden';
}
