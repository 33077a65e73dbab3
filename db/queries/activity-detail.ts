import { asc, inArray } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ActivityDetail } from '../../electron/shared/schemas/outputs';
import type { DbOrTx } from '../client';
import { dataCategories, dataSubjectCategories, recipients, securityMeasures, systems } from '../schema';
import { getActivity } from './activities';

/** id → name of the given ids of a table (only those: never the whole catalogue). */
function namesOf(db: DbOrTx, table: SQLiteTable & { id: SQLiteColumn; name: SQLiteColumn }, ids: Iterable<string>): Record<string, string> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return {};
  const rows = db.select({ id: table.id, name: table.name }).from(table).where(inArray(table.id, wanted)).orderBy(asc(table.id)).all() as {
    id: string;
    name: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/** An activity with the names of everything it links to, so its page needs no further calls to label them. */
export function activityDetail(db: DbOrTx, id: string): ActivityDetail {
  const activity = getActivity(db, id);
  return {
    activity,
    names: {
      dataCategories: namesOf(db, dataCategories, [
        ...activity.dataCategories.map((c) => c.dataCategoryId),
        ...activity.dataLinks.map((l) => l.dataCategoryId),
      ]),
      dataSubjects: namesOf(db, dataSubjectCategories, [...activity.dataSubjectIds, ...activity.dataLinks.map((l) => l.subjectCategoryId)]),
      recipients: namesOf(db, recipients, [
        ...activity.recipients.map((r) => r.recipientId),
        ...activity.dataLinks.flatMap((l) => (l.recipientId ? [l.recipientId] : [])),
      ]),
      securityMeasures: namesOf(db, securityMeasures, activity.securityMeasureIds),
      systems: namesOf(db, systems, activity.systemIds),
    },
  };
}
