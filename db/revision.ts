import { sql } from 'drizzle-orm';
import type { DbOrTx } from './client';

/**
 * The register's revision: a number that goes up in the same transaction as every write to the
 * register (triggers made by migration 0003, from db/search/search-sql.ts). Derived state —
 * findings, summaries, counts — is computed once per revision.
 */
export function readRevision(db: DbOrTx): number {
  return db.get<{ revision: number }>(sql`SELECT revision FROM register_info WHERE id = 1`)?.revision ?? 0;
}
