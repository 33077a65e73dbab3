import { z } from 'zod';
import { entityId } from './primitives';

/** What the register-wide search (Ctrl+K) and every list's search box look through. */
export const searchKinds = [
  'activity',
  'recipient',
  'transfer',
  'dpa',
  'dataCategory',
  'dataSubjectCategory',
  'securityMeasure',
  'system',
  'processorActivity',
] as const;
export type SearchKind = (typeof searchKinds)[number];

/** The register-wide search: what the DPO typed, optionally narrowed to some kinds. */
export const searchQueryInput = z.object({
  q: z.string().max(200),
  kinds: z.array(z.enum([...searchKinds, 'finding'])).optional(),
  /** Results per kind. */
  limit: z.number().int().min(1).max(50).default(8),
  lang: z.enum(['da', 'en']).default('da'),
});

/** One hit: enough to show a line and to open the entry. */
export const searchHitSchema = z.object({
  kind: z.enum([...searchKinds, 'finding']),
  id: entityId,
  title: z.string(),
  detail: z.string().nullable(),
  /** For hits shown on another entry's page (a DPA on its processor's, a transfer on its activity's). */
  parentId: z.string().nullable(),
  /** For a transfer: its destination and Chapter V tool (the screen labels them in its language). */
  country: z.string().nullable().optional(),
  mechanism: z.string().nullable().optional(),
  /** For a finding: the entry it is about, so the hit opens where it is fixed. */
  finding: z
    .object({ entityType: z.string(), entityId: z.string(), activityId: z.string().nullable(), recipientId: z.string().nullable() })
    .optional(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchResultSchema = z.object({
  groups: z.array(z.object({ kind: z.enum([...searchKinds, 'finding']), total: z.number().int(), hits: z.array(searchHitSchema) })),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
