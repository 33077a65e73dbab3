import { z } from 'zod';
import { languages, severities } from '../vocab';
import { findingAcknowledgementSchema } from './entities';
import {
  acknowledgedFindingSchema,
  assumedEventSchema,
  findingEntityTypes,
  knowledgeBaseRefSchema,
  severityCountsSchema,
} from './findings';
import { entityId, isoDate } from './primitives';

/**
 * What a screen asks of the findings: never the whole set. The service computes the findings once
 * per register revision (electron/services/derived) and answers with a page, a summary per entity
 * shown, or the counts.
 */

/** The evaluation a view is of: the check date (today when absent). */
const evaluation = { asOf: isoDate.optional() };

const evaluationInfo = {
  asOf: isoDate,
  kb: knowledgeBaseRefSchema,
  /** What-if events the result assumes (absent for the law as it stands). */
  assumptions: z.array(assumedEventSchema).optional(),
  /** The register revision the findings were computed from. */
  revision: z.number().int(),
};

/** The badge of one entry: its worst open severity and how many, counts by severity, acknowledged ones. */
export const entitySummarySchema = z.object({
  highest: z.enum(severities).nullable(),
  highestCount: z.number().int(),
  counts: severityCountsSchema,
  open: z.number().int(),
  acknowledged: z.number().int(),
});
export type EntitySummary = z.infer<typeof entitySummarySchema>;

/**
 * `activity` and `recipient` summaries roll up what concerns the entry: an activity's own findings
 * and its transfers'; a recipient's own, its DPAs' and its transfers'. Others are the entry's own.
 */
export const summaryEntityTypes = findingEntityTypes;
export const summariesInput = z.object({
  ...evaluation,
  entities: z.array(z.object({ type: z.enum(summaryEntityTypes), id: entityId })).max(1000),
});
export const summariesSchema = z.object({
  ...evaluationInfo,
  /** By `${type}:${id}`; entries without findings are absent. */
  summaries: z.record(z.string(), entitySummarySchema),
});
export type Summaries = z.infer<typeof summariesSchema>;

export const complianceStatusSchema = z.object({ ...evaluationInfo, counts: severityCountsSchema, openCounts: severityCountsSchema });
export type ComplianceStatus = z.infer<typeof complianceStatusSchema>;

export const findingStatusFilters = ['all', 'open', 'acknowledged'] as const;

/** One page of findings, filtered and ordered as the findings page shows them (open first, most severe first). */
export const findingsPageInput = z.object({
  ...evaluation,
  q: z.string().max(200).optional(),
  lang: z.enum(languages).default('da'),
  severity: z.array(z.enum(severities)).optional(),
  rule: z.array(z.string().max(100)).optional(),
  entity: z.array(z.enum(findingEntityTypes)).optional(),
  status: z.enum(findingStatusFilters).default('all'),
  /** Only what concerns this activity (its own findings and its transfers'). */
  activityId: entityId.optional(),
  /** Only what concerns this recipient (its own findings, its DPAs' and its transfers'). */
  recipientId: entityId.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(0).max(1000).default(100),
});

/** A finding as a list shows it, with the recipient it belongs to (for a DPA or transfer: its processor). */
export const findingItemSchema = z.intersection(acknowledgedFindingSchema, z.object({ recipientId: z.string().nullable() }));
export type FindingItem = z.infer<typeof findingItemSchema>;

export const findingsPageSchema = z.object({
  ...evaluationInfo,
  counts: severityCountsSchema,
  openCounts: severityCountsSchema,
  /** Findings in the whole evaluation (before filters). */
  all: z.number().int(),
  /** Findings the filters let through; `items` is one page of them. */
  total: z.number().int(),
  /** Acknowledged ones among `total` (they come last, under their own heading). */
  acknowledgedTotal: z.number().int(),
  /** The rules that fired in the whole evaluation, most severe first, with how many findings each. */
  rules: z.array(z.object({ ruleId: z.string(), severity: z.enum(severities), count: z.number().int() })),
  items: z.array(findingItemSchema),
});
export type FindingsPage = z.infer<typeof findingsPageSchema>;

/** Every acknowledgement and whether it counts, with the entry it is about as the findings name it. */
export const acknowledgementViewSchema = z.object({
  acknowledgement: findingAcknowledgementSchema,
  state: z.enum(['active', 'expired', 'not_yet_made', 'entity_changed', 'entity_missing']),
  /** The first finding on the same entry, if any: its name and where it is edited. */
  finding: z
    .object({
      entity: z.object({ type: z.enum(findingEntityTypes), id: z.string(), name: z.string() }),
      activityId: z.string().optional(),
      recipientId: z.string().nullable(),
    })
    .nullable(),
});
export type AcknowledgementView = z.infer<typeof acknowledgementViewSchema>;
