import { z } from 'zod';
import { localizedTextSchema, verificationTags } from '../../shared/schemas/findings';
import { isoDate } from '../../shared/schemas/primitives';
import {
  art6Bases,
  art9Conditions,
  art10Grounds,
  art28Items,
  cprGrounds,
  partyRoles,
  recipientSectors,
  severities,
  transferMechanisms,
} from '../../shared/vocab';

/**
 * zod schemas of the knowledge-base files in resources/legal/. Every legal fact carries a
 * verification tag and source ids, so the loader can refuse a file that drops them.
 */

const verification = z.enum(verificationTags);
const sourceIds = z.array(z.string().regex(/^S\d{2}[a-z]?$/));
const text = localizedTextSchema;

export const metaFileSchema = z.object({
  version: z.string().min(1),
  asOf: isoDate,
  compiledFrom: z.string(),
  defaultExporterCountry: z.string().regex(/^[A-Z]{2}$/),
  disclaimer: text,
  verificationTags: z.object({ V: text, V2: text, M: text }),
  files: z.array(z.string()),
});

export const sourcesFileSchema = z.object({
  sources: z.array(
    z.object({
      id: z.string().regex(/^S\d{2}[a-z]?$/),
      kind: z.enum(['primary', 'secondary', 'vendor', 'unverified']),
      title: z.string().min(1),
    }),
  ),
});

/** 'hypothetical' events never come from events.json: they are what-if assumptions materialised on a chosen date (assume.ts). */
export const eventKinds = [
  'change',
  'guidance',
  'enforcement',
  'risk',
  'deadline',
  'proposal',
  'review',
  'judgment',
  'hypothetical',
] as const;

export const legalEventSchema = z.object({
  id: z.string().regex(/^EV-[A-Z0-9-]+$/),
  date: isoDate,
  knownFrom: isoDate.optional(),
  kind: z.enum(eventKinds),
  tags: z.array(z.string()),
  ref: z.string(),
  label: text,
  verification,
  sources: sourceIds,
  note: text.optional(),
  disputed: text.optional(),
  inTimeline: z.boolean(),
});
export const eventsFileSchema = z.object({ events: z.array(legalEventSchema) });

export const lifeEventTypes = ['adopted', 'valid-from', 'invalid-on', 'last-valid-day', 'new-contracts-until'] as const;

export const mechanismSchema = z.object({
  id: z.enum(transferMechanisms),
  family: z.enum(['none', 'adequacy', 'dpf', 'scc2021', 'scc_old', 'bcr', 'art49', 'art49_2nd', 'invalidated', 'foreign_export']),
  isTool: z.boolean(),
  tags: z.array(z.string()),
  lifeEvents: z.array(
    z.object({
      type: z.enum(lifeEventTypes),
      date: isoDate,
      knownFrom: isoDate.optional(),
      eventId: z.string().optional(),
      verification,
      sources: sourceIds,
      note: text.optional(),
    }),
  ),
  exporterScope: z.array(z.string()).optional(),
  /** The rules that report a transfer on this mechanism once its 'invalid-on' date has come; default TR-INVALID-*. */
  invalidRules: z.object({ active: z.string(), gap: z.string(), hist: z.string().optional() }).optional(),
  verification: verification.optional(),
  sources: sourceIds.optional(),
  note: text.optional(),
});
export const mechanismsFileSchema = z.object({
  mechanisms: z.array(mechanismSchema),
  sccModules: z.object({
    verification,
    sources: sourceIds,
    byRoles: z.array(z.object({ exporter: z.enum(partyRoles), importer: z.enum(partyRoles), module: z.number().int().min(1).max(4) })),
  }),
});

const sector = z.enum(recipientSectors);
export const adequacyDecisionSchema = z.object({
  country: z.string().regex(/^[A-Z]{2,3}$/),
  decision: z.string(),
  adopted: isoDate,
  effectiveFrom: isoDate,
  knownFrom: isoDate,
  eventId: z.string().optional(),
  validity: z
    .array(
      z.object({
        knownFrom: isoDate,
        validUntil: isoDate.nullable(),
        eventId: z.string().optional(),
        /** The decision was withdrawn or suspended rather than left to expire (what-if scenarios). */
        withdrawn: z.boolean().optional(),
        verification,
        sources: sourceIds,
      }),
    )
    .min(1),
  scope: z.object({
    kind: z.enum(['full', 'partial', 'dpf_only']),
    text,
    coveredSectors: z.array(sector).optional(),
    excludedSectors: z.array(sector).optional(),
    verification,
    sources: sourceIds,
    approximation: text.optional(),
  }),
  verification,
  dateVerification: verification.optional(),
  numberVerification: verification.optional(),
  sources: sourceIds,
  note: text.optional(),
  disputed: text.optional(),
});
export const adequacyFileSchema = z.object({
  decisions: z.array(adequacyDecisionSchema),
  notAdequate: z.array(z.object({ country: z.string(), verification, sources: sourceIds, note: text.optional() })),
});

