import { z } from 'zod';
import type { EntityKey } from '../audit-entities';
import type { VocabGroup } from '../i18n/vocab-labels';

/**
 * What a field's zod type alone does not say: which vocabulary labels its values, which entity an
 * id points at, and the value a new entity starts with when it is not the obvious empty one. Kept in
 * a registry of its own, so it never leaks into the exchange format's JSON Schema.
 */
export interface FieldMeta {
  vocab?: VocabGroup;
  refersTo?: EntityKey;
  /** The value of this field on a blank entity (nullable fields start as null, flags as false, lists empty, text ''). */
  blank?: unknown;
}

export const fieldMeta = z.registry<FieldMeta>();

/** A closed vocabulary stored as text; `group` names its labels in the catalogue (vocab.<group>). */
export function vocabEnum<const T extends readonly [string, ...string[]]>(values: T, group: VocabGroup, blank?: T[number]) {
  return z.enum(values).register(fieldMeta, { vocab: group, ...(blank !== undefined ? { blank } : {}) });
}

/** The id of another entry of the register. */
export function reference(to: EntityKey) {
  return z.string().min(1).max(64).register(fieldMeta, { refersTo: to });
}

/** A field whose blank value is not the obvious empty one. */
export function startingAs<S extends z.ZodType>(schema: S, blank: z.output<S>): S {
  fieldMeta.add(schema, { ...fieldMeta.get(schema), blank } as never);
  return schema;
}
