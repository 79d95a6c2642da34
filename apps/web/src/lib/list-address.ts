import type { SortDirection } from '@signoff/contracts';

/** A list's order as the table shows it: a column (the route's sort field) and which way. */
export interface ListSort {
  column: string;
  direction: 'ascending' | 'descending';
}

/** What the address asks of a list: its page, search words, order and filters. */
export interface ListAddress {
  offset: number;
  q: string;
  sort: ListSort | null;
  filters: Record<string, string>;
}

const DIRECTIONS: Record<SortDirection, ListSort['direction']> = {
  asc: 'ascending',
  desc: 'descending',
};

/**
 * Reads `?page=`, `?q=` (for a list with a search box), `?sort=&direction=` and the list's
 * filters from the address. A sort
 * field the list does not offer is ignored (the list falls back to its usual order) rather
 * than sent on to be refused.
 */
export function readListAddress(
  params: URLSearchParams,
  {
    limit,
    sorts,
    filters,
    searches,
  }: { limit: number; sorts: readonly string[]; filters: readonly string[]; searches: boolean },
): ListAddress {
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1);
  const column = params.get('sort');
  const sort =
    column !== null && sorts.includes(column)
      ? { column, direction: params.get('direction') === 'desc' ? DIRECTIONS.desc : DIRECTIONS.asc }
      : null;
  const chosen: Record<string, string> = {};
  for (const name of filters) {
    const value = params.get(name);
    if (value) chosen[name] = value;
  }
  const q = searches ? (params.get('q') ?? '').trim() : '';
  return { offset: (page - 1) * limit, q, sort, filters: chosen };
}

/** The list route with the address's search, order and filters (and those the page fixes). */
export function listRoute(
  path: string,
  { q, sort, filters }: Omit<ListAddress, 'offset'>,
  fixed: Record<string, string> = {},
): string {
  const query = new URLSearchParams();
  if (q !== '') query.set('q', q);
  if (sort) {
    query.set('sort', sort.column);
    query.set('direction', sort.direction === 'descending' ? 'desc' : 'asc');
  }
  for (const [name, value] of Object.entries({ ...filters, ...fixed })) query.set(name, value);
  if (query.size === 0) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${query.toString()}`;
}

/** The address with one of the list's choices changed; any change starts again at page one. */
export function addressWith(
  params: URLSearchParams,
  change:
    | { q: string }
    | { sort: ListSort | null }
    | { filter: string; value: string | null }
    | { offset: number; limit: number },
): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('page');
  if ('q' in change) setOrDelete(next, 'q', change.q.trim());
  else if ('sort' in change) {
    setOrDelete(next, 'sort', change.sort?.column ?? null);
    setOrDelete(
      next,
      'direction',
      change.sort && (change.sort.direction === 'descending' ? 'desc' : 'asc'),
    );
  } else if ('filter' in change) setOrDelete(next, change.filter, change.value);
  else {
    const page = Math.floor(change.offset / change.limit) + 1;
    if (page > 1) next.set('page', String(page));
  }
  return next;
}

function setOrDelete(params: URLSearchParams, name: string, value: string | null): void {
  if (value) params.set(name, value);
  else params.delete(name);
}
