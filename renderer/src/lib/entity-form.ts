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

type ServerField = 'id' | 'createdAt' | 'updatedAt' | 'archivedAt';

/** Drops the server-owned keys an entity carries, leaving what a create or update may send. */
export function withoutServerFields<T extends object>(entity: T): Omit<T, ServerField> {
  const { id: _id, createdAt: _c, updatedAt: _u, archivedAt: _a, ...fields } = entity as T & Partial<Record<ServerField, unknown>>;
  return fields as Omit<T, ServerField>;
}

/**
 * A form's starting values: what a create or update may send of the entity being edited, or of the
 * blank entity (electron/shared/schemas/blank-entities.ts) for a new one, with its text fields as strings.
 */
export function entityFormValues<T extends Record<string, unknown>, K extends keyof Omit<T, ServerField>>(
  entity: T,
  texts: readonly K[],
): Omit<T, ServerField> & { [P in K]: string } {
  const fields = withoutServerFields(entity);
  return { ...fields, ...textFields(fields, texts) };
}
