import { Loader, Pagination, Text, TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageRange, pageSize } from '../lib/list-params';
import { ErrorAlert } from './ErrorAlert';

/** The controls every paged list page has: its search box, the "showing 1–100 of 312" line and the page links. */

/** The search box, with a spinner while the list refetches. */
export function ListSearch({
  value,
  onChange,
  fetching,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onChange: (value: string) => void; fetching: boolean }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('common.search')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      rightSection={fetching ? <Loader size="xs" /> : null}
      {...props}
    />
  );
}

/**
 * The search box of a list, holding what is typed itself: a keystroke re-renders this box only,
 * and the list hears of the search 200 ms after the last one (`onSearch`, with the trimmed text).
 * `value` is the search the list is showing (e.g. from the URL); when it changes elsewhere (Back),
 * the box follows.
 */
export const DebouncedSearch = memo(function DebouncedSearch({
  value,
  onSearch,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange'> & { value: string; onSearch: (value: string) => void; fetching: boolean }) {
  const [typed, setTyped] = useState(value);
  const [debounced] = useDebouncedValue(typed.trim(), 200);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new debounced text is news for the list
  useEffect(() => {
    if (debounced !== value) onSearch(debounced);
  }, [debounced]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the list's own search moves the box
  useEffect(() => {
    if (value !== debounced) setTyped(value);
  }, [value]);
  return <ListSearch value={typed} onChange={setTyped} {...props} />;
});

/** Which rows of how many the page shows, and why the list did not load when it did not. */
export function ListShowing({
  query,
  page,
  testId,
}: {
  query: { data?: { total: number }; isError: boolean; error: unknown };
  page: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const total = query.data?.total ?? 0;
  const range = pageRange(page, total);
  return (
    <>
      <Text size="sm" c="dimmed" data-testid={testId}>
        {query.data ? t('common.showing', { from: range.from, to: range.to, total }) : ' '}
      </Text>
      {query.isError ? <ErrorAlert error={query.error} /> : null}
    </>
  );
}

/** The page links, when there is more than one page. */
export function ListPagination({
  total,
  page,
  onChange,
  testId,
}: {
  total: number;
  page: number;
  onChange: (page: number) => void;
  testId?: string;
}) {
  return total > pageSize ? <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={onChange} data-testid={testId} /> : null;
}
