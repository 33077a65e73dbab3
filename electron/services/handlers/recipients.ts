import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { recipientStore } from '../../../db/queries/stores';
import { activities, activityRecipients, recipients } from '../../../db/schema';
import type { RecipientSummary } from '../../shared/schemas/outputs';
import { nowIso } from '../context';
import type { HandlerTable } from '../dispatch';

const sortColumns = { name: recipients.name, role: recipients.role, country: recipients.country, updatedAt: recipients.updatedAt } as const;

export const recipientHandlers: HandlerTable['recipients'] = {
  list: (ctx, q) => {
    const db = ctx.database.db;
    const conditions: SQL[] = [];
    if (!q.includeArchived) conditions.push(isNull(recipients.archivedAt));
    if (q.role?.length) conditions.push(inArray(recipients.role, q.role));
    if (q.country) conditions.push(eq(recipients.country, q.country));
    const term = q.search?.trim();
    if (term) {
      const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(
        sql`ropa_fold(${recipients.name} || ' ' || coalesce(${recipients.legalName}, '') || ' ' || coalesce(${recipients.category}, '')) like ropa_fold(${pattern}) escape '\\'`,
      );
    }
    const where = conditions.length ? and(...conditions) : undefined;
    const total = db.select({ n: sql<number>`count(*)` }).from(recipients).where(where).get()?.n ?? 0;
    const order = q.direction === 'desc' ? desc(sortColumns[q.sort]) : asc(sortColumns[q.sort]);
    const rows = db
      .select({
        recipient: recipients,
        activityCount: sql<number>`(select count(*) from activity_recipients ar where ar.recipient_id = "recipients"."id")`,
        dpaCount: sql<number>`(select count(*) from dpas d where d.recipient_id = "recipients"."id")`,
      })
      .from(recipients)
      .where(where)
      .orderBy(order, asc(recipients.id))
      .limit(q.limit)
      .offset(q.offset)
      .all();
    const items: RecipientSummary[] = rows.map((r) => ({
      ...(r.recipient as RecipientSummary),
      activityCount: r.activityCount,
      dpaCount: r.dpaCount,
    }));
    return { items, total };
  },
  get: (ctx, { id }) => {
    const db = ctx.database.db;
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
  },
  create: (ctx, input) => recipientStore.create(ctx.database.db, input, nowIso(ctx)),
  update: (ctx, { id, expectedUpdatedAt, changes }) => recipientStore.update(ctx.database.db, id, changes, expectedUpdatedAt, nowIso(ctx)),
  archive: (ctx, { id }) => recipientStore.update(ctx.database.db, id, { archivedAt: nowIso(ctx) }, undefined, nowIso(ctx), 'archive'),
  restore: (ctx, { id }) => recipientStore.update(ctx.database.db, id, { archivedAt: null }, undefined, nowIso(ctx), 'restore'),
  delete: (ctx, { id }) => recipientStore.remove(ctx.database.db, id, nowIso(ctx)),
};
