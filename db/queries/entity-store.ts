import { eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { AuditEntityName } from '../../electron/shared/audit-entities';
import type { DbOrTx as AppDb } from '../client';
import { recordAudit } from './audit';
import { assertFresh, notFound } from './concurrency';
import { newId } from './ids';

type Row = Record<string, unknown>;
type TableWithId = SQLiteTable & { id: SQLiteColumn };

export interface StoredEntity {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * Create / read / update / delete for one flat table, each write with its audit row in the
 * same transaction. `toEntity` / `toRow` translate where the stored form differs (e.g. blobs).
 */
export function entityStore<E extends StoredEntity>(
  entity: AuditEntityName,
  table: TableWithId,
  mapping: {
    toEntity?: (row: Row) => E;
    toRow?: (entity: E) => Row;
    defaults: () => Omit<E, 'id' | 'createdAt' | 'updatedAt'>;
    /** What the audit row records of the entity before and after a change (default: both in full). */
    audited?: (before: E | null, after: E | null) => { before: unknown; after: unknown };
  },
) {
  const toEntity = mapping.toEntity ?? ((row: Row) => row as unknown as E);
  const toRow = mapping.toRow ?? ((e: E) => e as unknown as Row);
  const audited = mapping.audited ?? ((before: E | null, after: E | null) => ({ before, after }));

  function find(db: AppDb, id: string): E | null {
    const row = db.select().from(table).where(eq(table.id, id)).get() as Row | undefined;
    return row ? toEntity(row) : null;
  }

  function get(db: AppDb, id: string): E {
    const found = find(db, id);
    if (!found) throw notFound(entity, id);
    return found;
  }

  function all(db: AppDb): E[] {
    return (db.select().from(table).orderBy(table.id).all() as Row[]).map(toEntity);
  }

  function create(db: AppDb, input: Partial<E>, at: string): E {
    const value = { ...mapping.defaults(), ...input, id: input.id ?? newId(), createdAt: at, updatedAt: at } as E;
    return db.transaction((tx) => {
      tx.insert(table).values(toRow(value)).run();
      recordAudit(tx, { entity, entityId: value.id, action: 'create', ...audited(null, value), at });
      return value;
    });
  }

  function update(
    db: AppDb,
    id: string,
    changes: Partial<E>,
    expectedUpdatedAt: string | undefined,
    at: string,
    action: 'update' | 'archive' | 'restore' = 'update',
  ): E {
    return db.transaction((tx) => {
      const before = get(tx, id);
      assertFresh(entity, before, expectedUpdatedAt);
      const after = { ...before, ...changes, id, createdAt: before.createdAt, updatedAt: at } as E;
      tx.update(table).set(toRow(after)).where(eq(table.id, id)).run();
      recordAudit(tx, { entity, entityId: id, action, ...audited(before, after), at });
      return after;
    });
  }

  function remove(db: AppDb, id: string, at: string): { id: string; deleted: true } {
    return db.transaction((tx) => {
      const before = get(tx, id);
      tx.delete(table).where(eq(table.id, id)).run();
      recordAudit(tx, { entity, entityId: id, action: 'delete', ...audited(before, null), at });
      return { id, deleted: true as const };
    });
  }

  return { entity, table, find, get, all, create, update, remove, toEntity, toRow };
}
