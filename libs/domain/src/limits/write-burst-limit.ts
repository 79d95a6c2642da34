import { refuseUntilWindowEnds, type RateLimitDecision } from './fixed-window';

/** Writes a person could repeat by the hundred in a burst (a script, a stuck client). */
export type WriteBurst = 'evidence' | 'upload';

export interface WriteBurstLimit {
  /** Writes of one kind by one person per window; generous enough that real work never meets it. */
  perWindow: number;
  windowSeconds: number;
}

/** May this write go ahead, given the person's writes of its kind in this window, itself included? */
export function judgeWriteBurst(
  writes: number,
  limit: WriteBurstLimit,
  now: Date,
): RateLimitDecision {
  return writes <= limit.perWindow
    ? { allowed: true }
    : refuseUntilWindowEnds(now, limit.windowSeconds);
}
