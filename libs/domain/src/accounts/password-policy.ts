import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@signoff/contracts';

/**
 * NIST SP 800-63B style: length over composition rules, and no password that is guessable from
 * the account itself or from the lists attackers try first.
 */
const COMMONLY_BREACHED = new Set([
  'password1234',
  'password12345',
  'password123456',
  '123456789012',
  'qwertyuiop12',
  'qwertyuiopasdf',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'changeme1234',
  'administrator',
  'passwordpassword',
]);

export interface PasswordContext {
  email: string;
  displayName?: string;
}

/** The reasons a password is refused, empty when it is acceptable. */
export function passwordProblems(password: string, context: PasswordContext): string[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return [`must be at least ${PASSWORD_MIN_LENGTH} characters`];
  if (length > PASSWORD_MAX_LENGTH) return [`must be at most ${PASSWORD_MAX_LENGTH} characters`];

  const lowered = password.toLowerCase();
  const problems: string[] = [];
  if (new Set(lowered).size <= 2) problems.push('must not repeat one or two characters');
  if (COMMONLY_BREACHED.has(lowered)) problems.push('is a commonly used password');
  const localPart = context.email.toLowerCase().split('@')[0] ?? '';
  if (
    lowered === context.email.toLowerCase() ||
    (localPart.length >= 4 && lowered.includes(localPart))
  ) {
    problems.push('must not contain your email address');
  }
  const name = context.displayName?.toLowerCase().replace(/\s+/g, '') ?? '';
  if (name.length >= 4 && lowered.replace(/\s+/g, '').includes(name)) {
    problems.push('must not contain your name');
  }
  return problems;
}
