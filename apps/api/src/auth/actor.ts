import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Membership, Role } from '@signoff/contracts';
import type { Request } from 'express';

/**
 * The signed-in person making this request, as the access guard resolved them, with the roles
 * they hold now at the centres where they are not suspended.
 */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  memberships: Membership[];
  sessionTokenHash: string;
  requestId: string;
}

export type RequestWithActor = Request & { actor?: Actor; id?: string | number };

/** Centres at which the actor holds `role`. */
export function centresWhere(actor: Actor, role: Role): string[] {
  return actor.memberships
    .filter((membership) => membership.role === role)
    .map((membership) => membership.centreId);
}

/** Does the actor hold `role` at this centre now (and not suspended there)? */
export function holdsRoleAt(actor: Actor, role: Role, centreId: string): boolean {
  return centresWhere(actor, role).includes(centreId);
}

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<RequestWithActor>().actor;
  // The guard runs first and refuses anonymous requests to routes that take an actor.
  if (!actor) throw new Error('CurrentActor used on a route that does not require sign-in');
  return actor;
});
