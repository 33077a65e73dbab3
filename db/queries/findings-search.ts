import type Database from 'better-sqlite3';
import { openScratch } from '../client';
import { searchTokenizer } from '../search/search-sql';

/**
 * The findings' own search index, with the same tokenizer and query syntax as the register's
 * (db/search): findings are computed, not stored, so their index lives in a private in-memory
 * database, one per evaluation, built the first time a search asks for it.
 */
export interface FindingsSearchIndex {
  /** Row numbers (positions in the findings list) whose text in `lang` matches, best first. */
  match(expression: string, lang: 'da' | 'en'): number[];
  close(): void;
}

export function buildFindingsSearchIndex(texts: Iterable<{ da: string; en: string }>, nativeBinding?: string): FindingsSearchIndex {
  const db: Database.Database = openScratch({ nativeBinding });
  db.exec(`CREATE VIRTUAL TABLE finding_text USING fts5(da, en, content='', tokenize='${searchTokenizer}')`);
  const insert = db.prepare('INSERT INTO finding_text(rowid, da, en) VALUES (?, ?, ?)');
  db.transaction(() => {
    let i = 0;
    for (const t of texts) insert.run(i++, t.da, t.en);
  })();
  const query = db.prepare('SELECT rowid AS i FROM finding_text WHERE finding_text MATCH ? ORDER BY rank').pluck();
  return {
    match: (expression, lang) => query.all(`${lang} : (${expression})`) as number[],
    close: () => db.close(),
  };
}
