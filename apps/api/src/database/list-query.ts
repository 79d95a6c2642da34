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
 * `search_fold`, the migration's function), the words folded the same way in SQL so that both
 * sides fold alike. No words: always true.
 */
export function everyWordIn(text: string, q: string | undefined, parameters: ListParameters) {
  const words = (q ?? '').normalize('NFC').split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'true';
  return `NOT EXISTS (SELECT 1 FROM unnest(${parameters.add(words)}::text[]) word
                       WHERE strpos(${text}, search_fold(word)) = 0)`;
}
