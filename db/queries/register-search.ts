import { inArray, sql } from 'drizzle-orm';
import type { SearchHit, SearchKind } from '../../electron/shared/schemas/search';
import type { DbOrTx } from '../client';
import * as t from '../schema';
import { rankSql } from '../search/query';

/** The best `limit` matches of each kind and how many match in all, for the register-wide search. */
export function searchRegister(
  db: DbOrTx,
  expression: string,
  kinds: readonly SearchKind[],
  limit: number,
): { kind: SearchKind; total: number; hits: SearchHit[] }[] {
  const wanted = new Set(kinds);
  const rows = db.all<{ kind: SearchKind; id: string }>(
    sql`SELECT k.kind AS kind, k.id AS id FROM search_index JOIN search_keys k ON k.key = search_index.rowid WHERE search_index MATCH ${expression} ORDER BY ${rankSql}`,
  );
  const found = new Map<SearchKind, { total: number; ids: string[] }>();
  for (const r of rows) {
    if (!wanted.has(r.kind)) continue;
    let g = found.get(r.kind);
    if (!g) {
      g = { total: 0, ids: [] };
      found.set(r.kind, g);
    }
    g.total += 1;
    if (g.ids.length < limit) g.ids.push(r.id);
  }
  return kinds.flatMap((kind) => {
    const g = found.get(kind);
    if (!g) return [];
    const byId = new Map(describe(db, kind, g.ids).map((h) => [h.id, h]));
    return [{ kind, total: g.total, hits: g.ids.flatMap((id) => byId.get(id) ?? []) }];
  });
}

const clip = (s: string | null, n = 120) => (s && s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** One line per hit: what the entry is called, and what tells it apart. */
function describe(db: DbOrTx, kind: SearchKind, ids: string[]): SearchHit[] {
  const hit = (id: string, title: string, detail: string | null, parentId: string | null = null): SearchHit => ({
    kind,
    id,
    title,
    detail,
    parentId,
  });
  switch (kind) {
    case 'activity':
      return db
        .select({ id: t.activities.id, name: t.activities.name, reference: t.activities.reference })
        .from(t.activities)
        .where(inArray(t.activities.id, ids))
        .all()
        .map((r) => hit(r.id, r.name, r.reference));
    case 'recipient':
      return db
        .select({ id: t.recipients.id, name: t.recipients.name, legalName: t.recipients.legalName, country: t.recipients.country })
        .from(t.recipients)
        .where(inArray(t.recipients.id, ids))
        .all()
        .map((r) => hit(r.id, r.name, [r.legalName, r.country].filter(Boolean).join(' · ') || null));
    case 'transfer':
      return db
        .select({
          id: t.transfers.id,
          activityId: t.transfers.activityId,
          recipient: sql<string>`(SELECT r.name FROM recipients r WHERE r.id = "transfers"."recipient_id")`,
          activity: sql<string | null>`(SELECT a.name FROM activities a WHERE a.id = "transfers"."activity_id")`,
          country: t.transfers.country,
          mechanism: t.transfers.mechanism,
        })
        .from(t.transfers)
        .where(inArray(t.transfers.id, ids))
        .all()
        .map((r) => ({ ...hit(r.id, r.recipient, r.activity, r.activityId), country: r.country, mechanism: r.mechanism }));
    case 'dpa':
      return db
        .select({
          id: t.dpas.id,
          title: t.dpas.title,
          recipientId: t.dpas.recipientId,
          recipient: sql<string>`(SELECT r.name FROM recipients r WHERE r.id = "dpas"."recipient_id")`,
        })
        .from(t.dpas)
        .where(inArray(t.dpas.id, ids))
        .all()
        .map((r) => hit(r.id, r.title, r.recipient, r.recipientId));
    case 'processorActivity':
      return db
        .select({
          id: t.processorActivities.id,
          name: t.processorActivities.controllerName,
          detail: t.processorActivities.categoriesOfProcessing,
        })
        .from(t.processorActivities)
        .where(inArray(t.processorActivities.id, ids))
        .all()
        .map((r) => hit(r.id, r.name, clip(r.detail)));
    default: {
      const table = {
        dataCategory: t.dataCategories,
        dataSubjectCategory: t.dataSubjectCategories,
        securityMeasure: t.securityMeasures,
        system: t.systems,
      }[kind];
      return db
        .select({ id: table.id, name: table.name, description: table.description })
        .from(table)
        .where(inArray(table.id, ids))
        .all()
        .map((r) => hit(r.id, r.name, clip(r.description)));
    }
  }
}
