import { inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  canonicaliseActivity,
  compareIds,
  REGISTER_FORMAT,
  REGISTER_FORMAT_VERSION,
  type Register,
  type RegisterMember,
} from '../../electron/shared/schemas/register';
import type { DbOrTx } from '../client';
import * as t from '../schema';
import { readActivities, readDpfSnapshots, readOrganisation, readSettings, registerListReaders } from './register-export';

/**
 * The register document (the one readRegister builds, with the same readers) member by member, its
 * lists read a batch of rows at a time when they are iterated: for hashing a big register without
 * ever holding it. Each list comes in canonical order (ids in JavaScript's order, as
 * canonicaliseRegister sorts). A test holds the hash of this equal to the hash of readRegister.
 */

/** Rows per batch: large enough for few queries, small enough that a batch of activities stays a few MB. */
const BATCH = 200;

/** Every id of a table, in canonical order (sorted here, not by SQLite, so the order is JavaScript's). */
function idsOf(db: DbOrTx, table: SQLiteTable & { id: SQLiteColumn }): string[] {
  return (db.select({ id: table.id }).from(table).all() as { id: string }[]).map((r) => r.id).sort(compareIds);
}

/** The rows of `table`, a batch of ids at a time, each batch read by `read` and put back in id order. */
function* inBatches<T extends { id: string }>(
  db: DbOrTx,
  table: SQLiteTable & { id: SQLiteColumn },
  read: (where: SQL, ids: string[]) => T[],
) {
  const ids = idsOf(db, table);
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const byId = new Map(read(inArray(table.id, batch), batch).map((row) => [row.id, row]));
    for (const id of batch) {
      const row = byId.get(id);
      if (row) yield row;
    }
  }
}

/** An iterable that reads only when iterated (and again on each iteration). */
function lazy<T>(read: () => Iterable<T>): Iterable<T> {
  return { [Symbol.iterator]: () => read()[Symbol.iterator]() };
}

/** Every member of the register document; lists are read lazily, batch by batch, when iterated. */
export function registerMembers(db: DbOrTx): RegisterMember[] {
  const r = registerListReaders;
  const list = <K extends keyof typeof r & keyof Register>(key: K, table: SQLiteTable & { id: SQLiteColumn }) =>
    ({ key, items: lazy(() => inBatches(db, table, (where) => r[key](db, where) as { id: string }[])) }) as unknown as RegisterMember<K>;
  const members: { [K in keyof Register]: RegisterMember<K> } = {
    format: { key: 'format', value: REGISTER_FORMAT },
    formatVersion: { key: 'formatVersion', value: REGISTER_FORMAT_VERSION },
    organisation: { key: 'organisation', value: readOrganisation(db) },
    dataCategories: list('dataCategories', t.dataCategories),
    dataSubjectCategories: list('dataSubjectCategories', t.dataSubjectCategories),
    securityMeasures: list('securityMeasures', t.securityMeasures),
    systems: list('systems', t.systems),
    recipients: list('recipients', t.recipients),
    // DPAs carry their agreement files, activities and transfers most of the text: a batch at a time.
    dpas: list('dpas', t.dpas),
    activities: {
      key: 'activities',
      items: lazy(function* () {
        for (const a of inBatches(db, t.activities, (_where, ids) => readActivities(db, ids))) yield canonicaliseActivity(a);
      }),
    },
    transfers: list('transfers', t.transfers),
    processorActivities: list('processorActivities', t.processorActivities),
    findingAcknowledgements: list('findingAcknowledgements', t.findingAcknowledgements),
    dpfSnapshots: { key: 'dpfSnapshots', items: lazy(() => readDpfSnapshots(db).sort((a, b) => compareIds(a.id, b.id))) },
    settings: { key: 'settings', items: lazy(() => readSettings(db).sort((a, b) => compareIds(a.key, b.key))) },
  };
  return Object.values(members) as RegisterMember[];
}
