import { z } from 'zod';
import { severities } from '../vocab';
import { isoDate } from './primitives';

/** How well a legal fact is verified (legal-knowledge §0): V primary text, V2 secondary sources only, M from memory. */
export const verificationTags = ['V', 'V2', 'M'] as const;
export type VerificationTag = (typeof verificationTags)[number];

export const findingEntityTypes = ['activity', 'recipient', 'transfer', 'dpa', 'organisation', 'processorActivity'] as const;
export type FindingEntityType = (typeof findingEntityTypes)[number];

export const findingStatuses = ['open', 'acknowledged'] as const;
export type FindingStatus = (typeof findingStatuses)[number];

/** Text in both UI languages. */
export const localizedTextSchema = z.object({ da: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const findingEntitySchema = z.object({
  type: z.enum(findingEntityTypes),
  id: z.string().min(1),
  name: z.string(),
});

export const findingLegalEventSchema = z.object({
  id: z.string().min(1),
  date: isoDate,
  label: localizedTextSchema,
});

/** Where an outdated-reference (REF-*) rule matched: the field, the matched words and a short excerpt around them. */
export const findingMatchSchema = z.object({
  field: z.string(),
  text: z.string(),
  excerpt: z.string().optional(),
});

/**
 * One result of the compliance engine: a rule that fires for one entity on the check date.
 * `id` is stable (rule + entity), so an acknowledgement can refer to it across evaluations.
 */
export const findingSchema = z
  .object({
    id: z.string().min(1),
    ruleId: z.string().min(1),
    severity: z.enum(severities),
    entity: findingEntitySchema,
    activityId: z.string().optional(),
    message: localizedTextSchema,
    fix: localizedTextSchema,
    legalEvent: findingLegalEventSchema.nullable(),
    sources: z.array(z.object({ id: z.string(), title: z.string() })),
    verification: z.enum(verificationTags),
    /** True when the rule or a fact it rests on is M, V2 or disputed: the UI must not present it as confirmed. */
    uncertain: z.boolean(),
    uncertaintyNote: localizedTextSchema.optional(),
    matches: z.array(findingMatchSchema).optional(),
  })
  .refine((f) => !f.uncertain || f.uncertaintyNote !== undefined, {
    message: 'An uncertain finding must say why',
    path: ['uncertaintyNote'],
  });
export type Finding = z.infer<typeof findingSchema>;

/** The DPO's acceptance of a finding, as shown next to it. */
export const findingAcknowledgementViewSchema = z.object({
  id: z.string(),
  justification: z.string(),
  until: isoDate,
  acknowledgedOn: isoDate,
  acknowledgedBy: z.string().nullable(),
});
export type FindingAcknowledgementView = z.infer<typeof findingAcknowledgementViewSchema>;

export const acknowledgedFindingSchema = z.intersection(
  findingSchema,
  z.object({
    acknowledgement: findingAcknowledgementViewSchema.nullable(),
    status: z.enum(findingStatuses),
  }),
);
export type AcknowledgedFinding = z.infer<typeof acknowledgedFindingSchema>;

export const severityCountsSchema = z.object({
  CRITICAL: z.number().int().min(0),
  HIGH: z.number().int().min(0),
  MEDIUM: z.number().int().min(0),
  INFO: z.number().int().min(0),
});
export type SeverityCounts = z.infer<typeof severityCountsSchema>;

/** A real legal event a what-if scenario grows out of (from the knowledge base's events). */
export const anticipatedEventSchema = z.object({
  id: z.string(),
  date: isoDate,
  label: localizedTextSchema,
  verification: z.enum(verificationTags),
});

/**
 * A hypothetical legal event assumed to happen on a date (a what-if scenario), as it entered an
 * evaluation: which scenario, for which country or mechanism, from when, and what it anticipates.
 */
export const assumedEventSchema = z.object({
  id: z.string(),
  parameter: z.string().nullable(),
  date: isoDate,
  /** The legal-event id findings under this assumption cite. */
  eventId: z.string(),
  label: localizedTextSchema,
  anticipates: z.array(anticipatedEventSchema),
  verification: z.enum(verificationTags),
  sources: z.array(z.object({ id: z.string(), title: z.string() })),
  note: localizedTextSchema.optional(),
});
export type AssumedEvent = z.infer<typeof assumedEventSchema>;

/** Which knowledge base a result rests on: its version and date, and whether it shipped with the app or came as a signed update. */
export const knowledgeBaseRefSchema = z.object({
  version: z.string(),
  asOf: isoDate,
  origin: z.enum(['shipped', 'imported']).optional(),
});

/** A whole evaluation: the check date, the knowledge base it used, the findings and their counts. */
export const findingsReportSchema = z.object({
  asOf: isoDate,
  kb: knowledgeBaseRefSchema,
  /** What-if events the result assumes; empty (or absent) for the law as it stands. */
  assumptions: z.array(assumedEventSchema).optional(),
  findings: z.array(acknowledgedFindingSchema),
  /** Every finding, by severity. */
  counts: severityCountsSchema,
  /** Findings not covered by a valid acknowledgement, by severity. */
  openCounts: severityCountsSchema,
});
export type FindingsReport = z.infer<typeof findingsReportSchema>;
