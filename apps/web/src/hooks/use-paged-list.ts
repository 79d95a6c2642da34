import { PAGE_LIMITS } from '@signoff/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { getAllPages, getPage } from '../lib/paging';

/**
 * A list route read a page at a time, the page kept in the address (`?page=`) so that it
 * survives a reload. While the address holds search words (`?q=`) the search still runs in the
 * browser, over every row: the searches fold accents, which plain SQL matching does not.
 */
export function usePagedList<Row>(
  queryKey: readonly unknown[],
  path: string,
  { whole = false }: { /** Every row, for a list filtered in the browser. */ whole?: boolean } = {},
) {
  const [params, setParams] = useSearchParams();
  const searching = whole || (params.get('q') ?? '').trim() !== '';
  const limit = PAGE_LIMITS.defaultLimit;
  const pageNumber = Math.max(1, Number.parseInt(params.get('page') ?? '', 10) || 1);
  const offset = searching ? 0 : (pageNumber - 1) * limit;
  const list = useQuery({
    queryKey: [...queryKey, searching ? 'whole' : { offset, limit }],
    queryFn: () => (searching ? getAllPages<Row>(path) : getPage<Row>(path, offset, limit)),
    placeholderData: keepPreviousData,
  });
  const goToOffset = useCallback(
    (next: number) =>
      setParams((previous) => {
        const changed = new URLSearchParams(previous);
        const page = Math.floor(next / limit) + 1;
        if (page === 1) changed.delete('page');
        else changed.set('page', String(page));
        return changed;
      }),
    [setParams, limit],
  );
  return { list, pager: searching ? null : { offset, limit, onChange: goToOffset } };
}
