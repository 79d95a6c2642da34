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

  static invalid(errors: FieldError[]): ApiError {
    const named = errors.map((error) => error.path).join(', ');
    return new ApiError('VALIDATION_FAILED', `Invalid request: ${named}`, errors);
  }
}
