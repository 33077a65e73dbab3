import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';

export const registerKeys = {
  all: ['register'] as const,
  status: () => [...registerKeys.all, 'status'] as const,
};

export const auditKeys = {
  all: ['audit'] as const,
  list: (limit: number, entity?: string, entityId?: string) => [...auditKeys.all, 'list', { limit, entity, entityId }] as const,
};

export function registerStatusQuery() {
  return queryOptions({ queryKey: registerKeys.status(), queryFn: () => call('register', 'status') });
}

export function auditListQuery(limit: number, entity?: string, entityId?: string) {
  return queryOptions({
    queryKey: auditKeys.list(limit, entity, entityId),
    queryFn: () => call('audit', 'list', { limit, entity, entityId }),
  });
}
