import { inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Activity } from '../../electron/shared/schemas/entities';
import type { DbOrTx } from '../client';
import { activities, activityRecipients } from '../schema';
import { type ListWindow, listSearch, runList } from './list-order';

export type ActivitySort = 'name' | 'reference' | 'status' | 'updatedAt' | 'lastReviewedOn';

export interface ActivityListQuery extends ListWindow<ActivitySort> {
  status?: Activity['status'][];
  includeArchived?: boolean;
  recipientId?: string;
}

const sortColumns = {
  name: activities.name,
  reference: activities.reference,
  status: activities.status,
  updatedAt: activities.updatedAt,
  lastReviewedOn: activities.lastReviewedOn,
} as const;

/**
 * One page of activities as the list shows them (short columns and counts, never the long texts),
 * searched through the search index and sorted in SQLite; `total` counts every match.
 */
export function listActivities(db: DbOrTx, q: ActivityListQuery) {
  const search = listSearch('activity', activities.id, q, sortColumns, 'name');
  const conditions: SQL[] = [];
  if (!q.includeArchived) conditions.push(isNull(activities.archivedAt));
  if (q.status?.length) conditions.push(inArray(activities.status, q.status));
  if (q.recipientId)
    conditions.push(
      sql`exists (select 1 from ${activityRecipients} ar where ar.activity_id = "activities"."id" and ar.recipient_id = ${q.recipientId})`,
    );
  const rows = db
    .select({
      id: activities.id,
      reference: activities.reference,
      name: activities.name,
      status: activities.status,
      businessFunction: activities.businessFunction,
      owner: activities.owner,
      lastReviewedOn: activities.lastReviewedOn,
      archivedAt: activities.archivedAt,
      updatedAt: activities.updatedAt,
      purposeCount: sql<number>`(select count(*) from purposes p where p.activity_id = "activities"."id")`,
      recipientCount: sql<number>`(select count(*) from activity_recipients r where r.activity_id = "activities"."id")`,
      transferCount: sql<number>`(select count(*) from transfers t where t.activity_id = "activities"."id")`,
    })
    .from(activities)
    .$dynamic();
  const count = db.select({ n: sql<number>`count(*)` }).from(activities).$dynamic();
  return runList(rows, count, search, conditions, q);
}

/** Every activity, archived ones included. */
export function countActivities(db: DbOrTx): number {
  return db.select({ n: sql<number>`count(*)` }).from(activities).get()?.n ?? 0;
}
