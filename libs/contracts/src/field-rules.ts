import { CALENDAR_DAY_MESSAGE, isCalendarDay } from './calendar-day';
import type { FieldError } from './errors';

/** The fields of a request as received: nothing about them is trusted yet. */
export type Fields = Readonly<Record<string, unknown>>;

/**
 * The rule of one field of a request. `check` answers the field's problem, worded as a predicate
 * for the person who filled it in ("must be a number"), or null when the value will do; `within`
 * is the object holding the field, for a rule that depends on a sibling (which test an English
 * result is for). A group of fields (`fields`) or a list of them (`entries`) has the rules of
 * its own fields, checked once the group or list itself is sound.
 */
export interface FieldRule {
  check(value: unknown, within: Fields): string | null;
  /** The field may be left out of the request (or, given its siblings, it does not apply). */
  optional?: boolean | ((within: Fields) => boolean);
  fields?: ShapeRules;
  entries?: ShapeRules;
}

/** Each field of a request shape and its rule. */
export type ShapeRules = Readonly<Record<string, FieldRule>>;

const FILL_IN = 'must be filled in';

const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Every problem of a request against its shape's rules, by the field's path (`englishEvidence.0.
 * overall`), in the order of the rules. Fields the rules do not name are not looked at.
 */
export function shapeProblems(rules: ShapeRules, values: unknown, at = ''): FieldError[] {
  if (!isFields(values)) return [{ path: at || 'body', message: 'must be a group of fields' }];
  return Object.entries(rules).flatMap(([field, rule]) => {
    const path = at ? `${at}.${field}` : field;
    const value = values[field];
    if (value === undefined && isOptional(rule, values)) return [];
    const message = fieldProblem(rule, value, values);
    if (message !== null) return [{ path, message }];
    if (rule.fields && isFields(value)) return shapeProblems(rule.fields, value, path);
    if (rule.entries && Array.isArray(value)) {
      const entries = rule.entries;
      return value.flatMap((entry, index) => shapeProblems(entries, entry, `${path}.${index}`));
    }
    return [];
  });
}

/** One field's problem, or null; a field left out is asked for unless the rule lets it be. */
export function fieldProblem(rule: FieldRule, value: unknown, within: Fields): string | null {
  if (value === undefined) return isOptional(rule, within) ? null : FILL_IN;
  return rule.check(value, within);
}

function isOptional(rule: FieldRule, within: Fields): boolean {
  return typeof rule.optional === 'function' ? rule.optional(within) : rule.optional === true;
}

/** Text of `min` to `max` characters once trimmed; a blank is "must be filled in". */
export function text(max: number, { min = 1, tooShort }: { min?: number; tooShort?: string } = {}) {
  return {
    check: (value: unknown) => {
      if (typeof value !== 'string') return 'must be text';
      const length = value.trim().length;
      if (length > max) return `must be at most ${plural(max, 'character', 'characters')} long`;
      if (length < min)
        return tooShort ?? (min === 1 ? FILL_IN : `must be ${min} to ${max} characters long`);
      return null;
    },
  } satisfies FieldRule;
}

/** A number in [min, max]; `step` 1 for whole numbers, 0.5 for whole or half bands. */
export function number({
  min,
  max,
  step,
  stepMessage,
}: {
  min: number;
  max: number;
  step?: number;
  stepMessage?: string;
}) {
  return {
    check: (value: unknown) => {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return step === 1 ? 'must be a whole number' : 'must be a number';
      if (step !== undefined && !Number.isInteger(value / step))
        return stepMessage ?? 'must be a whole number';
      if (value < min) return `must be ${min} or more`;
      if (value > max) return `must be ${max} or less`;
      return null;
    },
  } satisfies FieldRule;
}

/** One of a fixed set of values, which the message lists (a file's author types them). */
export function oneOf(values: readonly string[], message = `must be one of: ${values.join(', ')}`) {
  return {
    check: (value: unknown) => {
      // Offered as a choice in a form, so a blank one is one not yet chosen.
      if (value === null || value === '') return 'must be chosen';
      return typeof value === 'string' && values.includes(value) ? null : message;
    },
  } satisfies FieldRule;
}

/** Text of the form `pattern`; `message` says what that form is. */
export function matching(pattern: RegExp, message: string) {
  return {
    check: (value: unknown) => (typeof value === 'string' && pattern.test(value) ? null : message),
  } satisfies FieldRule;
}

/** Every date a person types: a day on the calendar, YYYY-MM-DD. */
export function calendarDay() {
  return {
    check: (value: unknown) =>
      value === '' ? FILL_IN : isCalendarDay(value) ? null : CALENDAR_DAY_MESSAGE,
  } satisfies FieldRule;
}

// A dot-atom before the @ (no leading, trailing or doubled dot) and a domain with a top level.
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const EMAIL_ADDRESS = new RegExp(
  `^${ATOM}(?:\\.${ATOM})*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$`,
);

/** An email address, at most `max` characters (the web's and Postgres's limit). */
export function emailAddress(max: number) {
  return {
    check: (value: unknown) => {
      if (value === '') return FILL_IN;
      if (typeof value === 'string' && value.length > max)
        return `must be at most ${plural(max, 'character', 'characters')} long`;
      return typeof value === 'string' && EMAIL_ADDRESS.test(value)
        ? null
        : 'must be an email address';
    },
  } satisfies FieldRule;
}

const RECORD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of a record (a UUID); `message` names the kind, as "must be a centre id". */
export function recordId(message: string) {
  return {
    check: (value: unknown) => {
      // Offered as a choice in a form (a centre, an assessor), so a blank one is not yet chosen.
      if (value === null || value === '') return 'must be chosen';
      return typeof value === 'string' && RECORD_ID.test(value) ? null : message;
    },
  } satisfies FieldRule;
}

/** The rule, or nothing at all: null says "none" (no employer, no ULN). */
export function nullable(rule: FieldRule): FieldRule {
  return { ...rule, check: (value, within) => (value === null ? null : rule.check(value, within)) };
}

/** The rule, for a field that may be left out (the server then takes its default). */
export function optional(rule: FieldRule): FieldRule {
  return { ...rule, optional: true };
}

/** A group of fields, each with its rule. */
export function group(fields: ShapeRules): FieldRule {
  return {
    check: (value) => (isFields(value) ? null : 'must be a group of fields'),
    fields,
  };
}

/** A list of `min` to `max` entries; `entries` are the rules of each entry's fields. */
export function list({
  min = 0,
  max,
  tooFew,
  entries,
  each,
}: {
  min?: number;
  max: number;
  tooFew?: string;
  entries?: ShapeRules;
  /** For a list of plain values: the rule of each. */
  each?: FieldRule;
}): FieldRule {
  return {
    check: (value, within) => {
      if (!Array.isArray(value)) return 'must be a list';
      if (value.length < min)
        return tooFew ?? `must have at least ${plural(min, 'entry', 'entries')}`;
      if (value.length > max) return `must have at most ${plural(max, 'entry', 'entries')}`;
      if (!each) return null;
      const problem = value.map((entry) => each.check(entry, within)).find(Boolean);
      return problem ? `${problem}, in every entry` : null;
    },
    entries,
  };
}