export const countriesFileSchema = z.object({
  eea: z.object({ codes: z.array(z.string().regex(/^[A-Z]{2}$/)), verification, sources: sourceIds, note: text }),
  exceptions: z.array(
    z.object({ country: z.string(), treatAsEeaBefore: isoDate, verification, sources: sourceIds, eventId: z.string(), note: text }),
  ),
  bridges: z.array(
    z.object({ country: z.string(), from: isoDate, until: isoDate, eventId: z.string(), verification, sources: sourceIds, note: text }),
  ),
  realm: z.array(z.object({ country: z.string(), status: z.string(), verification, sources: sourceIds, note: text })),
  internationalOrganisations: z.array(z.string()),
});

// Which values each catalogue covers; their labels are the app's (electron/shared/i18n, vocab.*).
const labelled = <T extends readonly [string, ...string[]]>(ids: T) => z.object({ id: z.enum(ids) }).passthrough();
export const legalBasesFileSchema = z.object({
  art6: z.object({ verification, sources: sourceIds, note: text, secondSubparagraph: text, items: z.array(labelled(art6Bases)) }),
  art9: z.object({ verification, sources: sourceIds, note: text, items: z.array(labelled(art9Conditions)) }),
  art10: z.object({ verification, sources: sourceIds, note: text, items: z.array(labelled(art10Grounds)) }),
  cpr: z.object({ verification, sources: sourceIds, items: z.array(labelled(cprGrounds)) }),
  art28: z.object({ verification, sources: sourceIds, note: text, items: z.array(labelled(art28Items)) }),
});

const windowed = z.object({ patterns: z.array(z.string()).min(1), window: z.number().int().min(1).max(1000) });
export const referencePatternSchema = z.object({
  ruleId: z.string().regex(/^REF-/),
  patterns: z.array(z.string()).min(1),
  /** Lower-case substrings, one of which any text the patterns match contains: a cheap test before the regular expressions. */
  keywords: z.array(z.string().min(1)).min(1),
  requiresNearby: windowed.optional(),
  suppressIfPrecededBy: windowed.optional(),
  suppressIfFollowedBy: windowed.optional(),
  /** Suppressed when one of these occurs within the window on either side (e.g. the subject of the current provision with the same number). */
  suppressIfNearby: windowed.optional(),
  /**
   * The reference only counts when the entry as a whole (its contextFields plus the scanned
   * fields) mentions one of these: context taken from the whole entry, not a window of one field.
   */
  requiresContext: z.object({ patterns: z.array(z.string()).min(1) }).optional(),
  suppressForJurisdictions: z.array(z.string()).optional(),
  feature: z.string().optional(),
  note: text.optional(),
});
export const scannableEntityTypes = ['activity', 'dpa', 'organisation', 'recipient', 'transfer', 'processorActivity'] as const;
export const patternsFileSchema = z.object({
  flags: z.string().regex(/^[imsu]*$/),
  scanFields: z.record(z.enum(scannableEntityTypes), z.array(z.string())),
  /** Fields that give an entry its context (dotted paths reach into lists, e.g. purposes.description). */
  contextFields: z.record(z.enum(scannableEntityTypes), z.array(z.string())),
  references: z.array(referencePatternSchema),
  organisationNames: z.object({ leadingArticles: z.array(z.string()), legalSuffixes: z.array(z.string()) }),
});

export const retentionFileSchema = z.object({
  rules: z.object({
    'RET-BOOK-SHORT': z.object({
      classes: z.array(z.string()),
      minMonths: z.number(),
      verification,
      sources: sourceIds,
      approximation: text,
    }),
    'RET-APPLICANT-LONG': z.object({
      classes: z.array(z.string()),
      maxMonths: z.number(),
      verification,
      sources: sourceIds,
      approximation: text,
    }),
    'RET-CCTV-LONG': z.object({
      classes: z.array(z.string()),
      maxDays: z.number(),
      verification,
      sources: sourceIds,
      exceptionPatterns: z.array(z.string()),
      approximation: text,
    }),
    'RET-INDEFINITE': z.object({ classes: z.array(z.string()), verification, sources: sourceIds, indefinitePatterns: z.array(z.string()) }),
  }),
  durationUnits: z.array(z.object({ pattern: z.string(), days: z.number().int().min(1) })),
  periods: z.array(z.object({ id: z.string(), text, basis: z.string(), verification, sources: sourceIds, note: text.optional() })),
});

