import { dataCategoryStore, dataSubjectCategoryStore, securityMeasureStore, systemStore } from '../../../db/queries/stores';
import { type ApiContext, nowIso } from '../context';
import type { HandlerTable } from '../dispatch';

type Store = typeof dataCategoryStore | typeof dataSubjectCategoryStore | typeof securityMeasureStore | typeof systemStore;

function fold(s: string): string {
  return s.toLocaleLowerCase('da');
}

/** Catalogues are small (tens to hundreds of rows): filtering in memory keeps one code path. */
function catalogueHandlers_<S extends Store>(store: S) {
  type E = ReturnType<S['all']>[number];
  return {
    list: (ctx: ApiContext, q: { search?: string }) => {
      const term = q.search?.trim() ? fold(q.search.trim()) : null;
      const all = store.all(ctx.database.db) as E[];
      const hits = term ? all.filter((e) => fold(`${e.name} ${e.description ?? ''}`).includes(term)) : all;
      return hits.sort((a, b) => a.name.localeCompare(b.name, 'da'));
    },
    create: (ctx: ApiContext, input: Partial<E>) =>
      (store.create as (db: unknown, i: Partial<E>, at: string) => E)(ctx.database.db, input, nowIso(ctx)),
    update: (ctx: ApiContext, { id, expectedUpdatedAt, changes }: { id: string; expectedUpdatedAt?: string; changes: Partial<E> }) =>
      (store.update as (db: unknown, id: string, c: Partial<E>, e: string | undefined, at: string) => E)(
        ctx.database.db,
        id,
        changes,
        expectedUpdatedAt,
        nowIso(ctx),
      ),
    delete: (ctx: ApiContext, { id }: { id: string }) => store.remove(ctx.database.db, id, nowIso(ctx)),
  };
}

export const catalogueHandlers = {
  dataCategories: catalogueHandlers_(dataCategoryStore),
  dataSubjectCategories: catalogueHandlers_(dataSubjectCategoryStore),
  securityMeasures: catalogueHandlers_(securityMeasureStore),
  systems: catalogueHandlers_(systemStore),
} as Pick<HandlerTable, 'dataCategories' | 'dataSubjectCategories' | 'securityMeasures' | 'systems'>;
