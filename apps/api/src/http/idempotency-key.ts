import { SIGN_OFF_LIMITS } from '@signoff/contracts';
import { DomainError } from '../errors/domain-error';

/**
 * The header that makes a retried signing request sign once (a sign-off, a record's signature or
 * countersignature): required, and not too long.
 */
export function requireIdempotencyKey(key: string | undefined): string {
  if (key !== undefined && key.length > 0 && key.length <= SIGN_OFF_LIMITS.idempotencyKeyMaxLength)
    return key;
  const message =
    key === undefined || key.length === 0
      ? 'is required: send a new unique key (a UUID) with each signing request, and the same key when retrying it'
      : `must be at most ${SIGN_OFF_LIMITS.idempotencyKeyMaxLength} characters long`;
  throw new DomainError('VALIDATION_FAILED', `The Idempotency-Key header ${message}`, [
    { path: 'Idempotency-Key', message },
  ]);
}
