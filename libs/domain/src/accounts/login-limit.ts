/**
 * Failed logins are counted in fixed windows, per submitted email (whether or not the account
 * exists, so the limit says nothing about who has an account) and per client address.
 */
export interface LoginLimits {
  perEmail: number;
  perAddress: number;
  windowSeconds: number;
}

/** Attempts counted in the current window, the one being judged included. */
export interface LoginAttemptCounts {
  email: number;
  address: number;
}

export type LoginAttemptDecision =
  { allowed: true } | { allowed: false; retryAfterSeconds: number };

export function loginWindowStart(now: Date, windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/**
 * May this attempt have its password checked? Each attempt is counted before the check (and
 * forgiven if it succeeds), so attempts sent at once cannot all slip under the limit.
 */
export function judgeLoginAttempt(
  attempts: LoginAttemptCounts,
  limits: LoginLimits,
  now: Date,
): LoginAttemptDecision {
  if (attempts.email <= limits.perEmail && attempts.address <= limits.perAddress)
    return { allowed: true };
  const windowEnd =
    loginWindowStart(now, limits.windowSeconds).getTime() + limits.windowSeconds * 1000;
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)),
  };
}

/** Emails are compared as the login form would: trimmed and case-insensitive. */
export function loginSubjects(email: string, address: string): { email: string; address: string } {
  return { email: `email:${email.trim().toLowerCase()}`, address: `address:${address}` };
}
