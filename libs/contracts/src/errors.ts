/**
 * Every error the API answers with has one envelope and one of these codes. The web app maps
 * codes to words; the message is a fallback written for people, never a stack trace or SQL.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CROSS_ORIGIN_REQUEST: 403,
  NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  CONFLICT: 409,
  NOT_PUBLISHABLE: 409,
  ALREADY_PUBLISHED: 409,
  ENTRY_REQUIREMENTS_NOT_MET: 409,
  STATUS_CHANGE_REFUSED: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RESET_LINK_INVALID: 410,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface FieldError {
  /** Dotted path of the offending field in the request body, e.g. `roles.0.centreId`. */
  path: string;
  message: string;
}

export interface ErrorEnvelope {
  code: ErrorCode;
  message: string;
  errors?: FieldError[];
}
