import type { z } from 'zod';
import type { EntityKey } from '../audit-entities';
import type { VocabGroup } from '../i18n/vocab-labels';
import { fieldMeta } from './field-meta';

/**
 * What kind of value a field holds, read from its zod schema (and its field metadata): enough for a
 * form to pick an input, and for a blank entity to pick its starting value. One reading of the one
 * definition, so a field added to an entity's schema appears in its forms without further code.
 */
export type FieldKind =
  | { kind: 'text'; long: boolean; required: boolean }
  | { kind: 'date' }
  | { kind: 'country'; many: boolean; nullable: boolean }
  | { kind: 'flag' }
  /** yes / no / not recorded */
  | { kind: 'answer' }
  | { kind: 'number'; min?: number; max?: number }
  | { kind: 'vocab'; group: VocabGroup; values: readonly (string | number)[]; many: boolean; nullable: boolean; numeric: boolean }
  | { kind: 'reference'; to: EntityKey; nullable: boolean; many: boolean }
  /** Data the form does not type in: a file (DPA document) and what describes it. */
  | { kind: 'file' };

type Def = { type: string; [k: string]: unknown };
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Walks through nullable, optional, default and pipe wrappers to the schema that holds the value. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; nullable: boolean; chain: z.ZodType[] } {
  let s = schema;
  let nullable = false;
  const chain: z.ZodType[] = [s];
  for (;;) {
    const d = def(s);
    if (d.type === 'nullable') nullable = true;
    if (d.type === 'nullable' || d.type === 'optional' || d.type === 'default') s = d.innerType as z.ZodType;
    else if (d.type === 'pipe') s = d.in as z.ZodType;
    else break;
    chain.push(s);
  }
  return { inner: s, nullable, chain };
}

function metaOf(chain: z.ZodType[]) {
  for (const s of chain) {
    const m = fieldMeta.get(s);
    if (m) return m;
  }
  return undefined;
}

function checkValue(s: z.ZodType, check: string, key: string): number | undefined {
  const checks = (def(s).checks ?? []) as { _zod: { def: Record<string, unknown> } }[];
  const found = checks.find((c) => c._zod.def.check === check);
  return found ? (found._zod.def[key] as number) : undefined;
}

/** The values of a closed list: a z.enum's entries, or the literals of a union (the SCC module). */
function enumValues(s: z.ZodType): readonly (string | number)[] {
  const d = def(s);
  if (d.type === 'enum') return Object.values(d.entries as Record<string, string>);
  return (d.options as z.ZodType[]).map((o) => (def(o).values as (string | number)[])[0]!);
}

/** Text longer than this is written in a text area rather than on one line. */
const LONG_TEXT = 1000;

/** The kind of one field of an object schema; throws for a field a form could not offer (a bug to fix where the entity is defined). */
export function fieldKind(shape: Record<string, z.ZodType>, key: string): FieldKind {
  const field = shape[key];
  if (!field) throw new Error(`No field "${key}"`);
  const { inner, nullable, chain } = unwrap(field);
  const meta = metaOf(chain);
  const d = def(inner);
  if (key === 'documentBase64' || key === 'documentName' || key === 'documentMime') return { kind: 'file' };
  if (meta?.refersTo) return { kind: 'reference', to: meta.refersTo, nullable, many: false };
  if (d.type === 'boolean') return nullable ? { kind: 'answer' } : { kind: 'flag' };
  if (d.type === 'number')
    return { kind: 'number', min: checkValue(inner, 'greater_than', 'value'), max: checkValue(inner, 'less_than', 'value') };
  if (d.type === 'enum' && meta?.vocab)
    return { kind: 'vocab', group: meta.vocab, values: enumValues(inner), many: false, nullable, numeric: false };
  if (d.type === 'union' && meta?.vocab)
    return { kind: 'vocab', group: meta.vocab, values: enumValues(inner), many: false, nullable, numeric: true };
  if (d.type === 'array') {
    const element = unwrap(d.element as z.ZodType);
    const elementMeta = metaOf(element.chain);
    if (elementMeta?.vocab)
      return { kind: 'vocab', group: elementMeta.vocab, values: enumValues(element.inner), many: true, nullable: false, numeric: false };
    if (elementMeta?.refersTo) return { kind: 'reference', to: elementMeta.refersTo, nullable: false, many: true };
    if (def(element.inner).format === 'country-or-organisation' || def(element.inner).format === 'country-code')
      return { kind: 'country', many: true, nullable: false };
  }
  if (d.type === 'string') {
    const format = d.format as string | undefined;
    if (format === 'date') return { kind: 'date' };
    if (format === 'country-code' || format === 'country-or-organisation') return { kind: 'country', many: false, nullable };
    const max = checkValue(inner, 'max_length', 'maximum') ?? Number.POSITIVE_INFINITY;
    const min = checkValue(inner, 'min_length', 'minimum') ?? 0;
    return { kind: 'text', long: max > LONG_TEXT, required: min > 0 };
  }
  throw new Error(`Field "${key}" has no kind a form can offer (type ${d.type}); give it field metadata in electron/shared/schemas.`);
}

/** The value a field starts with on a blank entity: its metadata's, else null, false, [], or ''. */
export function blankValue(shape: Record<string, z.ZodType>, key: string): unknown {
  const { nullable, chain, inner } = unwrap(shape[key]!);
  const meta = metaOf(chain);
  if (meta && 'blank' in meta) return meta.blank;
  if (nullable) return null;
  const type = def(inner).type;
  if (type === 'boolean') return false;
  if (type === 'array') return [];
  if (type === 'string') return '';
  throw new Error(`Field "${key}" has no obvious blank value (type ${type}); say it with startingAs() or vocabEnum(…, blank).`);
}

/** Every field of an object schema at its blank value, in the schema's order. */
export function blankFields<T extends z.ZodRawShape>(schema: z.ZodObject<T>, omit: readonly string[] = []): Record<string, unknown> {
  const shape = schema.shape as unknown as Record<string, z.ZodType>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) if (!omit.includes(key)) out[key] = blankValue(shape, key);
  return out;
}
