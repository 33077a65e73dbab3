import { createActivity, deleteActivity, getActivity, listActivities, updateActivity } from '../../../db/queries/activities';
import { dataCategoryStore, dataSubjectCategoryStore, recipientStore, securityMeasureStore, systemStore } from '../../../db/queries/stores';
import type { ActivityDetail } from '../../shared/schemas/outputs';
import { type ApiContext, nowIso } from '../context';
import type { HandlerTable } from '../dispatch';

function namesOf(list: { id: string; name: string }[], ids: Iterable<string>): Record<string, string> {
  const wanted = new Set(ids);
  return Object.fromEntries(list.filter((x) => wanted.has(x.id)).map((x) => [x.id, x.name]));
}

function detail(ctx: ApiContext, id: string): ActivityDetail {
  const db = ctx.database.db;
  const activity = getActivity(db, id);
  const recipientIds = [
    ...activity.recipients.map((r) => r.recipientId),
    ...activity.dataLinks.flatMap((l) => (l.recipientId ? [l.recipientId] : [])),
  ];
  return {
    activity,
    names: {
      dataCategories: namesOf(dataCategoryStore.all(db), [
        ...activity.dataCategories.map((c) => c.dataCategoryId),
        ...activity.dataLinks.map((l) => l.dataCategoryId),
      ]),
      dataSubjects: namesOf(dataSubjectCategoryStore.all(db), [
        ...activity.dataSubjectIds,
        ...activity.dataLinks.map((l) => l.subjectCategoryId),
      ]),
      recipients: namesOf(recipientStore.all(db), recipientIds),
      securityMeasures: namesOf(securityMeasureStore.all(db), activity.securityMeasureIds),
      systems: namesOf(systemStore.all(db), activity.systemIds),
    },
  };
}

export const activityHandlers: HandlerTable['activities'] = {
  list: (ctx, q) => listActivities(ctx.database.db, q),
  get: (ctx, { id }) => detail(ctx, id),
  create: (ctx, input) => createActivity(ctx.database.db, input, nowIso(ctx)),
  update: (ctx, { id, expectedUpdatedAt, changes }) => updateActivity(ctx.database.db, id, changes, expectedUpdatedAt, nowIso(ctx)),
  archive: (ctx, { id }) => updateActivity(ctx.database.db, id, { archivedAt: nowIso(ctx) }, undefined, nowIso(ctx), 'archive'),
  restore: (ctx, { id }) => updateActivity(ctx.database.db, id, { archivedAt: null }, undefined, nowIso(ctx), 'restore'),
  delete: (ctx, { id }) => deleteActivity(ctx.database.db, id, nowIso(ctx)),
};
