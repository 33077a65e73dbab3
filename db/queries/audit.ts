import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { AuditAction } from '../../electron/shared/vocab';
import type { DbOrTx as AppDb } from '../client';
import { auditLog } from '../schema';

export interface AuditInput {
  entity: string;
  entityId: string;
  action: AuditAction;
  before: unknown;
  after: unknown;
  at: string;
}

/** Call inside the same transaction as the change it records. */
export function recordAudit(db: AppDb, entry: AuditInput): void {
  db.insert(auditLog)
    .values({ ...entry, before: entry.before ?? null, after: entry.after ?? null })
    .run();
}

export function listAudit(db: AppDb, query: { entity?: string; entityId?: string; limit: number }) {
  const conditions: SQL[] = [];
  if (query.entity) conditions.push(eq(auditLog.entity, query.entity));
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
  return db
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(query.limit)
    .all();
}
