import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/**
 * The address the request came from, as Express reads it (behind a proxy only with
 * TRUST_PROXY): for limits per client address on routes anyone may use.
 */
export const ClientAddress = createParamDecorator(
  (_: unknown, context: ExecutionContext): string =>
    context.switchToHttp().getRequest<Request>().ip ?? 'unknown',
);
