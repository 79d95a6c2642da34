import { useState } from 'react';
import { ERROR_MESSAGES, fieldErrorsOf, type FieldErrorOptions } from '../lib/error-messages';

export type FieldErrors = Record<string, string>;

interface ErrorState {
  source: unknown;
  errors: FieldErrors;
  /** The errors came from the checks on submit, not from the API. */
  fromChecks: boolean;
}

/**
 * A form's field errors: the checks made on submit and the API's answer. An error shows until
 * the person edits its field (`clear`), never disappearing on blur: that would shift the layout
 * under the pointer between press and release, and the click on Submit would miss.
 *
 * `subjects` (field → words) must be a constant: it names fields in the API's messages.
 */
export function useFormErrors(
  serverError: unknown,
  subjects: Readonly<Record<string, string>>,
  options: FieldErrorOptions = {},
) {
  const [state, setState] = useState<ErrorState>({
    source: serverError,
    errors: {},
    fromChecks: false,
  });
  let current = state;
  if (state.source !== serverError) {
    // A new answer from the API replaces whatever was shown.
    current = {
      source: serverError,
      errors: fieldErrorsOf(serverError, subjects, options),
      fromChecks: false,
    };
    setState(current);
  }

  /** Shows what failed and focuses the first failing field; true when nothing failed. */
  function passes(form: HTMLFormElement, found: FieldErrors): boolean {
    setState({ source: serverError, errors: found, fromChecks: true });
    const first = Object.keys(found)[0];
    if (first === undefined) return true;
    const field = form.elements.namedItem(first);
    const target = field instanceof RadioNodeList ? field[0] : field;
    if (target instanceof HTMLElement) target.focus();
    return false;
  }

  function clear(field: string) {
    setState((previous) => {
      if (!(field in previous.errors)) return previous;
      const { [field]: _cleared, ...rest } = previous.errors;
      return { ...previous, errors: rest };
    });
  }

  /** The message above the form: the checks' summary, or else what `describe` says of the API's answer. */
  function summary(describe: () => string | null): string | null {
    if (!current.fromChecks) return describe();
    return Object.keys(current.errors).length > 0 ? ERROR_MESSAGES.VALIDATION_FAILED : null;
  }

  return {
    /** Stable between changes: React Aria shows errors afresh whenever it gets a new object. */
    errors: current.errors,
    passes,
    clear,
    summary,
  };
}
