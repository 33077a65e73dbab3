import { type SearchDocument, searchDocuments } from './documents';

/**
 * The SQL that keeps the search index and the register revision up to date inside SQLite itself,
 * so every write — the app's, the CLI's, an import's — updates both in its own transaction.
 * Generated from the definitions; the migrations that create them hold this output, and
 * db/search/search-sql.test.ts fails when a migrated file and these definitions disagree.
 */

/**
 * unicode61 folds case (Æ→æ) but, with remove_diacritics 0, keeps æ, ø and å apart from a and o.
 * Prefix indexes for one to three characters keep "as you type" queries on short prefixes fast.
 */
export const searchTokenizer = 'unicode61 remove_diacritics 0';
export const searchIndexSql = `CREATE VIRTUAL TABLE search_index USING fts5(title, body, content='', contentless_delete=1, tokenize='${searchTokenizer}', prefix='1 2 3')`;

const joined = (exprs: string[]) => exprs.map((e) => `coalesce(${e}, '')`).join(" || ' ' || ");
const keyOf = (doc: SearchDocument, id: string) => `(SELECT key FROM search_keys WHERE kind = '${doc.kind}' AND id = ${id})`;
const values = (doc: SearchDocument, x: string) => `${joined(doc.title(x))}, ${joined(doc.body(x))}`;
const changed = (columns: string[]) => columns.map((c) => `old.${c} IS NOT new.${c}`).join(' OR ');

/** Re-indexes the rows of `doc` chosen by `where` (over alias x). */
function reindex(doc: SearchDocument, where: string): string[] {
  const keys = `SELECT k.key FROM search_keys k JOIN ${doc.table} x ON x.id = k.id WHERE k.kind = '${doc.kind}' AND (${where})`;
  return [
    `DELETE FROM search_index WHERE rowid IN (${keys});`,
    `INSERT INTO search_index(rowid, title, body) SELECT k.key, ${values(doc, 'x')} FROM ${doc.table} x JOIN search_keys k ON k.kind = '${doc.kind}' AND k.id = x.id WHERE ${where};`,
  ];
}

function trigger(name: string, when: string, body: string[]): string {
  return `CREATE TRIGGER ${name} ${when} BEGIN\n  ${body.join('\n  ')}\nEND`;
}

export function searchTriggersSql(doc: SearchDocument): string[] {
  const t = doc.table;
  const out = [
    trigger(`search_${t}_insert`, `AFTER INSERT ON ${t}`, [
      `INSERT INTO search_keys(kind, id) VALUES ('${doc.kind}', new.id);`,
      `INSERT INTO search_index(rowid, title, body) VALUES (last_insert_rowid(), ${values(doc, 'new')});`,
    ]),
    trigger(`search_${t}_update`, `AFTER UPDATE ON ${t} WHEN ${changed(doc.columns)}`, [
      `DELETE FROM search_index WHERE rowid = ${keyOf(doc, 'old.id')};`,
      `INSERT INTO search_index(rowid, title, body) VALUES (${keyOf(doc, 'new.id')}, ${values(doc, 'new')});`,
    ]),
    trigger(`search_${t}_delete`, `AFTER DELETE ON ${t}`, [
      `DELETE FROM search_index WHERE rowid = ${keyOf(doc, 'old.id')};`,
      `DELETE FROM search_keys WHERE kind = '${doc.kind}' AND id = old.id;`,
    ]),
  ];
  for (const dep of doc.dependsOn ?? []) {
    out.push(
      trigger(
        `search_${t}_after_${dep.table}`,
        `AFTER UPDATE OF ${dep.columns.join(', ')} ON ${dep.table} WHEN ${changed(dep.columns)}`,
        reindex(doc, dep.rows('x', 'new')),
      ),
    );
  }
  return out;
}

/** Indexes the rows already in the file (run once, when the index is created). */
export function searchFillSql(doc: SearchDocument): string[] {
  return [
    `INSERT INTO search_keys(kind, id) SELECT '${doc.kind}', id FROM ${doc.table} ORDER BY id`,
    `INSERT INTO search_index(rowid, title, body) SELECT k.key, ${values(doc, 'x')} FROM ${doc.table} x JOIN search_keys k ON k.kind = '${doc.kind}' AND k.id = x.id`,
  ];
}

/**
 * Tables whose writes do not change the register: the bookkeeping of the file itself, the search
 * index, and the audit log (every write to the register writes its audit row together with a row
 * of a register table, which bumps the revision already).
 */
export const revisionExemptTables = ['register_info', 'search_keys', '__drizzle_migrations', 'audit_log'];

export function revisionTriggersSql(table: string): string[] {
  return (['insert', 'update', 'delete'] as const).map((op) =>
    trigger(`revision_${table}_${op}`, `AFTER ${op.toUpperCase()} ON ${table}`, [
      'UPDATE register_info SET revision = revision + 1 WHERE id = 1;',
    ]),
  );
}

/** Every statement of the migration that introduced search and the revision, in order. */
export function searchAndRevisionMigration(registerTables: string[]): string[] {
  return [
    'INSERT OR IGNORE INTO register_info (id) VALUES (1)',
    ...registerTables.flatMap(revisionTriggersSql),
    searchIndexSql,
    ...searchDocuments.flatMap((d) => [...searchTriggersSql(d), ...searchFillSql(d)]),
  ];
}

export { searchDocuments };
