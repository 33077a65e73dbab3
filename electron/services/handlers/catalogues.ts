import { searchSmallList } from '../../../db/queries/catalogue-list';
import { dataCategoryStore, dataSubjectCategoryStore, securityMeasureStore, systemStore } from '../../../db/queries/stores';
import type { SearchKind } from '../../shared/schemas/search';
import { type ApiContext, nowIso } from '../context';
import type { HandlerTable } from '../dispatch';

type Store = typeof dataCategoryStore | typeof dataSubjectCategoryStore | typeof securityMeasureStore | typeof systemStore;

/** Catalogues are small (tens to hundreds of rows): searched like every list, sorted by name as a Dane reads it. */
function catalogueHandlers_<S extends Store>(store: S, kind: SearchKind) {
  type E = ReturnType<S['all']>[number];
  return {
    list: (ctx: ApiContext, q: { search?: string }) =>
      (searchSmallList(ctx.database.db, store, kind, q.search) as E[]).sort((a, b) => a.name.localeCompare(b.name, 'da')),
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
  dataCategories: catalogueHandlers_(dataCategoryStore, 'dataCategory'),
  dataSubjectCategories: catalogueHandlers_(dataSubjectCategoryStore, 'dataSubjectCategory'),
  securityMeasures: catalogueHandlers_(securityMeasureStore, 'securityMeasure'),
  systems: catalogueHandlers_(systemStore, 'system'),
} as Pick<HandlerTable, 'dataCategories' | 'dataSubjectCategories' | 'securityMeasures' | 'systems'>;
