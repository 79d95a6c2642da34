import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { ERROR_CODES, type ErrorCode, type ErrorEnvelope } from '@signoff/contracts';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { DomainError, type DomainErrorDetails } from '../errors/domain-error';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'MALFORMED_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

/** Body-parser errors carry a `type` and a status of their own. */
interface ParserError {
  type: string;
  status: number;
}

/**
 * One envelope for every error: `{ code, message, errors? }`. A DomainError's code gives the
 * status (ERROR_CODES in libs/contracts) and its details the headers. A database that cannot be reached
 * becomes 503 with Retry-After wherever it surfaces; anything else unexpected becomes a bare 500
 * in the response (no stack, no SQL). Both get a full entry in the log.
 */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private readonly logger = new Logger(ErrorEnvelopeFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const [status, envelope, headers] = this.describe(exception);
    if (status >= 500) this.logger.error(exception);
    if (response.headersSent) return;
    response.set(headers).status(status).json(envelope);
  }

  private describe(exception: unknown): [number, ErrorEnvelope, Record<string, string>] {
    if (exception instanceof DomainError) {
      const envelope: ErrorEnvelope = { code: exception.code, message: exception.message };
      if (exception.errors) envelope.errors = exception.errors;
      return [ERROR_CODES[exception.code], envelope, headersFor(exception.details)];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST');
      const message =
        status === 404
          ? 'No such route'
          : status >= 500
            ? 'Something went wrong'
            : exception.message;
      return [status, { code, message }, {}];
    }
    if (isParserError(exception)) {
      if (exception.type === 'entity.too.large') {
        return [413, { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' }, {}];
      }
      return [
        400,
        { code: 'MALFORMED_REQUEST', message: 'The request body is not valid JSON' },
        {},
      ];
    }
    if (isDatabaseUnavailable(exception)) return this.describe(DomainError.databaseUnavailable());
    return [500, { code: 'INTERNAL', message: 'Something went wrong' }, {}];
  }
}

function headersFor(details: DomainErrorDetails): Record<string, string> {
  const headers: Record<string, string> = {};
  if (details.retryAfterSeconds !== undefined)
    headers['Retry-After'] = String(details.retryAfterSeconds);
  // Closing the connection lets the client stop sending a body that will not be read.
  if (details.bodyLeftUnread) headers.Connection = 'close';
  return headers;
}

function isParserError(value: unknown): value is ParserError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ParserError).type === 'string' &&
    typeof (value as ParserError).status === 'number'
  );
}
