import { inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  activityDataCategorySchema,
  activityRecipientSchema,
  activitySchema,
  dataCategorySchema,
  dataLinkSchema,
  dataSubjectCategorySchema,
  dpaSchema,
  dpfEntrySchema,
  dpfSnapshotSchema,
  findingAcknowledgementSchema,
  organisationSchema,
  processorActivitySchema,
  purposeSchema,
  recipientSchema,
  securityMeasureSchema,
  settingSchema,
  systemSchema,
  transferSchema,
} from '../../electron/shared/schemas/entities';
import { REGISTER_FORMAT, REGISTER_FORMAT_VERSION, type Register } from '../../electron/shared/schemas/register';
import type { DbOrTx } from '../client';
import * as t from '../schema';
import { readAll, readRows } from './row-reader';

type Activity = Register['activities'][number];
export const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);

/** Groups rows by their activity (rows arrive ordered by activity, then by the list's own order). */
function byGroup<R, V>(read: { rows: R[]; groups: string[] }, value: (row: R) => V): Map<string, V[]> {
  const map = new Map<string, V[]>();
  read.rows.forEach((row, i) => {
    const key = read.groups[i]!;
    const list = map.get(key);
    if (list) list.push(value(row));
    else map.set(key, [value(row)]);
  });
  return map;
}

/** The activities (all, or those `where` picks) with their relations. */
export function readActivities(db: DbOrTx, ids?: string[]): Activity[] {
  const only = (column: SQLiteColumn) => (ids ? inArray(column, ids) : undefined);
  const rel = (table: Parameters<typeof readRows>[1] & { activityId: SQLiteColumn }, keys: string[], orderBy: string) =>
    readRows<Record<string, unknown>>(db, table, keys, {
      groupBy: 'activity_id',
      where: only(table.activityId),
      orderBy: `"activity_id", ${orderBy}`,
    });
  const purposes = byGroup(rel(t.purposes, keysOf(purposeSchema), '"position"'), (r) => r);
  const categories = byGroup(rel(t.activityDataCategories, keysOf(activityDataCategorySchema), '"data_category_id"'), (r) => r);
  const subjects = byGroup(rel(t.activityDataSubjects, ['subjectCategoryId'], '"subject_category_id"'), (r) => r.subjectCategoryId);
  const recipients = byGroup(rel(t.activityRecipients, keysOf(activityRecipientSchema), '"recipient_id"'), (r) => r);
  const links = byGroup(rel(t.dataLinks, keysOf(dataLinkSchema), '"id"'), (r) => r);
  const measures = byGroup(rel(t.activitySecurityMeasures, ['securityMeasureId'], '"security_measure_id"'), (r) => r.securityMeasureId);
  const systems = byGroup(rel(t.activitySystems, ['systemId'], '"system_id"'), (r) => r.systemId);
  const activities = readAll<Activity>(db, t.activities, keysOf(activitySchema), { where: only(t.activities.id) });
  for (const a of activities) {
    a.purposes = (purposes.get(a.id) ?? []) as Activity['purposes'];
    a.dataCategories = (categories.get(a.id) ?? []) as Activity['dataCategories'];
    a.dataSubjectIds = (subjects.get(a.id) ?? []) as string[];
    a.recipients = (recipients.get(a.id) ?? []) as Activity['recipients'];
    a.dataLinks = (links.get(a.id) ?? []) as Activity['dataLinks'];
    a.securityMeasureIds = (measures.get(a.id) ?? []) as string[];
    a.systemIds = (systems.get(a.id) ?? []) as string[];
  }
  return activities;
}

/** DPAs (all, or those `where` picks) — the signed document is a blob in the file, base64 in the document. */
export function readDpas(db: DbOrTx, where?: SQL): Register['dpas'] {
  const rows = readAll<Register['dpas'][number] & { document?: Buffer | null }>(db, t.dpas, [...keysOf(dpaSchema), 'document'], { where });
  for (const d of rows) {
    d.documentBase64 = d.document ? Buffer.from(d.document).toString('base64') : null;
    delete d.document;
  }
  return rows;
}

