import { asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Recipient } from '../../electron/shared/schemas/entities';
import type { RecipientRole } from '../../electron/shared/vocab';
import type { DbOrTx } from '../client';
import { activities, activityRecipients, recipients } from '../schema';
import { type ListWindow, listSearch, runList } from './list-order';
import { recipientStore } from './stores';

export type RecipientSort = 'name' | 'role' | 'country' | 'updatedAt';

export interface RecipientListQuery extends ListWindow<RecipientSort> {
  role?: RecipientRole[];
  country?: string;
  includeArchived?: boolean;
}

const sortColumns = { name: recipients.name, role: recipients.role, country: recipients.country, updatedAt: recipients.updatedAt } as const;

/** One page of recipients with how many activities and DPAs each has, searched and sorted in SQLite. */
export function listRecipients(db: DbOrTx, q: RecipientListQuery) {
  const search = listSearch('recipient', recipients.id, q, sortColumns, 'name');
  const conditions: SQL[] = [];
  if (!q.includeArchived) conditions.push(isNull(recipients.archivedAt));
  if (q.role?.length) conditions.push(inArray(recipients.role, q.role));
  if (q.country) conditions.push(eq(recipients.country, q.country));
  const rows = db
    .select({
      recipient: recipients,
      activityCount: sql<number>`(select count(*) from activity_recipients ar where ar.recipient_id = "recipients"."id")`,
      dpaCount: sql<number>`(select count(*) from dpas d where d.recipient_id = "recipients"."id")`,
    })
    .from(recipients)
    .$dynamic();
  const count = db.select({ n: sql<number>`count(*)` }).from(recipients).$dynamic();
  const page = runList(rows, count, search, conditions, q);
  const items = page.items.map((r) => ({ ...(r.recipient as Recipient), activityCount: r.activityCount, dpaCount: r.dpaCount }));
  return { items, total: page.total };
}

/** A recipient with its sub-processors and the activities that disclose to it. */
export function recipientDetail(db: DbOrTx, id: string) {
  const recipient = recipientStore.get(db, id);
  const subProcessors = db
    .select({ id: recipients.id, name: recipients.name, country: recipients.country })
    .from(recipients)
    .where(eq(recipients.parentId, id))
    .orderBy(asc(recipients.name))
    .all();
  const linked = db
    .select({ id: activities.id, name: activities.name, role: activityRecipients.role })
    .from(activityRecipients)
    .innerJoin(activities, eq(activities.id, activityRecipients.activityId))
    .where(eq(activityRecipients.recipientId, id))
    .orderBy(asc(activities.name))
    .all();
  return { recipient, subProcessors, activities: linked };
}
