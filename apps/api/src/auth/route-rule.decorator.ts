import { SetMetadata } from '@nestjs/common';
import type { Role } from '@signoff/contracts';
import type { RouteRule } from '@signoff/domain';

export const ROUTE_RULE = 'signoff:route-rule';

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ROUTE_RULE, { kind: 'public' } satisfies RouteRule);

/** Any signed-in user, whatever their roles. */
export const SignedIn = () => SetMetadata(ROUTE_RULE, { kind: 'signed-in' } satisfies RouteRule);

/** Signed-in users holding at least one of these roles at some centre. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ROUTE_RULE, { kind: 'roles', roles } satisfies RouteRule);
