import { listRecipients, recipientDetail } from '../../../db/queries/recipient-list';
import { recipientStore } from '../../../db/queries/stores';
import { nowIso } from '../context';
import type { HandlerTable } from '../dispatch';

export const recipientHandlers: HandlerTable['recipients'] = {
  list: (ctx, q) => listRecipients(ctx.database.db, q),
  get: (ctx, { id }) => recipientDetail(ctx.database.db, id),
  create: (ctx, input) => recipientStore.create(ctx.database.db, input, nowIso(ctx)),
  update: (ctx, { id, expectedUpdatedAt, changes }) => recipientStore.update(ctx.database.db, id, changes, expectedUpdatedAt, nowIso(ctx)),
  archive: (ctx, { id }) => recipientStore.update(ctx.database.db, id, { archivedAt: nowIso(ctx) }, undefined, nowIso(ctx), 'archive'),
  restore: (ctx, { id }) => recipientStore.update(ctx.database.db, id, { archivedAt: null }, undefined, nowIso(ctx), 'restore'),
  delete: (ctx, { id }) => recipientStore.remove(ctx.database.db, id, nowIso(ctx)),
};
