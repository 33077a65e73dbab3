import { createActivity, deleteActivity, updateActivity } from '../../../db/queries/activities';
import { activityDetail } from '../../../db/queries/activity-detail';
import { listActivities } from '../../../db/queries/activity-list';
import { nowIso } from '../context';
import type { HandlerTable } from '../dispatch';

export const activityHandlers: HandlerTable['activities'] = {
  list: (ctx, q) => listActivities(ctx.database.db, q),
  get: (ctx, { id }) => activityDetail(ctx.database.db, id),
  create: (ctx, input) => createActivity(ctx.database.db, input, nowIso(ctx)),
  update: (ctx, { id, expectedUpdatedAt, changes }) => updateActivity(ctx.database.db, id, changes, expectedUpdatedAt, nowIso(ctx)),
  archive: (ctx, { id }) => updateActivity(ctx.database.db, id, { archivedAt: nowIso(ctx) }, undefined, nowIso(ctx), 'archive'),
  restore: (ctx, { id }) => updateActivity(ctx.database.db, id, { archivedAt: null }, undefined, nowIso(ctx), 'restore'),
  delete: (ctx, { id }) => deleteActivity(ctx.database.db, id, nowIso(ctx)),
};
