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
  WITNESS_LINK_CLOSED: 410,
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

/**
 * Phrases of class-validator's and Ajv's default messages, written for programmers: none may
 * reach a person. The API's and the web app's tests look for them in every message they can
 * produce.
 */
export const RAW_VALIDATOR_PHRASES: readonly RegExp[] = [
  /longer than or equal to/,
  /shorter than or equal to/,
  /should not be empty/,
  /should not exist/,
  /must be a string/,
  /must be an? (integer number|array|boolean value|UUID|object)\b/,
  /must be an email$/,
  /conforming to the specified constraints/,
  /must not be (less|greater) than/,
  /must contain (no more than|at least|not less than)/,
  /one of the following values/,
  /nested property/,
  /must be either object or array/,
  /unknown value was passed/,
  /must match .* regular expression/,
  /each value in/,
  /must be equal to/,
  /must be [<>]=? ?\d/,
  /must match pattern/,
  /must NOT have/,
  /must match (exactly one|a) schema/,
];
