import { createHash } from 'node:crypto';
import { eq as eqId } from 'drizzle-orm';
import type { z } from 'zod';
import { AppError, issueDetails } from '../../electron/shared/errors';
import { message } from '../../electron/shared/i18n/message';
import { type Register, registerSchema } from '../../electron/shared/schemas/register';
import type { DbOrTx } from '../client';
import * as t from '../schema';
import { recordAudit } from './audit';
import { dpaStore } from './stores';

/** `$.activities[3].purposes[0].description` — how an import error names the place. */
export function jsonPath(path: PropertyKey[]): string {
  return `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`;
}

function importError(error: z.ZodError): AppError {
  const details = issueDetails(error, jsonPath);
  return new AppError('VALIDATION', message('problem.registerInvalid', { count: details.length }), details);
}

/** Parses and validates a whole register document; throws a VALIDATION error naming JSON paths. */
export function parseRegisterJson(text: string): Register {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new AppError('VALIDATION', message('problem.notJson', { detail: (e as Error).message }));
  }
  const parsed = registerSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) throw importError(parsed.error);
  return parsed.data;
}

const CHUNK = 200;
function insertAll<R>(insert: (rows: R[]) => void, rows: R[]): void {
  for (let i = 0; i < rows.length; i += CHUNK) insert(rows.slice(i, i + CHUNK));
}

/** Tables in the order a full replace must clear them (children first). */
const clearOrder = [
  t.dpfEntries,
  t.dpfSnapshots,
  t.findingAcknowledgements,
  t.transfers,
  t.dataLinks,
  t.activitySystems,
  t.activitySecurityMeasures,
  t.activityRecipients,
  t.activityDataSubjects,
  t.activityDataCategories,
  t.purposes,
  t.activities,
  t.processorActivities,
  t.dpas,
  t.recipients,
  t.systems,
  t.securityMeasures,
  t.dataSubjectCategories,
  t.dataCategories,
  t.organisation,
  t.settings,
];

export function isRegisterEmpty(db: DbOrTx): boolean {
  return clearOrder.every((table) => db.select().from(table).limit(1).all().length === 0);
}

function writeActivities(tx: DbOrTx, activities: Register['activities']): void {
  const rows = activities.map(
    ({ purposes, dataCategories, dataSubjectIds, recipients, dataLinks, securityMeasureIds, systemIds, ...row }) => row,
  );
  insertAll((r) => tx.insert(t.activities).values(r).run(), rows);
  const each = <R>(f: (a: Register['activities'][number]) => R[]) => activities.flatMap(f);
  insertAll(
    (r) => tx.insert(t.purposes).values(r).run(),
    each((a) => a.purposes.map((p, position) => ({ ...p, activityId: a.id, position }))),
  );
  insertAll(
    (r) => tx.insert(t.activityDataCategories).values(r).run(),
    each((a) => a.dataCategories.map((c) => ({ ...c, activityId: a.id }))),
  );
  insertAll(
    (r) => tx.insert(t.activityDataSubjects).values(r).run(),
    each((a) => a.dataSubjectIds.map((subjectCategoryId) => ({ activityId: a.id, subjectCategoryId }))),
  );
  insertAll(
    (r) => tx.insert(t.activityRecipients).values(r).run(),
    each((a) => a.recipients.map((x) => ({ ...x, activityId: a.id }))),
  );
  insertAll(
    (r) => tx.insert(t.dataLinks).values(r).run(),
    each((a) => a.dataLinks.map((l) => ({ ...l, activityId: a.id }))),
  );
  insertAll(
    (r) => tx.insert(t.activitySecurityMeasures).values(r).run(),
    each((a) => a.securityMeasureIds.map((securityMeasureId) => ({ activityId: a.id, securityMeasureId }))),
  );
  insertAll(
    (r) => tx.insert(t.activitySystems).values(r).run(),
    each((a) => a.systemIds.map((systemId) => ({ activityId: a.id, systemId }))),
  );
}

export function registerCounts(doc: Register): Record<string, number> {
  return {
    activities: doc.activities.length,
    recipients: doc.recipients.length,
    transfers: doc.transfers.length,
    dpas: doc.dpas.length,
    dataCategories: doc.dataCategories.length,
    dataSubjectCategories: doc.dataSubjectCategories.length,
    securityMeasures: doc.securityMeasures.length,
    systems: doc.systems.length,
    processorActivities: doc.processorActivities.length,
    findingAcknowledgements: doc.findingAcknowledgements.length,
    dpfSnapshots: doc.dpfSnapshots.length,
  };
}

/**
 * Writes a validated register document in one transaction: all or nothing.
 * Into an empty register by default; `replace` clears the current register first.
 * The import is audited as one row (counts and content hash), not one row per entity.
 */
export function writeRegister(db: DbOrTx, doc: Register, at: string, options: { replace?: boolean } = {}): Record<string, number> {
  return db.transaction((tx) => {
    if (!isRegisterEmpty(tx)) {
      if (!options.replace) {
        throw new AppError('CONFLICT', message('problem.registerNotEmpty'));
      }
      for (const table of clearOrder) tx.delete(table).run();
    }
    if (doc.organisation) tx.insert(t.organisation).values(doc.organisation).run();
    insertAll((r) => tx.insert(t.dataCategories).values(r).run(), doc.dataCategories);
    insertAll((r) => tx.insert(t.dataSubjectCategories).values(r).run(), doc.dataSubjectCategories);
    insertAll((r) => tx.insert(t.securityMeasures).values(r).run(), doc.securityMeasures);
    insertAll((r) => tx.insert(t.systems).values(r).run(), doc.systems);
    // Recipients may name a parent later in the list: insert without parents, then link.
    insertAll(
      (r) => tx.insert(t.recipients).values(r).run(),
      doc.recipients.map((r) => ({ ...r, parentId: null })),
    );
    for (const r of doc.recipients) {
      if (r.parentId) tx.update(t.recipients).set({ parentId: r.parentId }).where(eqId(t.recipients.id, r.id)).run();
    }
    insertAll(
      (r) => tx.insert(t.dpas).values(r).run(),
      doc.dpas.map((d) => dpaStore.toRow(d) as typeof t.dpas.$inferInsert),
    );
    writeActivities(tx, doc.activities);
    insertAll((r) => tx.insert(t.transfers).values(r).run(), doc.transfers);
    insertAll((r) => tx.insert(t.processorActivities).values(r).run(), doc.processorActivities);
    insertAll((r) => tx.insert(t.findingAcknowledgements).values(r).run(), doc.findingAcknowledgements);
    for (const { entries, ...snapshot } of doc.dpfSnapshots) {
      tx.insert(t.dpfSnapshots).values(snapshot).run();
      insertAll(
        (r) => tx.insert(t.dpfEntries).values(r).run(),
        entries.map((e) => ({ ...e, snapshotId: snapshot.id })),
      );
    }
    insertAll((r) => tx.insert(t.settings).values(r).run(), doc.settings);
    const counts = registerCounts(doc);
    const contentHash = createHash('sha256').update(JSON.stringify(doc)).digest('hex');
    recordAudit(tx, { entity: 'register', entityId: 'register', action: 'import', before: null, after: { counts, contentHash }, at });
    return counts;
  });
}
