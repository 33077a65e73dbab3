import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  activityFieldDefaults,
  emptyActivityRelations,
  type ActivityRelations as Relations,
} from '../../electron/shared/schemas/blank-entities';
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

type ActivityRow = typeof activities.$inferSelect;
type PurposeInput = Omit<Activity['purposes'][number], 'id'> & { id?: string };
type LinkInput = Omit<Activity['dataLinks'][number], 'id'> & { id?: string };
export type ActivityRelationsInput = Omit<Relations, 'purposes' | 'dataLinks'> & { purposes: PurposeInput[]; dataLinks: LinkInput[] };
export type ActivityInput = Partial<Omit<Activity, keyof Relations | 'createdAt' | 'updatedAt'>> & Partial<ActivityRelationsInput>;

/** Loads the relations of many activities with one query per relation table. */
function loadRelations(db: DbOrTx, ids: string[] | null): Map<string, Relations> {
  const map = new Map<string, Relations>();
  const bucket = (id: string) => {
    let r = map.get(id);
    if (!r) {
      r = emptyActivityRelations();
      map.set(id, r);
    }
    return r;
  };
  const where = (t: { activityId: SQLiteColumn }) => (ids ? inArray(t.activityId, ids) : undefined);
  for (const p of db.select().from(purposes).where(where(purposes)).orderBy(purposes.activityId, purposes.position).all()) {
    const { activityId, position: _position, ...purpose } = p;
    bucket(activityId).purposes.push(purpose);
  }
  for (const c of db
    .select()
    .from(activityDataCategories)
    .where(where(activityDataCategories))
    .orderBy(activityDataCategories.dataCategoryId)
    .all()) {
    bucket(c.activityId).dataCategories.push({
      dataCategoryId: c.dataCategoryId,
      retentionMonths: c.retentionMonths,
      retentionText: c.retentionText,
    });
  }
  for (const s of db
    .select()
    .from(activityDataSubjects)
    .where(where(activityDataSubjects))
    .orderBy(activityDataSubjects.subjectCategoryId)
    .all()) {
    bucket(s.activityId).dataSubjectIds.push(s.subjectCategoryId);
  }
  for (const r of db.select().from(activityRecipients).where(where(activityRecipients)).orderBy(activityRecipients.recipientId).all()) {
    bucket(r.activityId).recipients.push({ recipientId: r.recipientId, role: r.role, purpose: r.purpose });
  }
  for (const l of db.select().from(dataLinks).where(where(dataLinks)).orderBy(dataLinks.id).all()) {
    const { activityId, ...link } = l;
    bucket(activityId).dataLinks.push(link);
  }
  for (const m of db
    .select()
    .from(activitySecurityMeasures)
    .where(where(activitySecurityMeasures))
    .orderBy(activitySecurityMeasures.securityMeasureId)
    .all()) {
    bucket(m.activityId).securityMeasureIds.push(m.securityMeasureId);
  }
  for (const s of db.select().from(activitySystems).where(where(activitySystems)).orderBy(activitySystems.systemId).all()) {
    bucket(s.activityId).systemIds.push(s.systemId);
  }
  return map;
}

function assemble(row: ActivityRow, relations: Relations | undefined): Activity {
  return { ...row, ...(relations ?? emptyActivityRelations()) };
}

export function findActivity(db: DbOrTx, id: string): Activity | null {
  const row = db.select().from(activities).where(eq(activities.id, id)).get();
  return row ? assemble(row, loadRelations(db, [id]).get(id)) : null;
}

export function getActivity(db: DbOrTx, id: string): Activity {
  const found = findActivity(db, id);
  if (!found) throw notFound('activity', id);
  return found;
}

/** The activities with these ids and their relations, in the order of `ids` (missing ids are skipped). */
export function findActivities(db: DbOrTx, ids: string[]): Activity[] {
  if (ids.length === 0) return [];
  const relations = loadRelations(db, ids);
  const rows = new Map(
    db
      .select()
      .from(activities)
      .where(inArray(activities.id, ids))
      .all()
      .map((row) => [row.id, row]),
  );
  const found: Activity[] = [];
  for (const id of ids) {
    const row = rows.get(id);
    if (row) found.push(assemble(row, relations.get(id)));
  }
  return found;
}

/** Every activity with its relations, sorted by id (for export, checks and reports). */
export function allActivities(db: DbOrTx): Activity[] {
  const relations = loadRelations(db, null);
  return db
    .select()
    .from(activities)
    .orderBy(activities.id)
    .all()
    .map((row) => assemble(row, relations.get(row.id)));
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

export interface ActivityListQuery {
  search?: string;
  status?: Activity['status'][];
  includeArchived?: boolean;
  recipientId?: string;
  sort: 'name' | 'reference' | 'status' | 'updatedAt' | 'lastReviewedOn';
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
}

const sortColumns = {
  name: activities.name,
  reference: activities.reference,
  status: activities.status,
  updatedAt: activities.updatedAt,
  lastReviewedOn: activities.lastReviewedOn,
} as const;

/** Search is case-insensitive for Danish letters too: ropa_fold is registered in openDatabase. */
export function listActivities(db: DbOrTx, q: ActivityListQuery) {
  const conditions: SQL[] = [];
  if (!q.includeArchived) conditions.push(isNull(activities.archivedAt));
  if (q.status?.length) conditions.push(inArray(activities.status, q.status));
  if (q.recipientId)
    conditions.push(
      sql`exists (select 1 from ${activityRecipients} ar where ar.activity_id = "activities"."id" and ar.recipient_id = ${q.recipientId})`,
    );
  const term = q.search?.trim();
  if (term) {
    const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`ropa_fold(coalesce(${activities.name}, '') || ' ' || coalesce(${activities.reference}, '') || ' ' || coalesce(${activities.description}, '') || ' ' || coalesce(${activities.businessFunction}, '') || ' ' || coalesce(${activities.owner}, '')) like ropa_fold(${pattern}) escape '\\'`,
    );
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const order = q.direction === 'desc' ? desc(sortColumns[q.sort]) : asc(sortColumns[q.sort]);
  const total = db.select({ n: sql<number>`count(*)` }).from(activities).where(where).get()?.n ?? 0;
  const items = db
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
    .where(where)
    .orderBy(order, asc(activities.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  return { items, total };
}
