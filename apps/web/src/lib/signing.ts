import { isApiError } from './api-client';
import { describeError } from './error-messages';

/*
 * What every signature form has in common (signing off rows and units, countersigning, signing
 * and countersigning a record made at the workplace): the signer's password asked again, and a
 * refusal worded for them.
 */

export interface PasswordAnswer {
  password: string;
}

/** A signature needs the password: nothing else is checked before it is sent. */
export function passwordProblems({ password }: PasswordAnswer): Record<string, string> {
  return password === '' ? { password: 'Enter your password to sign.' } : {};
}

/**
 * The words above the form when the signature was refused: none for a wrong password (its field
 * says so), and a reassurance after a lost answer, since the same Idempotency-Key goes again.
 */
export function describeSigningRefusal(error: unknown): string | null {
  if (isApiError(error, 'VALIDATION_FAILED')) return null;
  if (isApiError(error, 'UNAVAILABLE') || isApiError(error, 'INTERNAL'))
    return `${describeError(error)} Signing again is safe: it will not be signed twice.`;
  return describeError(error);
}
