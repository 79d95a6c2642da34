import { ERROR_CODES, type ErrorCode, type FieldError } from '@signoff/contracts';

/** An error meant for the caller: its code fixes the status and the envelope's `code`. */
export class ApiError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = ERROR_CODES[code];
  }

  static notFound(what: string): ApiError {
    return new ApiError('NOT_FOUND', `${what} not found`);
  }

  /** The database cannot be reached just now; the pool reconnects by itself when it answers. */
  static databaseUnavailable(): ApiError {
    return new ApiError(
      'UNAVAILABLE',
      'Signoff cannot reach its database just now. Try again in a moment.',
      undefined,
      { 'Retry-After': '5' },
    );
  }

  static invalid(errors: FieldError[]): ApiError {
    const named = errors.map((error) => error.path).join(', ');
    return new ApiError('VALIDATION_FAILED', `Invalid request: ${named}`, errors);
  }
}
