import { eq } from 'drizzle-orm';
import { activityFieldDefaults, type ActivityRelations as Relations } from '../../electron/shared/schemas/blank-entities';
import type { Activity } from '../../electron/shared/schemas/entities';
import type { DbOrTx } from '../client';
import {
  activities,
  activityDataCategories,
  activityDataSubjects,
  activityRecipients,
  activitySecurityMeasures,
  activitySystems,
  dataLinks,
  purposes,
} from '../schema';
import { recordAudit } from './audit';
import { assertFresh, notFound } from './concurrency';
import { newId } from './ids';
import { readActivities } from './register-export';

type ActivityRow = typeof activities.$inferSelect;
type PurposeInput = Omit<Activity['purposes'][number], 'id'> & { id?: string };
type LinkInput = Omit<Activity['dataLinks'][number], 'id'> & { id?: string };
export type ActivityRelationsInput = Omit<Relations, 'purposes' | 'dataLinks'> & { purposes: PurposeInput[]; dataLinks: LinkInput[] };
export type ActivityInput = Partial<Omit<Activity, keyof Relations | 'createdAt' | 'updatedAt'>> & Partial<ActivityRelationsInput>;

export function findActivity(db: DbOrTx, id: string): Activity | null {
  return readActivities(db, [id])[0] ?? null;
}

export function getActivity(db: DbOrTx, id: string): Activity {
  const found = findActivity(db, id);
  if (!found) throw notFound('activity', id);
  return found;
}

