import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { InputOf } from '../../../../electron/shared/contract';
import { call } from '../../api/client';

export type DpaListInput = InputOf<'dpas', 'list'>;

export const dpaKeys = {
  all: ['dpas'] as const,
  list: (input: DpaListInput) => [...dpaKeys.all, 'list', input] as const,
  detail: (id: string) => [...dpaKeys.all, 'detail', id] as const,
};

/** A page of DPAs as rows show them (no agreement text or document: dpaDetailQuery has those). */
export function dpaListQuery(input: DpaListInput = {}) {
  return queryOptions({ queryKey: dpaKeys.list(input), queryFn: () => call('dpas', 'list', input), placeholderData: keepPreviousData });
}

/** One DPA in full, for its form. */
export function dpaDetailQuery(id: string) {
  return queryOptions({ queryKey: dpaKeys.detail(id), queryFn: () => call('dpas', 'get', { id }) });
}
