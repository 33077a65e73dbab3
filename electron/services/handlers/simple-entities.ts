import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { dpaStore, processorActivityStore, transferStore } from '../../../db/queries/stores';
import { activities, dpas, recipients, transfers } from '../../../db/schema';
import type { Dpa, Transfer } from '../../shared/schemas/entities';
import { nowIso } from '../context';
import type { HandlerTable } from '../dispatch';

export const dpaHandlers: HandlerTable['dpas'] = {
  list: (ctx, q) => {
    const rows = ctx.database.db
      .select()
      .from(dpas)
      .where(q.recipientId ? eq(dpas.recipientId, q.recipientId) : undefined)
      .orderBy(asc(dpas.title))
      .all();
    return rows.map((r) => dpaStore.toEntity(r as unknown as Record<string, unknown>)) as Dpa[];
  },
  get: (ctx, { id }) => dpaStore.get(ctx.database.db, id),
  create: (ctx, input) => dpaStore.create(ctx.database.db, input, nowIso(ctx)),
  update: (ctx, { id, expectedUpdatedAt, changes }) => dpaStore.update(ctx.database.db, id, changes, expectedUpdatedAt, nowIso(ctx)),
  delete: (ctx, { id }) => dpaStore.remove(ctx.database.db, id, nowIso(ctx)),
};

const transferSort = {
  startOn: transfers.startOn,
  country: transfers.country,
  mechanism: transfers.mechanism,
  updatedAt: transfers.updatedAt,
} as const;

export const transferHandlers: HandlerTable['transfers'] = {
  list: (ctx, q) => {
    const db = ctx.database.db;
    const conditions: SQL[] = [];
    if (q.activityId) conditions.push(eq(transfers.activityId, q.activityId));
    if (q.recipientId) conditions.push(eq(transfers.recipientId, q.recipientId));
    if (q.mechanism?.length) conditions.push(inArray(transfers.mechanism, q.mechanism));
    const where = conditions.length ? and(...conditions) : undefined;
    const total = db.select({ n: sql<number>`count(*)` }).from(transfers).where(where).get()?.n ?? 0;
    const order = q.direction === 'desc' ? desc(transferSort[q.sort]) : asc(transferSort[q.sort]);
    const exporter = alias(recipients, 'exporter');
    const rows = db
      .select({ transfer: transfers, recipientName: recipients.name, activityName: activities.name, exporterName: exporter.name })
      .from(transfers)
      .innerJoin(recipients, eq(recipients.id, transfers.recipientId))
      .leftJoin(activities, eq(activities.id, transfers.activityId))
      .leftJoin(exporter, eq(exporter.id, transfers.exporterRecipientId))
      .where(where)
      .orderBy(order, asc(transfers.id))
      .limit(q.limit)
      .offset(q.offset)
      .all();
    const items = rows.map((r) => ({
      ...(r.transfer as Transfer),
      recipientName: r.recipientName,
      activityName: r.activityName,
      exporterName: r.exporterName,
    }));
    return { items, total };
  },
  get: (ctx, { id }) => transferStore.get(ctx.database.db, id),
  create: (ctx, input) => transferStore.create(ctx.database.db, input, nowIso(ctx)),
  update: (ctx, { id, expectedUpdatedAt, changes }) => transferStore.update(ctx.database.db, id, changes, expectedUpdatedAt, nowIso(ctx)),
  delete: (ctx, { id }) => transferStore.remove(ctx.database.db, id, nowIso(ctx)),
};

export const processorActivityHandlers: HandlerTable['processorActivities'] = {
  list: (ctx, q) => {
    const term = q.search?.trim().toLocaleLowerCase('da');
    const all = processorActivityStore.all(ctx.database.db);
    return term ? all.filter((p) => `${p.controllerName} ${p.categoriesOfProcessing}`.toLocaleLowerCase('da').includes(term)) : all;
  },
  get: (ctx, { id }) => processorActivityStore.get(ctx.database.db, id),
  create: (ctx, input) => processorActivityStore.create(ctx.database.db, input, nowIso(ctx)),
  update: (ctx, { id, expectedUpdatedAt, changes }) =>
    processorActivityStore.update(ctx.database.db, id, changes, expectedUpdatedAt, nowIso(ctx)),
  archive: (ctx, { id }) =>
    processorActivityStore.update(ctx.database.db, id, { archivedAt: nowIso(ctx) }, undefined, nowIso(ctx), 'archive'),
  delete: (ctx, { id }) => processorActivityStore.remove(ctx.database.db, id, nowIso(ctx)),
};
