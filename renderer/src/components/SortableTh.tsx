import { Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SortState<K extends string> {
  sort: K;
  direction: 'asc' | 'desc';
}

/** A column header that sorts the list on the server; a second click reverses the order. */
export function SortableTh<K extends string>({
  column,
  state,
  onSort,
  children,
}: {
  column: K;
  state: SortState<K | 'relevance'>;
  onSort: (next: SortState<K>) => void;
  children: ReactNode;
}) {
  const active = state.sort === column;
  const arrow = active ? (state.direction === 'asc' ? ' ▲' : ' ▼') : '';
  return (
    <Table.Th aria-sort={active ? (state.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton
        fw={600}
        fz="sm"
        data-testid={`sort-${column}`}
        onClick={() => onSort({ sort: column, direction: active && state.direction === 'asc' ? 'desc' : 'asc' })}
      >
        {children}
        {arrow}
      </UnstyledButton>
    </Table.Th>
  );
}
