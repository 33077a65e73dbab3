import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

export const organisationKeys = { all: ['organisation'] as const };

/** The controller (Art 30(1)(a)); null until the DPO has filled it in. */
export function organisationQuery() {
  return queryOptions({ queryKey: organisationKeys.all, queryFn: () => call('organisation', 'get') });
}
