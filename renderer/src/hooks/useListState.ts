import { useCallback, useMemo, useState } from 'react';
import type { SortState } from '../components/SortableTh';
import { pageSize } from '../lib/list-params';

/**
 * A paged list's search, sort and page kept in the page itself (the activities keep theirs in the URL).
 * `search` is what the list searches for (DebouncedSearch reports it 200 ms after the last keystroke);
 * while searching, and until the DPO picks a column, the best matches come first.
 */
export function useListState<S extends string>(initialSort: SortState<S>) {
  const [search, setSearchState] = useState('');
  const [chosenSort, setChosenSort] = useState<SortState<S> | null>(null);
  const [page, setPage] = useState(1);
  const sort: SortState<S | 'relevance'> = chosenSort ?? (search ? { sort: 'relevance', direction: 'asc' } : initialSort);
  const setSearch = useCallback((value: string) => {
    setSearchState(value);
    setPage(1);
  }, []);
  const setSort = useCallback((next: SortState<S>) => setChosenSort(next), []);
  const params = useMemo(
    () => ({ search: search || undefined, sort: sort.sort, direction: sort.direction, offset: (page - 1) * pageSize, limit: pageSize }),
    [search, sort.sort, sort.direction, page],
  );
  return { search, sort, setSort, page, setPage, setSearch, params };
}