const variant = z.object({ when: z.string().optional(), ifKnown: z.string().optional(), da: z.string(), en: z.string() });
export const ruleGroups = ['transfer', 'reference', 'legal-basis', 'evidence', 'completeness', 'retention', 'review', 'dpa'] as const;
export const ruleMetaSchema = z.object({
  id: z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/),
  group: z.enum(ruleGroups),
  severity: z.enum(severities),
  title: text,
  trigger: text,
  legalEventIds: z.array(z.string()),
  gate: z.object({ eventId: z.string(), on: z.enum(['known', 'date']) }).optional(),
  sources: sourceIds,
  verification,
  verificationDetail: z.string(),
  scope: z.enum(['active', 'historic']),
  uncertaintyNote: text.optional(),
  approximation: text.optional(),
  message: z.array(variant).min(1),
  fix: z.array(variant).min(1),
  texts: z.record(z.string(), text).optional(),
  constants: z.record(z.string(), z.unknown()).optional(),
});
const param = z.object({ default: z.number().int().min(0), note: text });
export const rulesFileSchema = z.object({
  params: z.object({
    warn_window_days: param,
    adequacy_expiry_warn_days: param,
    review_max_age_days: param,
    dpf_snapshot_max_age_days: param,
    dpa_warn_days: param,
    kb_max_age_days: param,
  }),
  /** Short texts more than one rule uses, e.g. why a particular finding is uncertain. */
  sharedTexts: z.record(z.string(), text),
  rules: z.array(ruleMetaSchema),
});

/**
 * What-if events: hypothetical legal events with their effects as data (hypotheticals.json).
 * An effect names a mechanism or a country, or '$parameter' for the one the DPO chooses.
 */
export const PARAMETER = '$parameter';
export const hypotheticalEffectSchema = z.discriminatedUnion('type', [
  /** The mechanism is not a valid basis from the assumed date on (a judgment with immediate effect, or a suspension). */
  z.object({ type: z.literal('mechanism-invalid'), mechanism: z.string() }),
  /** The country's adequacy decision is valid until the day before the assumed date, and no renewal follows. */
  z.object({ type: z.literal('adequacy-ends'), country: z.string(), withdrawn: z.boolean() }),
]);
const anticipation = z.object({ anticipates: z.array(z.string()), verification, sources: sourceIds, note: text.optional() });
export const hypotheticalSchema = z.object({
  id: z.string().regex(/^HYP-[A-Z0-9-]+$/),
  label: text,
  description: text,
  ...anticipation.shape,
  parameter: z
    .object({
      name: z.enum(['country', 'mechanism']),
      label: text,
      /** Explicit choices, each with the real events it anticipates; or every country with an adequacy decision. */
      choices: z.array(z.object({ value: z.string(), ...anticipation.shape })).optional(),
      choicesFrom: z.literal('adequacy').optional(),
    })
    .refine((p) => (p.choices === undefined) !== (p.choicesFrom === undefined), 'Give either choices or choicesFrom')
    .optional(),
  /** A date that fits the scenario, offered as the default (e.g. the day after a decision's last valid day). */
  defaultDate: isoDate.optional(),
  effects: z.array(hypotheticalEffectSchema).min(1),
});
export const hypotheticalsFileSchema = z.object({
  assumptionNote: text,
  /** What the per-transfer fallback check says where no rule's finding does (what-if.ts). */
  fallback: z.object({ none: text, notSigned: text, signedLater: text, ready: text, readyOther: text }),
  events: z.array(hypotheticalSchema),
});
export type Hypothetical = z.infer<typeof hypotheticalSchema>;
export type HypotheticalEffect = z.infer<typeof hypotheticalEffectSchema>;

/** The knowledge base as read from disk, one entry per file. */
export const knowledgeBaseFilesSchema = z.object({
  meta: metaFileSchema,
  sources: sourcesFileSchema,
  events: eventsFileSchema,
  mechanisms: mechanismsFileSchema,
  adequacy: adequacyFileSchema,
  countries: countriesFileSchema,
  legalBases: legalBasesFileSchema,
  patterns: patternsFileSchema,
  retention: retentionFileSchema,
  rules: rulesFileSchema,
  hypotheticals: hypotheticalsFileSchema,
});
export type KnowledgeBaseFiles = z.infer<typeof knowledgeBaseFilesSchema>;
export type LegalEvent = z.infer<typeof legalEventSchema>;
export type Mechanism = z.infer<typeof mechanismSchema>;
export type AdequacyDecision = z.infer<typeof adequacyDecisionSchema>;
export type RuleMeta = z.infer<typeof ruleMetaSchema>;
export type TextVariant = z.infer<typeof variant>;
export type ReferencePattern = z.infer<typeof referencePatternSchema>;
export type ScannableEntityType = (typeof scannableEntityTypes)[number];

/** File name of each part, relative to the knowledge-base folder. */
export const knowledgeBaseFileNames: Record<keyof KnowledgeBaseFiles, string> = {
  meta: 'meta.json',
  sources: 'sources.json',
  events: 'events.json',
  mechanisms: 'mechanisms.json',
  adequacy: 'adequacy.json',
  countries: 'countries.json',
  legalBases: 'legal-bases.json',
  patterns: 'patterns.json',
  retention: 'retention.json',
  rules: 'rules.json',
  hypotheticals: 'hypotheticals.json',
};
