/**
 * Rate limits count in fixed windows: whole multiples of the window's length since the epoch,
 * so every process sharing the database agrees on the window without any coordination.
 */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function fixedWindowStart(now: Date, windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** A refusal until the current window ends; never "retry after 0 seconds". */
export function refuseUntilWindowEnds(now: Date, windowSeconds: number): RateLimitDecision {
  const windowEnd = fixedWindowStart(now, windowSeconds).getTime() + windowSeconds * 1000;
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)),
  };
}
