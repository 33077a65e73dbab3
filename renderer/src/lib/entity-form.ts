/** Helpers for modal forms over the contract's entity schemas. */

/** Copies the given nullable text fields as strings, so text inputs are never fed null ("" is stored as null by the schema). */
export function textFields<T extends Record<string, unknown>, K extends keyof T>(entity: T, keys: readonly K[]): { [P in K]: string } {
  const out = {} as { [P in K]: string };
  for (const k of keys) {
    const v = entity[k];
    out[k] = typeof v === 'string' ? v : '';
  }
  return out;
}

/** Drops the server-owned keys an entity carries, leaving what a create or update may send. */
export function withoutServerFields<T extends { id: string; createdAt: string; updatedAt: string }>(
  entity: T,
): Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt'> {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = entity;
  const { archivedAt: _a, ...fields } = rest as typeof rest & { archivedAt?: unknown };
  return fields as Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt'>;
}
