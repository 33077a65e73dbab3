import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Transfer } from '../../electron/shared/schemas/entities';
import type { TransferMechanism } from '../../electron/shared/vocab';
import type { DbOrTx } from '../client';
import { activities, recipients, transfers } from '../schema';
import { type ListWindow, listSearch, runList } from './list-order';

export type TransferSort = 'startOn' | 'country' | 'mechanism' | 'updatedAt';

export interface TransferListQuery extends ListWindow<TransferSort> {
  activityId?: string;
  recipientId?: string;
  mechanism?: TransferMechanism[];
}

const sortColumns = {
  startOn: transfers.startOn,
  country: transfers.country,
  mechanism: transfers.mechanism,
  updatedAt: transfers.updatedAt,
} as const;

/**
 * One page of transfers with the names of their recipient, activity and exporter; found by those
 * names, the country, the mechanism and the safeguards text (the one search index).
 */
export function listTransfers(db: DbOrTx, q: TransferListQuery) {
  const search = listSearch('transfer', transfers.id, q, sortColumns, 'startOn');
  const conditions: SQL[] = [];
  if (q.activityId) conditions.push(eq(transfers.activityId, q.activityId));
  if (q.recipientId) conditions.push(eq(transfers.recipientId, q.recipientId));
  if (q.mechanism?.length) conditions.push(inArray(transfers.mechanism, q.mechanism));
  const exporter = alias(recipients, 'exporter');
  const rows = db
    .select({ transfer: transfers, recipientName: recipients.name, activityName: activities.name, exporterName: exporter.name })
    .from(transfers)
    .innerJoin(recipients, eq(recipients.id, transfers.recipientId))
    .leftJoin(activities, eq(activities.id, transfers.activityId))
    .leftJoin(exporter, eq(exporter.id, transfers.exporterRecipientId))
    .$dynamic();
  const count = db.select({ n: sql<number>`count(*)` }).from(transfers).$dynamic();
  const page = runList(rows, count, search, conditions, q);
  const items = page.items.map((r) => ({
    ...(r.transfer as Transfer),
    recipientName: r.recipientName,
    activityName: r.activityName,
    exporterName: r.exporterName,
  }));
  return { items, total: page.total };
}
