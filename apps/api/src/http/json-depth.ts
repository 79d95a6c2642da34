import { MAX_JSON_DEPTH } from '@signoff/contracts';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../errors/domain-error';

/**
 * Refuses a JSON body nested deeper than MAX_JSON_DEPTH, right after parsing: validation,
 * transformation and logging all recurse, and 100,000 nested arrays overflow their stack.
 * JSON.parse itself does not recurse, and this walk does not either.
 */
export function refuseDeepJson(req: Request, _res: Response, next: NextFunction): void {
  if (nestsDeeperThan(req.body, MAX_JSON_DEPTH)) {
    next(
      new DomainError(
        'MALFORMED_REQUEST',
        `The request body nests more than ${MAX_JSON_DEPTH} levels deep; send it flatter`,
      ),
    );
    return;
  }
  next();
}

function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > maxDepth) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}
