import type { ErrorCode, FieldError } from '@signoff/contracts';
import { waitInWords } from '@signoff/domain';
import { isApiError } from './api-client';

/**
 * The words people see for each error code. `null`: the code is too general for fixed words
 * (a CONFLICT may be "you cannot disable yourself"), so the server's message is shown.
 */
export const ERROR_MESSAGES: Record<ErrorCode, string | null> = {
  VALIDATION_FAILED: 'Some answers need correcting. Check the fields marked below.',
  MALFORMED_REQUEST: 'The request could not be understood. Reload the page and try again.',
  UNAUTHENTICATED: 'Your session has ended. Sign in again to continue.',
  INVALID_CREDENTIALS: 'Email or password is incorrect. Check both and try again.',
  FORBIDDEN: 'You do not have permission to do that. Ask your centre administrator if you need to.',
  CROSS_ORIGIN_REQUEST:
    'The request was refused because it came from another site. Open Signoff directly and try again.',
  NOT_FOUND:
    'We could not find that. It may have been removed or you may not have access. Reload the page to see what is there now.',
  EMAIL_TAKEN:
    'Someone at your centre already has an account with this email address. Find them in the list of people and change their roles, or use another address.',
  CONFLICT: null,
  NOT_PUBLISHABLE:
    'This version cannot be published yet. Put right the problems listed, save, then publish.',
  ALREADY_PUBLISHED:
    'This version has already been published. Reload the page to see the latest versions.',
  ENTRY_REQUIREMENTS_NOT_MET:
    'The learner does not meet an entry requirement. An admin may enrol them anyway by giving a reason.',
  // Which statuses may follow which is the server's to say: its message names both.
  STATUS_CHANGE_REFUSED: null,
  UNSUPPORTED_MEDIA_TYPE:
    'The file was not sent in the format expected. Choose the right kind of file and try again.',
  RESET_LINK_INVALID:
    'This password link has expired or has already been used. Ask your centre administrator for a new one.',
  // Expired, revoked or already used: the server's words say which, and whom to ask.
  WITNESS_LINK_CLOSED: null,
  PAYLOAD_TOO_LARGE: 'That is too large to upload. Make it smaller or split it, then try again.',
  // The server says what was limited and how long to wait.
  RATE_LIMITED: null,
  INTERNAL: 'Something went wrong on our side. Try again in a moment.',
  UNAVAILABLE: 'Signoff cannot be reached right now. Check your connection and try again.',
};

const FALLBACK = 'Something went wrong on our side. Try again in a moment.';

export function describeError(error: unknown): string {
  if (!isApiError(error)) return FALLBACK;
  if (error.code === 'RATE_LIMITED' && !error.message) {
    // A proxy's bare 429 says neither what was limited nor, perhaps, for how long.
    const wait = error.retryAfterSeconds ? waitInWords(error.retryAfterSeconds) : 'a minute';
    return `Too many attempts. Wait ${wait}, then try again.`;
  }
  return ERROR_MESSAGES[error.code] ?? (error.message || FALLBACK);
}

/**
 * Why an upload of evidence failed. A refused file gets the server's own words, which name what
 * was wrong with it and what to do ("This file holds a PNG image, but its name ends in .pdf,
 * ..."); the table's words for the same code are about the request, not the file.
 */
export function describeUploadError(error: unknown): string {
  if (isApiError(error, 'UNSUPPORTED_MEDIA_TYPE') && error.message) return sentence(error.message);
  if (isApiError(error, 'VALIDATION_FAILED') && error.errors[0]?.path === 'file')
    return sentence(`The file ${error.errors[0].message}`);
  if (isApiError(error, 'PAYLOAD_TOO_LARGE'))
    return error.message ? sentence(error.message) : (ERROR_MESSAGES.PAYLOAD_TOO_LARGE ?? FALLBACK);
  if (isApiError(error, 'CONFLICT'))
    return `${sentence(error.message)} Reload the page to see the evidence as it is now.`;
  if (isApiError(error, 'UNAVAILABLE') || isApiError(error, 'MALFORMED_REQUEST'))
    return 'The upload was interrupted. Check your connection and try again.';
  return describeError(error);
}

/**
 * Whether sending the same file again could succeed: not when the server refused the file
 * itself (its kind, its size, its name) or the draft cannot take it; yes when the connection
 * or the server failed. A "Try again" is offered only then.
 */
export function uploadMayBeRetried(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return !(
    [
      'UNSUPPORTED_MEDIA_TYPE',
      'PAYLOAD_TOO_LARGE',
      'VALIDATION_FAILED',
      'CONFLICT',
      'FORBIDDEN',
      'NOT_FOUND',
    ] as ErrorCode[]
  ).includes(error.code);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/** Where a field error is shown: by its form field, or by its whole path. */
export interface FieldErrorOptions {
  /**
   * Key each error by its whole path (`englishEvidence.0.overall`), for forms whose repeated
   * fields are named so; subjects may then name a path pattern with `*` for any index
   * (`englishEvidence.*.overall`).
   */
  fullPaths?: boolean;
}

function subjectOf(path: string, subjects: Record<string, string>): string | undefined {
  return (
    subjects[path] ??
    subjects[path.replace(/\.\d+(?=\.|$)/g, '.*')] ??
    subjects[path.split('.')[0] ?? path]
  );
}

/**
 * Field errors from a VALIDATION_FAILED answer, keyed by the form field (the first segment of
 * the path: `roles.0.centreId` belongs to `roles`), or by the whole path when asked. The API
 * words them as predicates ("must be an email address"), so each gets its field's subject:
 * "Email address must be an email address."
 */
export function fieldErrorsOf(
  error: unknown,
  subjects: Record<string, string> = {},
  options: FieldErrorOptions = {},
): Record<string, string> {
  if (!isApiError(error)) return {};
  const fields = describeFieldErrors(error.errors, subjects, options);
  // The table's words, not the server's, for the one field a taken email concerns.
  if (error.code === 'EMAIL_TAKEN') fields['email'] = ERROR_MESSAGES.EMAIL_TAKEN ?? '';
  return fields;
}

/**
 * Problems worded as the API words them (its answer, or a rule of libs/domain checked in the
 * form before sending), as sentences keyed by form field.
 */
export function describeFieldErrors(
  errors: readonly FieldError[],
  subjects: Record<string, string> = {},
  { fullPaths = false }: FieldErrorOptions = {},
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const fieldError of errors) {
    const field = fullPaths ? fieldError.path : fieldError.path.split('.')[0] || fieldError.path;
    const words = problemSentence(
      fieldError.message,
      subjectOf(fullPaths ? fieldError.path : field, subjects),
    );
    fields[field] = fields[field] && fields[field] !== words ? `${fields[field]} ${words}` : words;
  }
  return fields;
}

/**
 * A problem as a sentence: one worded as a predicate, as the API and the rules word them ("must
 * be a number"), gets its field's subject ("Credits must be a number."); other words are only
 * capitalised and stopped.
 */
export function problemSentence(message: string, subject?: string): string {
  const predicate = /^(must|is|are|should|has|have|cannot|can't)\b/i.test(message);
  return sentence(subject && predicate ? `${subject} ${message}` : message);
}
