import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { DbOrTx } from '../../../db/client';
import { registerMembers } from '../../../db/queries/register-stream';
import { inReadTransactionSync } from '../../../db/queries/report-reads';
import { readRevision } from '../../../db/revision';
import { canonicaliseRegister, compareIds, type Register, type RegisterMember } from '../../shared/schemas/register';

/**
 * Canonical JSON: object keys sorted, no whitespace, arrays in document order (the register keeps
 * its lists sorted by id, so equal content gives equal text). `undefined` members are dropped, as
 * JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortKeys) ?? 'null';
}

function isSorted(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return false;
  return true;
}

/** JSON.stringify replacer that re-creates plain objects with their keys in sorted order. */
function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (isSorted(keys)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of keys.sort()) sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}

/** The key a list item is ordered by in a canonical register (settings by key, the rest by id). */
function orderKey(item: unknown): string | null {
  if (item === null || typeof item !== 'object') return null;
  const { id, key } = item as { id?: unknown; key?: unknown };
  return typeof id === 'string' ? id : typeof key === 'string' ? key : null;
}

/**
 * The register version: SHA-256 (hex) of the register document's canonical JSON — its members by
 * key, lists in canonical order, object keys sorted. The one definition of the hash, whether the
 * document is in memory (registerContentHash) or read from the database a batch at a time
 * (registerHashFromDatabase): the text is produced and hashed one list element at a time, so a
 * 10,000-activity register never becomes one huge string.
 */
export function hashRegisterMembers(members: Iterable<RegisterMember>): string {
  const hash = createHash('sha256');
  // Gather small pieces into ~1 MB slices: one hash.update per list element is measurably slower.
  let pending = '';
  const update = (text: string) => {
    pending += text;
    if (pending.length > 1 << 20) {
      hash.update(pending, 'utf8');
      pending = '';
    }
  };
  const sorted = [...members].filter((m) => !('value' in m) || m.value !== undefined).sort((a, b) => compareIds(a.key, b.key));
  update('{');
  sorted.forEach((member, i) => {
    update(`${i > 0 ? ',' : ''}${JSON.stringify(member.key)}:`);
    if ('value' in member) {
      update(canonicalJson(member.value));
      return;
    }
    update('[');
    let previous: string | null = null;
    let j = 0;
    for (const item of member.items) {
      // The hash is only stable if every source gives the lists in the same order: refuse otherwise.
      const key = orderKey(item);
      if (key !== null && previous !== null && compareIds(previous, key) > 0)
        throw new Error(`Register list "${member.key}" is not in canonical order at "${key}"`);
      previous = key;
      update(`${j++ > 0 ? ',' : ''}${canonicalJson(item === undefined ? null : item)}`);
    }
    update(']');
  });
  update('}');
  hash.update(pending, 'utf8');
  return hash.digest('hex');
}

/** The register version of a register document in memory. */
export function registerContentHash(register: Register): string {
  const canonical = canonicaliseRegister(register) as unknown as Record<string, unknown>;
  return hashRegisterMembers(
    Object.keys(canonical).map((key) => {
      const value = canonical[key];
      return (Array.isArray(value) ? { key, items: value } : { key, value }) as RegisterMember;
    }),
  );
}

/**
 * The register version of the register in a database, read a batch of rows at a time (the same
 * value registerContentHash gives for readRegister's document). Run it inside the read transaction
 * the report is made from, so both see the same register.
 */
export function registerHashFromDatabase(db: DbOrTx): string {
  return hashRegisterMembers(registerMembers(db));
}

/**
 * The register version and the revision it describes, read in one transaction of this connection:
 * for hashing on one thread while another lays the report out (renderArticle30PdfFromDatabase
 * takes it only if its own transaction reads the same revision).
 */
export function registerHashAtRevision(database: { db: DbOrTx; sqlite: Database.Database }): { hash: string; revision: number } {
  return inReadTransactionSync(database.sqlite, () => ({
    revision: readRevision(database.db),
    hash: registerHashFromDatabase(database.db),
  }));
}
