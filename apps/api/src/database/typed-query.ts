import type { DataSource, EntityManager } from 'typeorm';
import type { DecodeRow, RawRow } from './row-readers';

/** The connection or the transaction a query runs in. */
export type Queryable = DataSource | EntityManager;

/*
 * The one corridor from SQL to typed rows. TypeORM's `query` answers `any` (or a type given on
 * faith), so repositories never call it: they call these with a decoder built from the readers
 * in ./row-readers, which the compiler checks against the row type and which check the database
 * against the decoder. Lint refuses `.query(` anywhere else in the API.
 */

async function raw(db: Queryable, sql: string, parameters: readonly unknown[]): Promise<unknown> {
  return db.query<unknown>(sql, [...parameters]);
}

function rowsOf(result: unknown): RawRow[] {
  if (!Array.isArray(result)) throw new Error('The query answered no rows (is it a SELECT?)');
  return result as RawRow[];
}

/** A SELECT, or an INSERT ... RETURNING: every row, decoded. */
export async function queryRows<Row>(
  db: Queryable,
  sql: string,
  parameters: readonly unknown[],
  decode: DecodeRow<Row>,
): Promise<Row[]> {
  return rowsOf(await raw(db, sql, parameters)).map(decode);
}

/** The first row, decoded, or null when there is none. */
export async function queryFirst<Row>(
  db: Queryable,
  sql: string,
  parameters: readonly unknown[],
  decode: DecodeRow<Row>,
): Promise<Row | null> {
  const first = rowsOf(await raw(db, sql, parameters))[0];
  return first === undefined ? null : decode(first);
}

/** Whether the query found any row (`SELECT 1 ... LIMIT 1`, a `FOR UPDATE` lock). */
export async function queryExists(
  db: Queryable,
  sql: string,
  parameters: readonly unknown[],
): Promise<boolean> {
  return rowsOf(await raw(db, sql, parameters)).length > 0;
}

/** A statement whose rows, if any, nobody reads: an INSERT, UPDATE, DELETE, lock or grant. */
export async function execute(
  db: Queryable,
  sql: string,
  parameters: readonly unknown[] = [],
): Promise<void> {
  await raw(db, sql, parameters);
}

/**
 * Runs an UPDATE or DELETE ... RETURNING and gives back the returned rows, decoded. TypeORM's
 * postgres driver answers such statements with `[rows, affectedCount]` rather than the rows
 * themselves, so checking `.length` on its raw answer is always 2.
 */
export async function changedRows<Row>(
  db: Queryable,
  sql: string,
  parameters: readonly unknown[],
  decode: DecodeRow<Row>,
): Promise<Row[]> {
  const result = await raw(db, sql, parameters);
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return rowsOf(result[0]).map(decode);
  }
  return rowsOf(result).map(decode);
}
