import type { z } from 'zod';
import { type FieldKind, fieldKind } from '../../../electron/shared/schemas/field-kinds';

/**
 * Helpers for forms over the contract's entity schemas: which fields a form shows and how they start
 * are read from the schema (electron/shared/schemas/entities.ts), the one definition of each entity.
 */

type Shape = Record<string, z.ZodType>;
const serverOwned = new Set(['id', 'createdAt', 'updatedAt', 'archivedAt']);

/** The shape of an object schema, for reading its fields. */
export function shapeOf(schema: z.ZodObject<z.ZodRawShape>): Shape {
  return schema.shape as unknown as Shape;
}

/** The fields a DPO edits, in the schema's order: all but the server's own (id, timestamps, archive state) and `except`. */
export function editableKeys(schema: z.ZodObject<z.ZodRawShape>, except: readonly string[] = []): string[] {
  return Object.keys(schema.shape).filter((k) => !serverOwned.has(k) && !except.includes(k));
}

/** The kind of every editable field (throws at once for a field no input can offer). */
export function kindsOf(schema: z.ZodObject<z.ZodRawShape>, except: readonly string[] = []): Record<string, FieldKind> {
  const shape = shapeOf(schema);
  return Object.fromEntries(editableKeys(schema, except).map((k) => [k, fieldKind(shape, k)]));
}

/**
 * A form's starting values: the fields of `schema` taken from the entity being edited (or the blank
 * one), with optional text as '' so text inputs are never fed null ('' is stored as null by the schema).
 */
export function entityFormValues<V>(schema: z.ZodObject<z.ZodRawShape>, entity: object): V {
  const shape = shapeOf(schema);
  const source = entity as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of editableKeys(schema)) {
    const value = source[key];
    out[key] = value === null && fieldKind(shape, key).kind === 'text' ? '' : value;
  }
  return out as V;
}
