import { and, asc, desc, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { SearchKind } from '../../electron/shared/schemas/search';
import { matchExpression, matchesSearch, searchHits } from '../search/query';

/** What every paged list is asked: its search, its sort and the rows of one page. */
export interface ListWindow<S extends string> {
  search?: string;
  sort: S | 'relevance';
  direction: 'asc' | 'desc';
  offset: number;
  limit: number;
}

/**
 * A list's search (the one search index, db/search) and its order. Sorted by relevance — best match
 * first — only while searching; otherwise by the chosen column, ties by id so pages never overlap.
 */
export function listSearch<S extends string>(
  kind: SearchKind,
  idColumn: SQLiteColumn,
  window: ListWindow<S>,
  columns: Record<S, SQLiteColumn>,
  fallback: S,
): { where: SQL | null; join: { table: SQL; on: SQL } | null; orderBy: SQL[] } {
  const expression = matchExpression(window.search);
  const by = (column: SQLiteColumn) => (window.direction === 'desc' ? desc(column) : asc(column));
  if (expression && window.sort === 'relevance') {
    return {
      where: null,
      join: { table: sql`${searchHits(kind, expression)} AS hits`, on: sql`hits.id = ${idColumn}` },
      orderBy: [window.direction === 'desc' ? sql`hits.rank DESC` : sql`hits.rank`, asc(columns[fallback]), asc(idColumn)],
    };
  }
  const column = columns[window.sort === 'relevance' ? fallback : (window.sort as S)];
  return {
    where: expression ? matchesSearch(kind, idColumn, expression) : null,
    join: null,
    orderBy: [by(column), asc(idColumn)],
  };
}

interface DynamicSelect<Row> {
  innerJoin(table: SQL, on: SQL): DynamicSelect<Row>;
  where(where: SQL | undefined): DynamicSelect<Row>;
  orderBy(...columns: SQL[]): DynamicSelect<Row>;
  limit(n: number): DynamicSelect<Row>;
  offset(n: number): DynamicSelect<Row>;
  all(): Row[];
  get(): Row | undefined;
}

/**
 * Runs a list: `rows` and `count` are the list's select and a count(*) over the same table
 * (both `.$dynamic()`), narrowed by the filters and the search, ordered, one page.
 */
export function runList<Row>(
  rows: DynamicSelect<Row>,
  count: DynamicSelect<{ n: number }>,
  search: ReturnType<typeof listSearch>,
  filters: SQL[],
  window: { offset: number; limit: number },
): { items: Row[]; total: number } {
  const conditions = search.where ? [...filters, search.where] : filters;
  const where = conditions.length ? and(...conditions) : undefined;
  const [r, c] = search.join
    ? [rows.innerJoin(search.join.table, search.join.on), count.innerJoin(search.join.table, search.join.on)]
    : [rows, count];
  return {
    items: r
      .where(where)
      .orderBy(...search.orderBy)
      .limit(window.limit)
      .offset(window.offset)
      .all(),
    total: c.where(where).get()?.n ?? 0,
  };
}
