import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssumedEvent } from '../../shared/schemas/findings';
import type { TransferMechanism } from '../../shared/vocab';
import { resourcePath } from '../resource-paths';
import { knowledgeBaseProblems } from './knowledge-base-checks';
import {
  type AdequacyDecision,
  type Hypothetical,
  type KnowledgeBaseFiles,
  knowledgeBaseFileNames,
  knowledgeBaseFilesSchema,
  type LegalEvent,
  type Mechanism,
  type ReferencePattern,
  type RuleMeta,
} from './knowledge-base-schema';

export interface CompiledReference {
  meta: ReferencePattern;
  /** Each pattern with the global flag, to list every match. */
  patterns: RegExp[];
  nearby: RegExp[];
  preceded: RegExp[];
  followed: RegExp[];
  nearbySuppress: RegExp[];
  /** Context the whole entry must mention (requiresContext); null when the reference counts anywhere. */
  context: RegExp[] | null;
}

/**
 * The knowledge base, validated and indexed once: lookups by id and every regular expression
 * compiled, so an evaluation of thousands of entries never parses JSON or builds a RegExp.
 */
export interface KnowledgeBase {
  files: KnowledgeBaseFiles;
  version: string;
  asOf: string;
  sources: Map<string, { id: string; title: string }>;
  events: Map<string, LegalEvent>;
  /** Events sorted by date. */
  eventList: LegalEvent[];
  mechanisms: Map<TransferMechanism, Mechanism>;
  rules: Map<string, RuleMeta>;
  adequacy: Map<string, AdequacyDecision>;
  eea: Set<string>;
  /** Whether it shipped with the app (resources/legal) or came as a signed update stored in the register. */
  origin: 'shipped' | 'imported';
  /** What-if events the DPO can assume (hypotheticals.json). */
  hypotheticals: Map<string, Hypothetical>;
  /** The what-if events this knowledge base has been derived with (assume.ts); empty for the real one. */
  assumed: AssumedEvent[];
  references: CompiledReference[];
  referenceById: Map<string, CompiledReference>;
  /** Every reference keyword: a text containing none of them cannot match any REF pattern and is skipped. */
  referenceKeywords: string[];
  /** Retention patterns; duration units are global (for matchAll). */
  retention: { cctvExceptions: RegExp[]; indefinite: RegExp[]; durationUnits: { pattern: RegExp; days: number }[] };
}

export interface LoadOptions {
  /** Folder with the knowledge-base files; defaults to the shipped resources/legal. */
  dir?: string | URL;
  /** Folder whose files, where present, replace the ones in `dir` (a DPO's updated copy). */
  overrideDir?: string | URL;
}

function asPath(dir: string | URL): string {
  return dir instanceof URL ? fileURLToPath(dir) : dir;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`Cannot read knowledge-base file ${file}: ${(e as Error).message}`);
  }
}

/** Reads the raw files (override first), without validating them. */
export function readKnowledgeBaseFiles(options: LoadOptions = {}): Record<keyof KnowledgeBaseFiles, unknown> {
  const dir = options.dir ? asPath(options.dir) : resourcePath('legal');
  const override = options.overrideDir ? asPath(options.overrideDir) : null;
  const out = {} as Record<keyof KnowledgeBaseFiles, unknown>;
  for (const [key, name] of Object.entries(knowledgeBaseFileNames) as [keyof KnowledgeBaseFiles, string][]) {
    const overridden = override ? path.join(override, name) : null;
    out[key] = readJson(overridden && fs.existsSync(overridden) ? overridden : path.join(dir, name));
  }
  return out;
}

/** Validates raw files (shape and cross-references); returns them typed. Throws on any problem. */
export function validateKnowledgeBaseFiles(raw: unknown): KnowledgeBaseFiles {
  const parsed = knowledgeBaseFilesSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`The legal knowledge base is not valid: ${first.join('; ')}`);
  }
  const files = parsed.data;
  const problems = knowledgeBaseProblems(files);
  if (problems.length > 0) throw new Error(`The legal knowledge base is inconsistent: ${problems.slice(0, 5).join('; ')}`);
  return files;
}

/** Validates raw files (shape and cross-references) and builds the indexed knowledge base. Throws on any problem. */
export function buildKnowledgeBase(raw: unknown, origin: KnowledgeBase['origin'] = 'shipped'): KnowledgeBase {
  return indexKnowledgeBase(validateKnowledgeBaseFiles(raw), [], origin);
}

/** Indexes files that are already valid (a derived what-if copy of a validated knowledge base needs no second parse). */
export function indexKnowledgeBase(files: KnowledgeBaseFiles, assumed: AssumedEvent[], origin: KnowledgeBase['origin']): KnowledgeBase {
  const flags = files.patterns.flags;
  const global = (s: string) => new RegExp(s, `${flags}g`);
  const plain = (s: string) => new RegExp(s, flags);
  const references = files.patterns.references.map((meta) => ({
    meta,
    patterns: meta.patterns.map(global),
    nearby: (meta.requiresNearby?.patterns ?? []).map(plain),
    preceded: (meta.suppressIfPrecededBy?.patterns ?? []).map(plain),
    followed: (meta.suppressIfFollowedBy?.patterns ?? []).map(plain),
    nearbySuppress: (meta.suppressIfNearby?.patterns ?? []).map(plain),
    context: meta.requiresContext ? meta.requiresContext.patterns.map(plain) : null,
  }));
  const retention = files.retention;

  return {
    files,
    version: files.meta.version,
    asOf: files.meta.asOf,
    origin,
    sources: new Map(files.sources.sources.map((s) => [s.id, { id: s.id, title: s.title }])),
    events: new Map(files.events.events.map((e) => [e.id, e])),
    eventList: [...files.events.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    mechanisms: new Map(files.mechanisms.mechanisms.map((m) => [m.id, m])),
    rules: new Map(files.rules.rules.map((r) => [r.id, r])),
    adequacy: new Map(files.adequacy.decisions.map((d) => [d.country, d])),
    eea: new Set(files.countries.eea.codes),
    hypotheticals: new Map(files.hypotheticals.events.map((h) => [h.id, h])),
    assumed,
    references,
    referenceById: new Map(references.map((r) => [r.meta.ruleId, r])),
    referenceKeywords: [...new Set(files.patterns.references.flatMap((r) => r.keywords))],
    retention: {
      cctvExceptions: retention.rules['RET-CCTV-LONG'].exceptionPatterns.map(plain),
      indefinite: retention.rules['RET-INDEFINITE'].indefinitePatterns.map(plain),
      durationUnits: retention.durationUnits.map((u) => ({ pattern: global(u.pattern), days: u.days })),
    },
  };
}

/** Loads, validates and indexes the knowledge base from disk. */
export function loadKnowledgeBase(options: LoadOptions = {}): KnowledgeBase {
  return buildKnowledgeBase(readKnowledgeBaseFiles(options));
}

let shipped: KnowledgeBase | null = null;

/** The shipped knowledge base, loaded once per process. */
export function defaultKnowledgeBase(): KnowledgeBase {
  shipped ??= loadKnowledgeBase();
  return shipped;
}
