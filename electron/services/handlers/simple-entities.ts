import { searchSmallList } from '../../../db/queries/catalogue-list';
import { listDpas } from '../../../db/queries/dpa-list';
import { dpaStore, processorActivityStore, transferStore } from '../../../db/queries/stores';
import { listTransfers } from '../../../db/queries/transfer-list';
import { nowIso } from '../context';
import type { HandlerTable } from '../dispatch';

export const dpaHandlers: HandlerTable['dpas'] = {
  list: (ctx, q) => listDpas(ctx.database.db, q),
  get: (ctx, { id }) => dpaStore.get(ctx.database.db, id),
  create: (ctx, input) => dpaStore.create(ctx.database.db, input, nowIso(ctx)),
  update: (ctx, { id, expectedUpdatedAt, changes }) => dpaStore.update(ctx.database.db, id, changes, expectedUpdatedAt, nowIso(ctx)),
  delete: (ctx, { id }) => dpaStore.remove(ctx.database.db, id, nowIso(ctx)),
};

export const transferHandlers: HandlerTable['transfers'] = {
  list: (ctx, q) => listTransfers(ctx.database.db, q),
  get: (ctx, { id }) => transferStore.get(ctx.database.db, id),
  create: (ctx, input) => transferStore.create(ctx.database.db, input, nowIso(ctx)),
  update: (ctx, { id, expectedUpdatedAt, changes }) => transferStore.update(ctx.database.db, id, changes, expectedUpdatedAt, nowIso(ctx)),
  delete: (ctx, { id }) => transferStore.remove(ctx.database.db, id, nowIso(ctx)),
};

export const processorActivityHandlers: HandlerTable['processorActivities'] = {
  list: (ctx, q) => searchSmallList(ctx.database.db, processorActivityStore, 'processorActivity', q.search),
  get: (ctx, { id }) => processorActivityStore.get(ctx.database.db, id),
  create: (ctx, input) => processorActivityStore.create(ctx.database.db, input, nowIso(ctx)),
  update: (ctx, { id, expectedUpdatedAt, changes }) =>
    processorActivityStore.update(ctx.database.db, id, changes, expectedUpdatedAt, nowIso(ctx)),
  archive: (ctx, { id }) =>
    processorActivityStore.update(ctx.database.db, id, { archivedAt: nowIso(ctx) }, undefined, nowIso(ctx), 'archive'),
  delete: (ctx, { id }) => processorActivityStore.remove(ctx.database.db, id, nowIso(ctx)),
};
