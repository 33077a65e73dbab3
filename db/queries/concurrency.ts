import { type AuditEntityName, auditEntityKey } from '../../electron/shared/audit-entities';
import { AppError } from '../../electron/shared/errors';
import { type Message, message } from '../../electron/shared/i18n/message';

function entityWord(entity: AuditEntityName): Message {
  return message(`entity.${auditEntityKey(entity) ?? 'register'}`);
}

/** Optimistic concurrency: refuse to overwrite a version the caller has not seen. */
export function assertFresh(entity: AuditEntityName, current: { updatedAt: string }, expectedUpdatedAt: string | undefined): void {
  if (expectedUpdatedAt !== undefined && current.updatedAt !== expectedUpdatedAt) {
    throw new AppError('CONFLICT', message('problem.conflict', { entity: entityWord(entity) }));
  }
}

export function notFound(entity: AuditEntityName, id: string): AppError {
  return new AppError('NOT_FOUND', message('problem.notFound', { entity: entityWord(entity), id }));
}
