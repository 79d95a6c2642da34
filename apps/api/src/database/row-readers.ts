/**
 * A row as the driver gives it: nothing about it is known until a reader checks it. Each reader
 * takes one column, checks that it holds what the query promised, and returns it typed, so a
 * decoder written with them is checked by the compiler against the row type it returns and by
 * the reader against what the database really sent.
 */
export type RawRow = Readonly<Record<string, unknown>>;

/** Turns one raw row into the row type a repository returns. */
export type DecodeRow<Row> = (raw: RawRow) => Row;

/**
 * A column that does not hold what its reader expects: a query and its decoder disagree (a
 * renamed alias, a missing cast). It names the column and the types, never the value, which may
 * be personal data.
 */
export class RowShapeError extends Error {
  constructor(column: string, expected: string, value: unknown) {
    super(`Column "${column}" should hold ${expected} but holds ${describe(value)}`);
    this.name = 'RowShapeError';
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing (no such column)';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a timestamp';
  return `a ${typeof value}`;
}

function read<T>(
  raw: RawRow,
  column: string,
  expected: string,
  is: (value: unknown) => value is T,
): T {
  const value = raw[column];
  if (!is(value)) throw new RowShapeError(column, expected, value);
  return value;
}

function readNullable<T>(
  raw: RawRow,
  column: string,
  expected: string,
  is: (value: unknown) => value is T,
): T | null {
  const value = raw[column];
  if (value === null) return null;
  if (!is(value)) throw new RowShapeError(column, `${expected} or null`, value);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string';
// int4 and `count(*)::int` arrive as numbers; an int8 or numeric column arrives as a string and
// needs a cast in the query (`::int`, `::float8`) to be read as a number.
const isInteger = (value: unknown): value is number => Number.isSafeInteger(value);
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isDate = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime());
const isObject = (value: unknown): value is RawRow =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

export const text = (raw: RawRow, column: string): string => read(raw, column, 'text', isString);
export const nullableText = (raw: RawRow, column: string): string | null =>
  readNullable(raw, column, 'text', isString);

export const int = (raw: RawRow, column: string): number =>
  read(raw, column, 'an integer', isInteger);
export const nullableInt = (raw: RawRow, column: string): number | null =>
  readNullable(raw, column, 'an integer', isInteger);

export const float = (raw: RawRow, column: string): number =>
  read(raw, column, 'a number', isNumber);
export const nullableFloat = (raw: RawRow, column: string): number | null =>
  readNullable(raw, column, 'a number', isNumber);

export const bool = (raw: RawRow, column: string): boolean =>
  read(raw, column, 'a boolean', isBoolean);

export const timestamp = (raw: RawRow, column: string): Date =>
  read(raw, column, 'a timestamp', isDate);
export const nullableTimestamp = (raw: RawRow, column: string): Date | null =>
  readNullable(raw, column, 'a timestamp', isDate);

// How Postgres writes a timestamptz inside JSON, whatever its DateStyle: ISO 8601 with up to six
// decimals and the session's offset ("2026-11-29T22:10:00.123456+00:00").
const JSON_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;
const isJsonTimestamp = (value: unknown): value is string =>
  isString(value) && JSON_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));

/**
 * A timestamp inside JSON (`json_build_object('at', h.changed_at)`), which arrives as Postgres's
 * text, answered as the API answers every other timestamp: ISO 8601 in UTC to the millisecond
 * ("2026-11-29T22:10:00.123Z"), as a `timestamp` column's Date serialises.
 */
export const jsonTimestamp = (raw: RawRow, column: string): string =>
  new Date(read(raw, column, 'a timestamp as JSON text', isJsonTimestamp)).toISOString();
export function nullableJsonTimestamp(raw: RawRow, column: string): string | null {
  return raw[column] === null ? null : jsonTimestamp(raw, column);
}

/** One of a closed set of words (a status, a role), as the contracts list them. */
export function oneOf<const T extends string>(
  raw: RawRow,
  column: string,
  allowed: readonly T[],
): T {
  const value = raw[column];
  const found = allowed.find((word) => word === value);
  if (found === undefined) throw new RowShapeError(column, `one of ${allowed.join(', ')}`, value);
  return found;
}

export function nullableOneOf<const T extends string>(
  raw: RawRow,
  column: string,
  allowed: readonly T[],
): T | null {
  return raw[column] === null ? null : oneOf(raw, column, allowed);
}

/** A text[] column, or a JSON array of strings. */
export function textList(raw: RawRow, column: string): string[] {
  const value = raw[column];
  if (!Array.isArray(value) || !value.every(isString)) {
    throw new RowShapeError(column, 'a list of text', value);
  }
  return value;
}

/**
 * A JSON array of objects (`json_agg(json_build_object(...))`), each read by the same readers.
 * A timestamp inside JSON is text: read it with `jsonTimestamp`.
 */
export function objectList<Item>(raw: RawRow, column: string, decode: DecodeRow<Item>): Item[] {
  const value = raw[column];
  if (!Array.isArray(value)) throw new RowShapeError(column, 'a JSON array', value);
  return value.map((item: unknown, index) => {
    if (!isObject(item)) throw new RowShapeError(`${column}[${index}]`, 'a JSON object', item);
    return decode(item);
  });
}

/** A JSON object column (`json_build_object(...)`, a jsonb record), read by the same readers. */
export function object<Item>(raw: RawRow, column: string, decode: DecodeRow<Item>): Item {
  return decode(read(raw, column, 'a JSON object', isObject));
}

export function nullableObject<Item>(
  raw: RawRow,
  column: string,
  decode: DecodeRow<Item>,
): Item | null {
  return raw[column] === null ? null : object(raw, column, decode);
}

/**
 * A JSON document the application wrote itself after checking it (a qualification's units, a
 * learner's declared English evidence), checked here only to be an object or an array: reading
 * every field of it again on each read would repeat the validation that let it in.
 */
export function storedJson<T extends object>(raw: RawRow, column: string): T {
  const value = raw[column];
  if (typeof value !== 'object' || value === null || value instanceof Date) {
    throw new RowShapeError(column, 'a JSON document', value);
  }
  return value as T;
}

export function nullableStoredJson<T extends object>(raw: RawRow, column: string): T | null {
  return raw[column] === null ? null : storedJson<T>(raw, column);
}

/** A person as a query builds them: `json_build_object('id', …, 'displayName', …)`. */
export const personRef = (raw: RawRow): { id: string; displayName: string } => ({
  id: text(raw, 'id'),
  displayName: text(raw, 'displayName'),
});

/** A learner's claim or an assessor's mapping entry, as stored in jsonb. */
export const evidenceClaim = (
  raw: RawRow,
): { unit: string; outcome: string; criterion: string | null } => ({
  unit: text(raw, 'unit'),
  outcome: text(raw, 'outcome'),
  criterion: nullableText(raw, 'criterion'),
});
