import { asc } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { SearchKind } from '../../electron/shared/schemas/search';
import type { DbOrTx } from '../client';
import { matchExpression, matchesSearch } from '../search/query';
import type { dataCategoryStore, dataSubjectCategoryStore, processorActivityStore, securityMeasureStore, systemStore } from './stores';

type Store =
  | typeof dataCategoryStore
  | typeof dataSubjectCategoryStore
  | typeof securityMeasureStore
  | typeof systemStore
  | typeof processorActivityStore;

/**
 * A short list (a catalogue, the processor record: tens to hundreds of rows) in full, or the
 * entries matching the search — the same search every list uses. In id order; the caller sorts.
 */
export function searchSmallList<S extends Store>(db: DbOrTx, store: S, kind: SearchKind, search: string | undefined): ReturnType<S['all']> {
  const expression = matchExpression(search);
  if (!expression) return store.all(db) as ReturnType<S['all']>;
  const table = store.table as SQLiteTable & { id: SQLiteColumn };
  return db
    .select()
    .from(table)
    .where(matchesSearch(kind, table.id, expression))
    .orderBy(asc(table.id))
    .all()
    .map((row) => store.toEntity(row as Record<string, unknown>)) as ReturnType<S['all']>;
}
