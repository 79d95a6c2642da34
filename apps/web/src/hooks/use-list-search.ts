import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { matchesSearch } from '../lib/search';

/** The rows that match the address's search words, and what the search box needs to show them. */
export function useListSearch<Row>(
  rows: readonly Row[],
  fieldsOf: (row: Row) => readonly (string | null | undefined)[],
) {
  const [query, setQuery] = useSearchQuery();
  const shown = rows.filter((row) => matchesSearch(query, fieldsOf(row)));
  return { shown, box: { query, onChange: setQuery, shown: shown.length, total: rows.length } };
}

/** A list's search words, kept in the address (`?q=`) so that a search survives a reload. */
function useSearchQuery(): [string, (query: string) => void] {
  const [params, setParams] = useSearchParams();
  const setQuery = useCallback(
    (query: string) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.delete('page'); // a new search starts from the top
          if (query.trim() === '') next.delete('q');
          else next.set('q', query);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params.get('q') ?? '', setQuery];
}
