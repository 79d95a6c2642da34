import type { ErrorCode, FieldError } from '@signoff/contracts';

/** What a refusal says besides its code and message, for the caller to act on. */
export interface DomainErrorDetails {
  /** When trying again can succeed (a rate limit, the database away). */
  retryAfterSeconds?: number;
  /** The request's body was refused before it was read, so the rest of it need not be sent. */
  bodyLeftUnread?: boolean;
}

/**
 * A refusal by a service, policy or rule, meant for the person asking: a code from
 * libs/contracts, a message written for them and the fields at fault. It knows nothing of
 * HTTP: ErrorEnvelopeFilter turns the code into a status and the details into headers, and the
 * command line prints the message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
  }

  static notFound(what: string): DomainError {
    return new DomainError('NOT_FOUND', `${what} not found`);
  }

  /** The database cannot be reached just now; the pool reconnects by itself when it answers. */
  static databaseUnavailable(): DomainError {
    return new DomainError(
      'UNAVAILABLE',
      'Signoff cannot reach its database just now. Try again in a moment.',
      undefined,
      { retryAfterSeconds: 5 },
    );
  }

  static invalid(errors: FieldError[]): DomainError {
    const named = errors.map((error) => error.path).join(', ');
    return new DomainError('VALIDATION_FAILED', `Invalid request: ${named}`, errors);
  }
}
