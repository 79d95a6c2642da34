import { refuseUntilWindowEnds, type RateLimitDecision } from '../limits/fixed-window';

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

/**
 * May this attempt have its password checked? Each attempt is counted before the check (and
 * forgiven if it succeeds), so attempts sent at once cannot all slip under the limit.
 */
export function judgeLoginAttempt(
  attempts: LoginAttemptCounts,
  limits: LoginLimits,
  now: Date,
): RateLimitDecision {
  if (attempts.emailAtAddress <= limits.perEmail && attempts.address <= limits.perAddress)
    return { allowed: true };
  return refuseUntilWindowEnds(now, limits.windowSeconds);
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
