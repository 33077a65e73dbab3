import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { SortState } from '../components/SortableTh';
import { pageSize } from '../lib/list-params';

/**
 * A paged list's search, sort and page kept in the page itself (the activities keep theirs in the URL).
 * The search reaches the server 200 ms after the last keystroke; changing what is listed goes back to page 1.
 */
export function useListState<S extends string>(initialSort: SortState<S>) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [sort, setSort] = useState(initialSort);
  const [page, setPage] = useState(1);
  return {
    search,
    sort,
    setSort,
    page,
    setPage,
    setSearch: (value: string) => {
      setSearch(value);
      setPage(1);
    },
    /** What the list query asks for: the debounced search and the rows of this page. */
    params: { search: debounced || undefined, ...sort, offset: (page - 1) * pageSize, limit: pageSize },
  };
}
