import { inArray } from 'drizzle-orm';
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
import { activities, settings } from '../schema';
import { findActivities } from './activities';
import { getOrganisation } from './organisation';
import { readDpfSnapshots } from './register-export';
import {
  acknowledgementStore,
  dataCategoryStore,
  dataSubjectCategoryStore,
  dpaStore,
  processorActivityStore,
  recipientStore,
  securityMeasureStore,
  systemStore,
  transferStore,
} from './stores';

/**
 * The register document (the same one readRegister builds) member by member, with its long lists
 * read in batches of rows when they are iterated: for hashing a big register without ever holding
 * it. Each list comes in canonical order (by id, as canonicaliseRegister sorts), each item exactly
 * as readRegister gives it (the same stores and mappings). A test holds the two equal.
 */
/** Rows per batch: large enough for few queries, small enough that a batch of activities stays a few MB. */
const BATCH = 200;

interface BatchedStore<E> {
  table: SQLiteTable & { id: SQLiteColumn };
  toEntity: (row: Record<string, unknown>) => E;
}

/** Every id of a table, in canonical order (sorted here, not by SQLite, so the order is JavaScript's). */
function idsOf(db: DbOrTx, table: SQLiteTable & { id: SQLiteColumn }): string[] {
  return (db.select({ id: table.id }).from(table).all() as { id: string }[]).map((r) => r.id).sort(compareIds);
}

function* inBatches<T>(ids: string[], load: (batch: string[]) => T[]): Generator<T> {
  for (let i = 0; i < ids.length; i += BATCH) yield* load(ids.slice(i, i + BATCH));
}

function* storeItems<E>(db: DbOrTx, store: BatchedStore<E>): Generator<E> {
  yield* inBatches(idsOf(db, store.table), (batch) => {
    const rows = new Map(
      (db.select().from(store.table).where(inArray(store.table.id, batch)).all() as Record<string, unknown>[]).map((r) => [r.id, r]),
    );
    return batch.flatMap((id) => {
      const row = rows.get(id);
      return row ? [store.toEntity(row)] : [];
    });
  });
}

function* activityItems(db: DbOrTx): Generator<Register['activities'][number]> {
  for (const activity of inBatches(idsOf(db, activities), (batch) => findActivities(db, batch))) yield canonicaliseActivity(activity);
}

/** An iterable that reads only when iterated (and again on each iteration). */
function lazy<T>(read: () => Iterable<T>): Iterable<T> {
  return { [Symbol.iterator]: () => read()[Symbol.iterator]() };
}

/** Every member of the register document; lists are read lazily, batch by batch, when iterated. */
export function registerMembers(db: DbOrTx): RegisterMember[] {
  const members: { [K in keyof Register]: RegisterMember<K> } = {
    format: { key: 'format', value: REGISTER_FORMAT },
    formatVersion: { key: 'formatVersion', value: REGISTER_FORMAT_VERSION },
    organisation: { key: 'organisation', value: getOrganisation(db) },
    dataCategories: { key: 'dataCategories', items: lazy(() => storeItems(db, dataCategoryStore)) },
    dataSubjectCategories: { key: 'dataSubjectCategories', items: lazy(() => storeItems(db, dataSubjectCategoryStore)) },
    securityMeasures: { key: 'securityMeasures', items: lazy(() => storeItems(db, securityMeasureStore)) },
    systems: { key: 'systems', items: lazy(() => storeItems(db, systemStore)) },
    recipients: { key: 'recipients', items: lazy(() => storeItems(db, recipientStore)) },
    // DPAs carry their agreement files, activities and transfers most of the text: a batch at a time.
    dpas: { key: 'dpas', items: lazy(() => storeItems(db, dpaStore)) },
    activities: { key: 'activities', items: lazy(() => activityItems(db)) },
    transfers: { key: 'transfers', items: lazy(() => storeItems(db, transferStore)) },
    processorActivities: { key: 'processorActivities', items: lazy(() => storeItems(db, processorActivityStore)) },
    findingAcknowledgements: { key: 'findingAcknowledgements', items: lazy(() => storeItems(db, acknowledgementStore)) },
    dpfSnapshots: { key: 'dpfSnapshots', items: lazy(() => readDpfSnapshots(db).sort((a, b) => compareIds(a.id, b.id))) },
    settings: {
      key: 'settings',
      items: lazy(() => (db.select().from(settings).all() as Register['settings']).sort((a, b) => compareIds(a.key, b.key))),
    },
  };
  return Object.values(members) as RegisterMember[];
}
