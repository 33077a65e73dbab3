import { type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { SearchKind } from '../../electron/shared/schemas/search';

/** Words as the index's tokenizer (unicode61) sees them: runs of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORDS = 12;

/**
 * What the DPO typed as an FTS5 query: every word must occur, each as a prefix ("løn" finds
 * "lønadministration"), case folded by the tokenizer, æ/ø/å distinct from a/o. Quoted, so words
 * such as AND or NEAR and characters such as * or " are never FTS5 syntax. null: nothing to search.
 */
export function matchExpression(text: string | undefined | null): string | null {
  const words = (text ?? '').match(WORD)?.slice(0, MAX_WORDS) ?? [];
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

/** Title matches count four times a body match (bm25: lower is better). */
export const rankSql = sql`bm25(search_index, 4.0, 1.0)`;

/** The ids of one kind that match, with their rank: `(SELECT id, rank …)`, to join as `hits`. */
export function searchHits(kind: SearchKind, expression: string): SQL {
  return sql`(SELECT k.id AS id, ${rankSql} AS rank FROM search_index JOIN search_keys k ON k.key = search_index.rowid WHERE search_index MATCH ${expression} AND k.kind = ${kind})`;
}

/** A WHERE condition: the row's id is among the matches (for lists sorted by a column). */
export function matchesSearch(kind: SearchKind, idColumn: SQLiteColumn, expression: string): SQL {
  return sql`${idColumn} IN (SELECT k.id FROM search_index JOIN search_keys k ON k.key = search_index.rowid WHERE search_index MATCH ${expression} AND k.kind = ${kind})`;
}
