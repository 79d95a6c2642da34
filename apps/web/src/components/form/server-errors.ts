import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { fieldErrorsOf, type FieldErrorOptions } from '../../lib/error-messages';
import type { ProblemWording } from './resolver-from';

export type ServerErrorWording = ProblemWording & FieldErrorOptions;

/**
 * Puts the fields' problems from an API answer (`{ code, message, errors: [{ path, message }] }`)
 * on the form's fields, in the server's words with the field's subject, and moves focus to the
 * first. Answers the form fields marked, in the order the server named them.
 */
export function showServerErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  { subjects = {}, fieldNames = {}, ...options }: ServerErrorWording = {},
): string[] {
  const fields = Object.entries(fieldErrorsOf(error, subjects, options)).map(
    ([path, message]) => [fieldNames[path] ?? path, message] as const,
  );
  fields.forEach(([field, message], index) =>
    setError(field as Path<Values>, { type: 'server', message }, { shouldFocus: index === 0 }),
  );
  return fields.map(([field]) => field);
}
