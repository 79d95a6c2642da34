import { PAGE_LIMITS } from '@signoff/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { addressWith, listRoute, readListAddress, type ListSort } from '../lib/list-address';
import { getPage } from '../lib/paging';

export interface PagedListOptions {
  /** The fields the route sorts by (its contract's list), offered as sortable columns. */
  sorts?: readonly string[];
  /** The route's filters the page offers, read from and kept in the address. */
  filters?: readonly string[];
  /** Whether the page offers a search box: otherwise `?q=` is not this list's. */
  searches?: boolean;
  /** Filters the page itself sets, never in the address (`mine: 'assessor'` on the caseload). */
  fixed?: Record<string, string>;
}

const NONE: readonly string[] = [];

/**
 * A list route read a page at a time, searched, sorted and filtered on the server. What the
 * person chose (`?page=`, `?q=`, `?sort=&direction=`, filters) is kept in the address, so it
 * survives a reload and the back button; a new search, order or filter starts at page one.
 */
export function usePagedList<Row>(
  queryKey: readonly unknown[],
  path: string,
  { sorts = NONE, filters = NONE, searches = true, fixed }: PagedListOptions = {},
) {
  const [params, setParams] = useSearchParams();
  const limit = PAGE_LIMITS.defaultLimit;
  const address = readListAddress(params, { limit, sorts, filters, searches });
  const route = listRoute(path, address, fixed);
  const list = useQuery({
    queryKey: [...queryKey, route, { offset: address.offset, limit }],
    queryFn: () => getPage<Row>(route, address.offset, limit),
    placeholderData: keepPreviousData,
  });
  const change = useCallback(
    (to: Parameters<typeof addressWith>[1]) =>
      // A search typed letter by letter replaces its entry rather than piling up history.
      setParams((previous) => addressWith(previous, to), { replace: 'q' in to }),
    [setParams],
  );
  const search = useCallback((q: string) => change({ q }), [change]);
  return {
    list,
    pager: {
      offset: address.offset,
      limit,
      onChange: (offset: number) => change({ offset, limit }),
    },
    search: {
      query: address.q,
      onChange: search,
      // Counted once the answer for these words is in, not while the last one stands in.
      matched: list.isPlaceholderData ? undefined : list.data?.total,
    },
    sort: {
      descriptor: address.sort ?? undefined,
      onSortChange: (sort: ListSort | null) => change({ sort }),
    },
    filters: {
      values: address.filters,
      onChange: (filter: string, value: string | null) => change({ filter, value }),
    },
    /** Whether the person narrowed the list, so that "none" means "none match". */
    isNarrowed: address.q !== '' || Object.keys(address.filters).length > 0,
  };
}
