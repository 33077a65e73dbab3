import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { InputOf } from '../../../../electron/shared/contract';
import { call } from '../../api/client';

export type ActivityListInput = InputOf<'activities', 'list'>;

export const activityKeys = {
  all: ['activities'] as const,
  lists: () => [...activityKeys.all, 'list'] as const,
  list: (input: ActivityListInput) => [...activityKeys.lists(), input] as const,
  details: () => [...activityKeys.all, 'detail'] as const,
  detail: (id: string) => [...activityKeys.details(), id] as const,
};

export function activityListQuery(input: ActivityListInput) {
  return queryOptions({
    queryKey: activityKeys.list(input),
    queryFn: () => call('activities', 'list', input),
    // While the DPO types, keep showing the last answer instead of flashing a loader.
    placeholderData: keepPreviousData,
  });
}

export function activityDetailQuery(id: string) {
  return queryOptions({ queryKey: activityKeys.detail(id), queryFn: () => call('activities', 'get', { id }) });
}

/** Names of activities (archived too) for pickers and for naming activities in other lists. Capped at the contract's page limit. */
export function activityNamesQuery() {
  return activityListQuery({ includeArchived: true, limit: 1000, sort: 'name' });
}
