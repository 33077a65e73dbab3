import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

export const dpaKeys = {
  all: ['dpas'] as const,
  list: (recipientId?: string) => [...dpaKeys.all, 'list', { recipientId }] as const,
};

export function dpaListQuery(recipientId?: string) {
  return queryOptions({ queryKey: dpaKeys.list(recipientId), queryFn: () => call('dpas', 'list', recipientId ? { recipientId } : {}) });
}
