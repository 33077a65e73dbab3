import type Database from 'better-sqlite3';
import { asc, getTableColumns, inArray, isNull } from 'drizzle-orm';
import type { Dpa, Transfer } from '../../electron/shared/schemas/entities';
import type { DbOrTx } from '../client';
import { activities, dpas, transfers } from '../schema';
import { transferStore } from './stores';

/**
 * What the Article 30 report reads when it prints a register straight from the database: small
 * lists whole, activities and transfers a batch at a time (see reports/model/database-report-data).
 */

/** What the report needs to order and list an activity before it prints it. */
export interface ActivityHead {
  id: string;
  reference: string | null;
  name: string;
}

/** Activities in the record (archived ones left out): id, reference and name only. */
export function activityHeads(db: DbOrTx): ActivityHead[] {
  return db
    .select({ id: activities.id, reference: activities.reference, name: activities.name })
    .from(activities)
    .where(isNull(activities.archivedAt))
    .all();
}

/** The transfers of these activities, each activity's in id order. */
export function transfersOfActivities(db: DbOrTx, activityIds: string[]): Map<string, Transfer[]> {
  const map = new Map<string, Transfer[]>();
  if (activityIds.length === 0) return map;
  const rows = db.select().from(transfers).where(inArray(transfers.activityId, activityIds)).orderBy(asc(transfers.id)).all();
  for (const row of rows) {
    const transfer = transferStore.toEntity(row);
    const list = map.get(transfer.activityId ?? '');
    if (list) list.push(transfer);
    else map.set(transfer.activityId ?? '', [transfer]);
  }
  return map;
}

/** Transfers recorded without an activity, in id order. */
export function transfersWithoutActivity(db: DbOrTx): Transfer[] {
  return db
    .select()
    .from(transfers)
    .where(isNull(transfers.activityId))
    .orderBy(asc(transfers.id))
    .all()
    .map((row) => transferStore.toEntity(row));
}

/** A data processing agreement without its text and file (the report prints neither). */
export type DpaSummary = Omit<Dpa, 'documentBase64' | 'text'>;

export function dpaSummaries(db: DbOrTx): DpaSummary[] {
  const { document: _document, text: _text, ...columns } = getTableColumns(dpas);
  return db.select(columns).from(dpas).orderBy(asc(dpas.id)).all() as DpaSummary[];
}

/**
 * Runs `work` (which may await) inside one read transaction, so that everything it reads, however
 * long it takes, comes from one state of the register: in WAL mode the app may keep writing meanwhile.
 * The connection must be the caller's own while `work` runs (a report worker's or the CLI's).
 */
export async function inReadTransaction<T>(sqlite: Database.Database, work: () => Promise<T>): Promise<T> {
  if (sqlite.inTransaction) return work();
  sqlite.exec('BEGIN');
  try {
    return await work();
  } finally {
    if (sqlite.inTransaction) sqlite.exec('COMMIT');
  }
}

/** inReadTransaction for work that does not await. */
export function inReadTransactionSync<T>(sqlite: Database.Database, work: () => T): T {
  if (sqlite.inTransaction) return work();
  sqlite.exec('BEGIN');
  try {
    return work();
  } finally {
    if (sqlite.inTransaction) sqlite.exec('COMMIT');
  }
}