export function readDpfSnapshots(db: DbOrTx): Register['dpfSnapshots'] {
  const entries = byGroup(
    readRows<Register['dpfSnapshots'][number]['entries'][number]>(db, t.dpfEntries, keysOf(dpfEntrySchema), {
      groupBy: 'snapshot_id',
      orderBy: '"id"',
    }),
    (r) => r,
  );
  const snapshots = readAll<Register['dpfSnapshots'][number]>(db, t.dpfSnapshots, keysOf(dpfSnapshotSchema));
  for (const s of snapshots) s.entries = entries.get(s.id) ?? [];
  return snapshots;
}

/** Lists come sorted by SQLite (byte order of UTF-8); this keeps the document's own order (UTF-16) for any id. */
function sortedById<T extends { id: string }>(list: T[]): T[] {
  for (let i = 1; i < list.length; i++) {
    if (list[i - 1]!.id > list[i]!.id) return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return list;
}

/**
 * How each list of the register document is read: all rows, or those `where` picks (a batch of
 * ids). The one source for readRegister and for the batch-by-batch read that hashes a big register
 * (register-stream.ts), so both always give the same items.
 */
export const registerListReaders = {
  dataCategories: (db: DbOrTx, where?: SQL) =>
    readAll<Register['dataCategories'][number]>(db, t.dataCategories, keysOf(dataCategorySchema), { where }),
  dataSubjectCategories: (db: DbOrTx, where?: SQL) =>
    readAll<Register['dataSubjectCategories'][number]>(db, t.dataSubjectCategories, keysOf(dataSubjectCategorySchema), { where }),
  securityMeasures: (db: DbOrTx, where?: SQL) =>
    readAll<Register['securityMeasures'][number]>(db, t.securityMeasures, keysOf(securityMeasureSchema), { where }),
  systems: (db: DbOrTx, where?: SQL) => readAll<Register['systems'][number]>(db, t.systems, keysOf(systemSchema), { where }),
  recipients: (db: DbOrTx, where?: SQL) => readAll<Register['recipients'][number]>(db, t.recipients, keysOf(recipientSchema), { where }),
  dpas: readDpas,
  transfers: (db: DbOrTx, where?: SQL) => readAll<Register['transfers'][number]>(db, t.transfers, keysOf(transferSchema), { where }),
  processorActivities: (db: DbOrTx, where?: SQL) =>
    readAll<Register['processorActivities'][number]>(db, t.processorActivities, keysOf(processorActivitySchema), { where }),
  findingAcknowledgements: (db: DbOrTx, where?: SQL) =>
    readAll<Register['findingAcknowledgements'][number]>(db, t.findingAcknowledgements, keysOf(findingAcknowledgementSchema), { where }),
} as const;

/** The organisation row as the document holds it (or null). */
export function readOrganisation(db: DbOrTx): Register['organisation'] {
  return readAll<Register['organisation'] & object>(db, t.organisation, keysOf(organisationSchema))[0] ?? null;
}

/** Settings as the document holds them, by key. */
export function readSettings(db: DbOrTx): Register['settings'] {
  return readAll(db, t.settings, keysOf(settingSchema), { orderBy: '"key"' });
}

/**
 * The whole register as one document: every list sorted by id, every entity's keys in the exchange
 * schema's order, so the same register always gives the same bytes. Not validated again on the way
 * out: what is in the file was validated when it was written (handler input, import), and
 * register-export.test.ts holds this read equal to what the schema makes of the same document.
 */
export function readRegister(db: DbOrTx): Register {
  const r = registerListReaders;
  return {
    format: REGISTER_FORMAT,
    formatVersion: REGISTER_FORMAT_VERSION,
    organisation: readOrganisation(db),
    dataCategories: sortedById(r.dataCategories(db)),
    dataSubjectCategories: sortedById(r.dataSubjectCategories(db)),
    securityMeasures: sortedById(r.securityMeasures(db)),
    systems: sortedById(r.systems(db)),
    recipients: sortedById(r.recipients(db)),
    dpas: sortedById(r.dpas(db)),
    activities: sortedById(readActivities(db)),
    transfers: sortedById(r.transfers(db)),
    processorActivities: sortedById(r.processorActivities(db)),
    findingAcknowledgements: sortedById(r.findingAcknowledgements(db)),
    dpfSnapshots: sortedById(readDpfSnapshots(db)),
    settings: readSettings(db),
  };
}

export function serialiseRegister(register: Register): string {
  return `${JSON.stringify(register, null, 2)}\n`;
}
