import { createHash } from 'node:crypto';
import { canonicaliseRegister, type Register } from '../../shared/schemas/register';

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

/**
 * The register version printed on every report: SHA-256 (hex) of the register's canonical JSON —
 * lists in the register's canonical order (canonicaliseRegister), object keys sorted. The text is
 * produced and hashed one list element at a time (byte for byte what canonicalJson gives), so a
 * 10,000-activity register never becomes one huge string.
 */
export function registerContentHash(register: Register): string {
  const canonical = canonicaliseRegister(register);
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
  const doc = canonical as unknown as Record<string, unknown>;
  const keys = Object.keys(doc)
    .filter((k) => doc[k] !== undefined)
    .sort();
  update('{');
  keys.forEach((key, i) => {
    update(`${i > 0 ? ',' : ''}${JSON.stringify(key)}:`);
    const value = doc[key];
    if (!Array.isArray(value)) {
      update(canonicalJson(value));
      return;
    }
    update('[');
    value.forEach((item, j) => {
      update(`${j > 0 ? ',' : ''}${canonicalJson(item === undefined ? null : item)}`);
    });
    update(']');
  });
  update('}');
  hash.update(pending, 'utf8');
  return hash.digest('hex');
}
