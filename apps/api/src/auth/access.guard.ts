import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { decideRouteAccess, distinctRoles, type RouteRule } from '@signoff/domain';
import { DomainError } from '../errors/domain-error';
import type { RequestWithActor } from './actor';
import { ROUTE_RULE } from './route-rule.decorator';
import { sessionTokenOf } from './session-cookie';
import { SessionsService } from './sessions.service';

/**
 * Runs on every route: resolves the session, then applies the route's declared rule. A route
 * that declares none refuses everyone, so a forgotten decorator fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<RouteRule | undefined>(ROUTE_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = context.switchToHttp().getRequest<RequestWithActor>();
    const token = sessionTokenOf(req);
    const holder = token === undefined ? null : await this.sessions.resolve(token);
    if (holder !== null) {
      req.actor = {
        userId: holder.userId,
        email: holder.email,
        displayName: holder.displayName,
        memberships: holder.memberships,
        sessionTokenHash: holder.tokenHash,
        requestId: String(req.id ?? ''),
      };
    }
    if (rule === undefined)
      this.logger.error(`No access rule declared on ${req.method} ${req.path}`);

    switch (decideRouteAccess(rule, holder === null ? null : distinctRoles(holder.memberships))) {
      case 'allowed':
        return true;
      case 'unauthenticated':
        throw new DomainError('UNAUTHENTICATED', 'Sign in to continue');
      case 'forbidden':
        throw new DomainError('FORBIDDEN', 'Your role does not allow this');
    }
  }
}
