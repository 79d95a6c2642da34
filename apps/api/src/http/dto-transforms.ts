/** Small pieces shared by the request DTOs. */

/** Surrounding spaces are never meant. */
export const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** Emails are stored and compared lower-cased. */
export const normalisedEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** For @ValidateIf: a field that may be null is validated only when it is not. */
export const unlessNull = (_: object, value: unknown) => value !== null;
