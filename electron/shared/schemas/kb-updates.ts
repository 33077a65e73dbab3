import { z } from 'zod';
import { kbUpdateStates } from '../vocab';
import {
  acknowledgedFindingSchema,
  anticipatedEventSchema,
  knowledgeBaseRefSchema,
  localizedTextSchema,
  severityCountsSchema,
  verificationTags,
} from './findings';
import { isoDate, isoDateTime } from './primitives';

/** A knowledge-base update file as the renderer reads it from disk (the CLI reads the file itself). */
export const kbUpdateFileInput = z.object({
  content: z.string().min(1, 'The file is empty').max(20_000_000, 'The file is too large for a knowledge-base update'),
  fileName: z.string().max(500).optional(),
});

/** One entry the update adds, removes or changes, named as the DPO knows it. */
export const kbChangeSchema = z.object({
  change: z.enum(['added', 'removed', 'changed']),
  id: z.string(),
  label: localizedTextSchema,
  /** For a change: what changed, in words (e.g. "severity MEDIUM → HIGH"). */
  detail: localizedTextSchema.optional(),
});
export type KbChange = z.infer<typeof kbChangeSchema>;

export const kbDiffSchema = z.object({
  events: z.array(kbChangeSchema),
  rules: z.array(kbChangeSchema),
  adequacy: z.array(kbChangeSchema),
  mechanisms: z.array(kbChangeSchema),
  hypotheticals: z.array(kbChangeSchema),
  /** Other files whose content changed (sources, patterns, retention, …). */
  otherFiles: z.array(z.string()),
});
export type KbDiff = z.infer<typeof kbDiffSchema>;

/** What importing an update would do, shown before anything changes. */
export const kbUpdatePreviewSchema = z.object({
  version: z.string(),
  asOf: isoDate,
  keyId: z.string(),
  /** The knowledge base in use now. */
  current: knowledgeBaseRefSchema,
  diff: kbDiffSchema,
  /** This register checked today with the knowledge base in use and with the update. */
  findings: z.object({
    asOf: isoDate,
    before: severityCountsSchema,
    after: severityCountsSchema,
    appearing: z.array(acknowledgedFindingSchema),
    disappearing: z.array(acknowledgedFindingSchema),
  }),
});
export type KbUpdatePreview = z.infer<typeof kbUpdatePreviewSchema>;

export const kbUpdateRecordSchema = z.object({
  id: z.string(),
  version: z.string(),
  asOf: isoDate,
  keyId: z.string(),
  importedAt: isoDateTime,
  state: z.enum(kbUpdateStates),
  replacesId: z.string().nullable(),
});
export type KbUpdateRecord = z.infer<typeof kbUpdateRecordSchema>;

/** A what-if event as `ropa kb info` and the what-if picker list it. */
export const hypotheticalEventInfoSchema = z.object({
  id: z.string(),
  kind: z.literal('hypothetical'),
  label: localizedTextSchema,
  description: localizedTextSchema,
  anticipates: z.array(anticipatedEventSchema),
  verification: z.enum(verificationTags),
  sources: z.array(z.object({ id: z.string(), title: z.string() })),
  note: localizedTextSchema.optional(),
  parameter: z
    .object({
      name: z.enum(['country', 'mechanism']),
      label: localizedTextSchema,
      choices: z.array(z.object({ value: z.string(), label: localizedTextSchema, anticipates: z.array(anticipatedEventSchema) })),
    })
    .nullable(),
  defaultDate: isoDate.nullable(),
});
export type HypotheticalEventInfo = z.infer<typeof hypotheticalEventInfoSchema>;

/** The knowledge base in use and where it came from: what `ropa kb info` prints and the findings page shows. */
export const kbStatusSchema = z.object({
  version: z.string(),
  asOf: isoDate,
  origin: z.enum(['shipped', 'imported']),
  shipped: z.object({ version: z.string(), asOf: isoDate }),
  /** The imported update in use, if any. */
  active: kbUpdateRecordSchema.nullable(),
  /** What a rollback would return to: an earlier import, or the shipped knowledge base. */
  rollbackTo: z.object({ version: z.string(), origin: z.enum(['shipped', 'imported']) }).nullable(),
  /** An imported update that failed verification when loaded (the shipped one is used instead). */
  problem: z.string().nullable(),
  history: z.array(kbUpdateRecordSchema),
  trustedKeys: z.array(z.object({ id: z.string(), fingerprint: z.string(), retired: z.boolean() })),
  hypotheticalEvents: z.array(hypotheticalEventInfoSchema),
});
export type KbStatus = z.infer<typeof kbStatusSchema>;
