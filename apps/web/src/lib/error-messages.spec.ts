import {
  ERROR_CODES,
  RAW_VALIDATOR_PHRASES,
  type ErrorCode,
  type ErrorEnvelope,
} from '@signoff/contracts';
import { ApiError } from './api-client';
import {
  describeError,
  describeUploadError,
  ERROR_MESSAGES,
  fieldErrorsOf,
  problemSentence,
  uploadMayBeRetried,
} from './error-messages';

const CODES = Object.keys(ERROR_CODES) as ErrorCode[];
const apiError = (code: ErrorCode, envelope: Partial<ErrorEnvelope> = {}) =>
  new ApiError(ERROR_CODES[code], { code, message: 'from the server', ...envelope });
const isRaw = (text: string) => RAW_VALIDATOR_PHRASES.some((phrase) => phrase.test(text));

/** Words that tell a person what to do next. */
const NEXT_STEP =
  /\b(try again|check|sign in|reload|ask|choose|wait|put right|open|use|make|may enrol)\b/i;

describe('the words for each error code', () => {
  it.each(CODES)('%s: a sentence that says what to do next, or the server’s words', (code) => {
    const words = ERROR_MESSAGES[code];
    if (words === null) {
      // Too general for fixed words: the server's message, written for people, is shown.
      expect(describeError(apiError(code))).toBe('from the server');
      return;
    }
    expect(words).toMatch(/^[A-Z].*\.$/);
    expect(words).toMatch(NEXT_STEP);
    expect(isRaw(words)).toBe(false);
    expect(describeError(apiError(code))).toBe(words);
  });

  it('says how long to wait after a bare 429 from a proxy', () => {
    const bare = (retryAfter?: number) =>
      new ApiError(429, { code: 'RATE_LIMITED', message: '' }, retryAfter);
    expect(describeError(bare(90))).toBe('Too many attempts. Wait 2 minutes, then try again.');
    expect(describeError(bare())).toBe('Too many attempts. Wait a minute, then try again.');
  });

  it('says something to act on when the error is not the API’s', () => {
    expect(describeError(new TypeError('Failed to fetch'))).toMatch(NEXT_STEP);
  });
});

describe('field messages', () => {
  it('name the field before the API’s predicate', () => {
    const error = apiError('VALIDATION_FAILED', {
      errors: [{ path: 'displayName', message: 'must be at most 120 characters long' }],
    });
    expect(fieldErrorsOf(error, { displayName: 'Name' })).toEqual({
      displayName: 'Name must be at most 120 characters long.',
    });
  });

  it.each([
    ['must be a whole number', 'Credits', 'Credits must be a whole number.'],
    ['has no learning outcomes', undefined, 'Has no learning outcomes.'],
    ['  Unit 2: is it right? ', 'Credits', 'Unit 2: is it right?'],
  ])('word "%s" said of %s as a sentence', (message, subject, sentence) => {
    expect(problemSentence(message, subject)).toBe(sentence);
  });
});

describe('uploads', () => {
  it.each([
    ['UNSUPPORTED_MEDIA_TYPE', false],
    ['PAYLOAD_TOO_LARGE', false],
    ['VALIDATION_FAILED', false],
    ['CONFLICT', false],
    ['FORBIDDEN', false],
    ['NOT_FOUND', false],
    ['UNAVAILABLE', true],
    ['INTERNAL', true],
    ['MALFORMED_REQUEST', true],
    ['RATE_LIMITED', true],
    ['UNAUTHENTICATED', true],
  ] as [ErrorCode, boolean][])(
    'after %s, trying the same file again may help: %s',
    (code, retry) => {
      expect(uploadMayBeRetried(apiError(code))).toBe(retry);
    },
  );

  it('may be tried again after the connection failed', () => {
    expect(uploadMayBeRetried(new TypeError('Network request failed'))).toBe(true);
  });

  it('shows the server’s words for a refused file, as a sentence', () => {
    expect(
      describeUploadError(
        apiError('UNSUPPORTED_MEDIA_TYPE', {
          message: 'This file holds plain text, but its name ends in .pdf',
        }),
      ),
    ).toBe('This file holds plain text, but its name ends in .pdf.');
  });

  it('says an interrupted upload may be tried again', () => {
    expect(describeUploadError(apiError('MALFORMED_REQUEST'))).toMatch(/try again/);
  });
});
