import type { SortQuery } from '@signoff/contracts';

/**
 * The parameters of a list query, numbered as they are added, so that its filters can be
 * written one after another after the parameters its visibility needs.
 */
export class ListParameters {
  readonly values: unknown[];

  constructor(first: unknown[]) {
    this.values = [...first];
  }

  /** The placeholder (`$n`) of a new parameter holding `value`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A name or title as people expect it sorted: by the Unicode root collation (ICU's "und"), so
 * "Ömer" comes between "Nina" and "Zara" and "émile" beside "Emma", where the database's default
 * (C in PGlite, often in Postgres) sorts by code point and puts every accented capital after "Z".
 * PGlite and Postgres 15 built with ICU (as distributions build it) both have the collation.
 */
export function asName(column: string): string {
  return `${column} COLLATE "und-x-icu"`;
}

/**
 * The ORDER BY of a list: the column asked for by `?sort=` (from the route's own whitelist,
 * `columns`), rows without a value last either way, then the list's usual order, which ends
 * with the id so that ties fall the same way on every page.
 */
export function listOrder<Field extends string>(
  columns: Record<Field, string>,
  usual: string,
  { sort, direction }: SortQuery<Field>,
): string {
  if (sort === undefined) return usual;
  return `${columns[sort]} ${direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, ${usual}`;
}

/**
 * A condition true when every word of `?q=` appears in `text` (SQL already folded with
 * `search_fold`, the migration's function, best from stored generated columns: folding costs
 * too much to repeat on every row), the words folded by the same function once per query (an
 * uncorrelated ARRAY(...), which Postgres evaluates once, not per row).
 * No words: always true.
 */
export function everyWordIn(text: string, q: string | undefined, parameters: ListParameters) {
  const words = searchWords(q);
  if (words.length === 0) return 'true';
  return `${text} LIKE ALL (ARRAY(SELECT '%' || search_fold(word) || '%' FROM unnest(${parameters.add(words)}::text[]) word))`;
}

/**
 * Each word of `?q=` as a LIKE pattern of its own (SQL), folded as `everyWordIn` folds them, for
 * a search that looks each word up in an index rather than testing every row.
 */
export function wordPatterns(q: string | undefined, parameters: ListParameters): string[] {
  return searchWords(q).map((word) => `('%' || search_fold(${parameters.add(word)}) || '%')`);
}

/** The words of `?q=`, taken as they are typed: LIKE's wildcards and escape match only themselves. */
function searchWords(q: string | undefined): string[] {
  return (q ?? '')
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.replace(/[\\%_]/g, '\\$&'));
}
