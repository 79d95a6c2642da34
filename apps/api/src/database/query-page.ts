import type { Page } from '@signoff/contracts';
import type { DataSource, EntityManager } from 'typeorm';

export interface PageRequest {
  limit: number;
  offset: number;
}

/**
 * One page of a list query, cut in SQL, and the total under the same filters. `select` is the
 * whole SELECT with its WHERE but no ORDER BY; `orderBy` must end with a unique column (the id)
 * so that ties fall the same way on every page.
 */
export async function queryPage<Row>(
  db: DataSource | EntityManager,
  select: string,
  orderBy: string,
  parameters: unknown[],
  page: PageRequest,
): Promise<Page<Row>> {
  const next = parameters.length;
  const items: Row[] = await db.query(
    `${select} ORDER BY ${orderBy} LIMIT $${next + 1} OFFSET $${next + 2}`,
    [...parameters, page.limit, page.offset],
  );
  const counted: { total: number }[] = await db.query(
    `SELECT count(*)::int AS total FROM (${select}) listed`,
    parameters,
  );
  return { items, total: counted[0].total, limit: page.limit, offset: page.offset };
}
