import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { InputOf } from '../../../../electron/shared/contract';
import { call } from '../../api/client';

export type TransferListInput = InputOf<'transfers', 'list'>;

export const transferKeys = {
  all: ['transfers'] as const,
  lists: () => [...transferKeys.all, 'list'] as const,
  list: (input: TransferListInput) => [...transferKeys.lists(), input] as const,
};

export function transferListQuery(input: TransferListInput) {
  return queryOptions({
    queryKey: transferKeys.list(input),
    queryFn: () => call('transfers', 'list', input),
    placeholderData: keepPreviousData,
  });
}
