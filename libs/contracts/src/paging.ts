/**
 * One page of a list: every list route takes `?limit=&offset=` and answers this, in a stable
 * order (ties broken by id), with `total` counted under the same filters.
 */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** How many rows a page holds unless asked, and at most. */
export const PAGE_LIMITS = { defaultLimit: 50, maxLimit: 200 } as const;
