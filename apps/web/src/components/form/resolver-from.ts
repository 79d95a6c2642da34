import type { FieldError as ProblemAtPath } from '@signoff/contracts';
import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { describeFieldErrors } from '../../lib/error-messages';

/**
 * What a check of a form's values finds: problems as the API and the rules of libs/domain word
 * them (`{ path, message }`, the message a predicate such as "must be after the start date"), or
 * sentences already keyed by path.
 */
export type FormProblems = readonly ProblemAtPath[] | Readonly<Record<string, string>>;

export interface ProblemWording {
  /** Field → words that make a predicate a sentence ("Planned end date must be …"). */
  subjects?: Readonly<Record<string, string>>;
  /** Where a request's path is not the form field's name: `employer.organisation` → `employerOrganisation`. */
  fieldNames?: Readonly<Record<string, string>>;
}

/** The problems as sentences, keyed by the form field each belongs to. */
export function problemsByField(
  problems: FormProblems,
  { subjects = {}, fieldNames = {} }: ProblemWording = {},
): Record<string, string> {
  const sentences = Array.isArray(problems)
    ? describeFieldErrors(problems as readonly ProblemAtPath[], subjects, { fullPaths: true })
    : (problems as Readonly<Record<string, string>>);
  const byField: Record<string, string> = {};
  for (const [path, message] of Object.entries(sentences)) {
    const field = fieldNames[path] ?? path;
    byField[field] = byField[field] ? `${byField[field]} ${message}` : message;
  }
  return byField;
}

/**
 * A react-hook-form resolver from a plain check of the values, so a form validates with the same
 * function the feature's lib (or libs/contracts) exports and has no rules of its own. Values pass
 * through unchanged: the submit handler builds the request.
 */
export function resolverFrom<Values extends FieldValues>(
  check: (values: Values) => FormProblems,
  wording: ProblemWording = {},
): Resolver<Values> {
  return (values, _context, options) => {
    const found = problemsByField(check(values), wording);
    if (Object.keys(found).length === 0) return { values, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const [field, message] of Object.entries(found))
      errors[field] = { type: 'check', message };
    return { values: {}, errors: toNestErrors<Values>(errors as FieldErrors, options) };
  };
}
