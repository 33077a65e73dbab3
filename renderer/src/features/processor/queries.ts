import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

export const processorActivityKeys = {
  all: ['processorActivities'] as const,
  list: (search?: string) => [...processorActivityKeys.all, 'list', { search }] as const,
};

export function processorActivityListQuery(search?: string) {
  return queryOptions({
    queryKey: processorActivityKeys.list(search),
    queryFn: () => call('processorActivities', 'list', search ? { search } : {}),
  });
}
