/**
 * Failed logins are counted in fixed windows, per submitted email at one client address
 * (whether or not the account exists, so the limit says nothing about who has an account), and
 * per address under a higher ceiling. Counting the email per address means nobody elsewhere can
 * lock its owner out, and people sharing one address (a care home's NAT) do not block each other.
 */
export interface LoginLimits {
  /** Per email at one address. */
  perEmail: number;
  /** Per address, for all emails together. */
  perAddress: number;
  windowSeconds: number;
}

/** Attempts counted in the current window, the one being judged included. */
export interface LoginAttemptCounts {
  emailAtAddress: number;
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
  if (attempts.emailAtAddress <= limits.perEmail && attempts.address <= limits.perAddress)
    return { allowed: true };
  const windowEnd =
    loginWindowStart(now, limits.windowSeconds).getTime() + limits.windowSeconds * 1000;
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)),
  };
}

export interface LoginSubjects {
  emailAtAddress: string;
  address: string;
}

/** Emails are compared as the login form would: trimmed and case-insensitive. */
export function loginSubjects(email: string, address: string): LoginSubjects {
  return {
    // JSON keeps any email apart from any address, whatever characters either holds.
    emailAtAddress: `email-at-address:${JSON.stringify([email.trim().toLowerCase(), address])}`,
    address: `address:${address}`,
  };
}
