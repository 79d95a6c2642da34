import { applyDecorators } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse } from '@nestjs/swagger';
import { SIGN_OFF_LIMITS } from '@signoff/contracts';
import type { Response } from 'express';
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

/**
 * A signing route in the OpenAPI document: its Idempotency-Key header, where `replay` says what a
 * replayed key answers; `signed` describes the 201 answer, `replayed` the 200.
 */
export function SigningAnswers(words: { replay: string; signed: string; replayed: string }) {
  return applyDecorators(
    ApiHeader({
      name: 'Idempotency-Key',
      required: true,
      description: `Any unique string up to ${SIGN_OFF_LIMITS.idempotencyKeyMaxLength} characters (a UUID): send a new one with each signing request and the same one when retrying it. A replay answers ${words.replay} (200) and signs nothing more; the same key with a different request is 409.`,
    }),
    ApiCreatedResponse({ description: words.signed }),
    ApiOkResponse({ description: words.replayed }),
  );
}

/** What a signing service answers: what was signed, and whether the key was a replay. */
export interface Replayable<R> {
  record: R;
  replayed: boolean;
}

/** A signing route's answer: 201 for a new signature, 200 for the one a replayed key made first. */
export async function answered<R>(signing: Promise<Replayable<R>>, res: Response): Promise<R> {
  const { record, replayed } = await signing;
  res.status(replayed ? 200 : 201);
  return record;
}
