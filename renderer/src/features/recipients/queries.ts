import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { InputOf } from '../../../../electron/shared/contract';
import { call } from '../../api/client';

export type RecipientListInput = InputOf<'recipients', 'list'>;

export const recipientKeys = {
  all: ['recipients'] as const,
  lists: () => [...recipientKeys.all, 'list'] as const,
  list: (input: RecipientListInput) => [...recipientKeys.lists(), input] as const,
  details: () => [...recipientKeys.all, 'detail'] as const,
  detail: (id: string) => [...recipientKeys.details(), id] as const,
};

export function recipientListQuery(input: RecipientListInput) {
  return queryOptions({
    queryKey: recipientKeys.list(input),
    queryFn: () => call('recipients', 'list', input),
    placeholderData: keepPreviousData,
  });
}

/** Every recipient (archived too), for pickers and for naming recipients in other lists. */
export function allRecipientsQuery() {
  return recipientListQuery({ includeArchived: true, limit: 1000, sort: 'name' });
}

export function recipientDetailQuery(id: string) {
  return queryOptions({ queryKey: recipientKeys.detail(id), queryFn: () => call('recipients', 'get', { id }) });
}
