import type { Page } from '@signoff/contracts';
import { int, type DecodeRow } from './row-readers';
import { queryFirst, queryRows, type Queryable } from './typed-query';

export interface PageRequest {
  limit: number;
  offset: number;
}

/**
 * One page of a list query, cut in SQL, and the total under the same filters. `select` is the
 * whole SELECT with its WHERE but no ORDER BY; `orderBy` must end with a unique column (the id)
 * so that ties fall the same way on every page. `counted`, when given, is a SELECT of the same
 * rows that reads fewer tables (those its filters need), for the total.
 */
export async function queryPage<Row>(
  db: Queryable,
  select: string,
  orderBy: string,
  parameters: unknown[],
  page: PageRequest,
  decode: DecodeRow<Row>,
  counted: string = select,
): Promise<Page<Row>> {
  const next = parameters.length;
  const items = await queryRows(
    db,
    `${select} ORDER BY ${orderBy} LIMIT $${next + 1} OFFSET $${next + 2}`,
    [...parameters, page.limit, page.offset],
    decode,
  );
  const total = await queryFirst(
    db,
    `SELECT count(*)::int AS total FROM (${counted}) listed`,
    parameters,
    (raw) => int(raw, 'total'),
  );
  return { items, total: total ?? 0, limit: page.limit, offset: page.offset };
}