/** The activities with these ids and their relations, in the order of `ids` (missing ids are skipped). */
export function findActivities(db: DbOrTx, ids: string[]): Activity[] {
  if (ids.length === 0) return [];
  const byId = new Map(readActivities(db, ids).map((a) => [a.id, a]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Gives new purposes and links their ids and puts every list in the order a read returns it. */
function normaliseRelations(rel: Partial<ActivityRelationsInput>): Partial<Relations> {
  const out: Partial<Relations> = {};
  if (rel.purposes) out.purposes = rel.purposes.map((p) => ({ ...p, id: p.id ?? newId() }));
  if (rel.dataCategories) out.dataCategories = [...rel.dataCategories].sort((a, b) => byString(a.dataCategoryId, b.dataCategoryId));
  if (rel.dataSubjectIds) out.dataSubjectIds = [...rel.dataSubjectIds].sort(byString);
  if (rel.recipients) out.recipients = [...rel.recipients].sort((a, b) => byString(a.recipientId, b.recipientId));
  if (rel.dataLinks) out.dataLinks = rel.dataLinks.map((l) => ({ ...l, id: l.id ?? newId() })).sort((a, b) => byString(a.id, b.id));
  if (rel.securityMeasureIds) out.securityMeasureIds = [...rel.securityMeasureIds].sort(byString);
  if (rel.systemIds) out.systemIds = [...rel.systemIds].sort(byString);
  return out;
}

/** Replaces the given relations of one activity (each list is written as a whole). */
function writeRelations(tx: DbOrTx, activityId: string, rel: Partial<Relations>): void {
  if (rel.purposes) {
    tx.delete(purposes).where(eq(purposes.activityId, activityId)).run();
    if (rel.purposes.length)
      tx.insert(purposes)
        .values(rel.purposes.map((p, position) => ({ ...p, activityId, position })))
        .run();
  }
  if (rel.dataCategories) {
    tx.delete(activityDataCategories).where(eq(activityDataCategories.activityId, activityId)).run();
    if (rel.dataCategories.length)
      tx.insert(activityDataCategories)
        .values(rel.dataCategories.map((c) => ({ ...c, activityId })))
        .run();
  }
  if (rel.dataSubjectIds) {
    tx.delete(activityDataSubjects).where(eq(activityDataSubjects.activityId, activityId)).run();
    if (rel.dataSubjectIds.length)
      tx.insert(activityDataSubjects)
        .values(rel.dataSubjectIds.map((subjectCategoryId) => ({ activityId, subjectCategoryId })))
        .run();
  }
  if (rel.recipients) {
    tx.delete(activityRecipients).where(eq(activityRecipients.activityId, activityId)).run();
    if (rel.recipients.length)
      tx.insert(activityRecipients)
        .values(rel.recipients.map((r) => ({ ...r, activityId })))
        .run();
  }
  if (rel.dataLinks) {
    tx.delete(dataLinks).where(eq(dataLinks.activityId, activityId)).run();
    if (rel.dataLinks.length)
      tx.insert(dataLinks)
        .values(rel.dataLinks.map((l) => ({ ...l, activityId })))
        .run();
  }
  if (rel.securityMeasureIds) {
    tx.delete(activitySecurityMeasures).where(eq(activitySecurityMeasures.activityId, activityId)).run();
    if (rel.securityMeasureIds.length)
      tx.insert(activitySecurityMeasures)
        .values(rel.securityMeasureIds.map((securityMeasureId) => ({ activityId, securityMeasureId })))
        .run();
  }
  if (rel.systemIds) {
    tx.delete(activitySystems).where(eq(activitySystems.activityId, activityId)).run();
    if (rel.systemIds.length)
      tx.insert(activitySystems)
        .values(rel.systemIds.map((systemId) => ({ activityId, systemId })))
        .run();
  }
}

function splitInput(input: ActivityInput): { fields: Partial<ActivityRow>; relations: Partial<Relations> } {
  const {
    purposes: p,
    dataCategories: c,
    dataSubjectIds: s,
    recipients: r,
    dataLinks: l,
    securityMeasureIds: m,
    systemIds: y,
    ...fields
  } = input;
  const relations: Partial<ActivityRelationsInput> = {};
  if (p) relations.purposes = p;
  if (c) relations.dataCategories = c;
  if (s) relations.dataSubjectIds = s;
  if (r) relations.recipients = r;
  if (l) relations.dataLinks = l;
  if (m) relations.securityMeasureIds = m;
  if (y) relations.systemIds = y;
  return { fields: fields as Partial<ActivityRow>, relations: normaliseRelations(relations) };
}

export function createActivity(db: DbOrTx, input: ActivityInput & { name: string }, at: string): Activity {
  return db.transaction((tx) => {
    const { fields, relations } = splitInput(input);
    const row: ActivityRow = {
      ...activityFieldDefaults(),
      ...fields,
      name: input.name,
      id: input.id ?? newId(),
      createdAt: at,
      updatedAt: at,
    };
    tx.insert(activities).values(row).run();
    writeRelations(tx, row.id, relations);
    const after = getActivity(tx, row.id);
    recordAudit(tx, { entity: 'activity', entityId: row.id, action: 'create', before: null, after, at });
    return after;
  });
}

export function updateActivity(
  db: DbOrTx,
  id: string,
  changes: ActivityInput,
  expectedUpdatedAt: string | undefined,
  at: string,
  action: 'update' | 'archive' | 'restore' = 'update',
): Activity {
  return db.transaction((tx) => {
    const before = getActivity(tx, id);
    assertFresh('activity', before, expectedUpdatedAt);
    const { fields, relations } = splitInput(changes);
    const row = { ...fields, id, createdAt: before.createdAt, updatedAt: at };
    tx.update(activities).set(row).where(eq(activities.id, id)).run();
    writeRelations(tx, id, relations);
    // Built, not re-read: the normalised relations are in read order (a test holds this true).
    const after: Activity = { ...before, ...row, ...relations };
    recordAudit(tx, { entity: 'activity', entityId: id, action, before, after, at });
    return after;
  });
}

export function deleteActivity(db: DbOrTx, id: string, at: string): { id: string; deleted: true } {
  return db.transaction((tx) => {
    const before = getActivity(tx, id);
    tx.delete(activities).where(eq(activities.id, id)).run();
    recordAudit(tx, { entity: 'activity', entityId: id, action: 'delete', before, after: null, at });
    return { id, deleted: true as const };
  });
}
