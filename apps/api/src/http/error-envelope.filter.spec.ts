import { Logger, type ArgumentsHost } from '@nestjs/common';
import { DomainError, type DomainErrorDetails } from '../errors/domain-error';
import { ErrorEnvelopeFilter } from './error-envelope.filter';

/** What the filter answers for an exception: status, headers and body. */
function answer(exception: unknown) {
  const sent = { status: 0, headers: {} as Record<string, string>, body: undefined as unknown };
  const response = {
    headersSent: false,
    set(headers: Record<string, string>) {
      sent.headers = headers;
      return this;
    },
    status(status: number) {
      sent.status = status;
      return this;
    },
    json(body: unknown) {
      sent.body = body;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as ArgumentsHost;
  new ErrorEnvelopeFilter().catch(exception, host);
  return sent;
}

describe('ErrorEnvelopeFilter', () => {
  // 5xx answers are logged in full; not in this test's output.
  beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it.each<[string, DomainError, number, Record<string, string>]>([
    ['a refusal without details', DomainError.notFound('Learner'), 404, {}],
    [
      'a rate limit, with when to retry',
      new DomainError('RATE_LIMITED', 'Wait', undefined, { retryAfterSeconds: 120 }),
      429,
      { 'Retry-After': '120' },
    ],
    [
      'a body refused unread',
      new DomainError('PAYLOAD_TOO_LARGE', 'Too big', undefined, { bodyLeftUnread: true }),
      413,
      { Connection: 'close' },
    ],
    ['the database away', DomainError.databaseUnavailable(), 503, { 'Retry-After': '5' }],
  ])('maps %s to its status and headers', (_, error, status, headers) => {
    expect(answer(error)).toEqual({
      status,
      headers,
      body: { code: error.code, message: error.message },
    });
  });

  it('keeps the fields at fault in the envelope', () => {
    const error = DomainError.invalid([{ path: 'email', message: 'must be an email address' }]);
    expect(answer(error)).toEqual({
      status: 400,
      headers: {},
      body: {
        code: 'VALIDATION_FAILED',
        message: 'Invalid request: email',
        errors: [{ path: 'email', message: 'must be an email address' }],
      },
    });
  });

  it('carries no HTTP in the error itself', () => {
    const details: DomainErrorDetails = new DomainError('RATE_LIMITED', 'Wait', undefined, {
      retryAfterSeconds: 1,
    }).details;
    expect(details).toEqual({ retryAfterSeconds: 1 });
    expect(DomainError.notFound('Learner')).not.toHaveProperty('status');
    expect(DomainError.notFound('Learner')).not.toHaveProperty('headers');
  });
});
