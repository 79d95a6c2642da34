import { decideRouteAccess, type RouteRule } from './route-access';

describe('decideRouteAccess', () => {
  const adminsOnly: RouteRule = { kind: 'roles', roles: ['admin'] };
  const staff: RouteRule = { kind: 'roles', roles: ['assessor', 'iqa'] };

  it.each<[string, RouteRule | undefined, Parameters<typeof decideRouteAccess>[1], string]>([
    ['public route, no session', { kind: 'public' }, null, 'allowed'],
    ['public route, signed in', { kind: 'public' }, ['learner'], 'allowed'],
    ['signed-in route, no session', { kind: 'signed-in' }, null, 'unauthenticated'],
    ['signed-in route, any role', { kind: 'signed-in' }, ['eqa'], 'allowed'],
    ['signed-in route, no roles left', { kind: 'signed-in' }, [], 'allowed'],
    ['role route, no session', adminsOnly, null, 'unauthenticated'],
    ['role route, role held', adminsOnly, ['admin'], 'allowed'],
    ['role route, other role', adminsOnly, ['learner'], 'forbidden'],
    ['role route, one of several held', staff, ['learner', 'iqa'], 'allowed'],
    ['role route, no roles', staff, [], 'forbidden'],
    ['undeclared route, no session', undefined, null, 'unauthenticated'],
    ['undeclared route, admin', undefined, ['admin'], 'forbidden'],
  ])('%s → %s', (_case, rule, roles, expected) => {
    expect(decideRouteAccess(rule, roles)).toBe(expected);
  });
});
