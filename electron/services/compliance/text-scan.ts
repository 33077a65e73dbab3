import type { CompiledReference, KnowledgeBase } from './knowledge-base';

export interface TextMatch {
  field: string;
  text: string;
  excerpt: string;
}

export interface ScannedField {
  field: string;
  text: string | null;
}

const EXCERPT_CONTEXT = 40;

function excerptOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - EXCERPT_CONTEXT);
  const to = Math.min(text.length, end + EXCERPT_CONTEXT);
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

function anyMatches(patterns: RegExp[], text: string): boolean {
  for (const p of patterns) if (p.test(text)) return true;
  return false;
}

/** Every accepted match of one reference rule in one text, after its nearby-word requirement and suppressions. */
function matchesOf(ref: CompiledReference, field: string, text: string): TextMatch[] {
  const out: (TextMatch & { start: number })[] = [];
  const seen = new Set<number>();
  const { requiresNearby, suppressIfPrecededBy, suppressIfFollowedBy, suppressIfNearby } = ref.meta;
  for (const pattern of ref.patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (seen.has(start)) continue;
      if (suppressIfPrecededBy && anyMatches(ref.preceded, text.slice(Math.max(0, start - suppressIfPrecededBy.window), start))) continue;
      if (suppressIfFollowedBy && anyMatches(ref.followed, text.slice(end, end + suppressIfFollowedBy.window))) continue;
      if (suppressIfNearby) {
        const w = suppressIfNearby.window;
        if (anyMatches(ref.nearbySuppress, text.slice(Math.max(0, start - w), end + w))) continue;
      }
      if (requiresNearby) {
        const around = text.slice(Math.max(0, start - requiresNearby.window), end + requiresNearby.window);
        if (!anyMatches(ref.nearby, around)) continue;
      }
      seen.add(start);
      out.push({ field, text: m[0], excerpt: excerptOf(text, start, end), start });
    }
  }
  // In reading order, whichever pattern found them.
  return out.sort((a, b) => a.start - b.start).map(({ field: f, text: t, excerpt }) => ({ field: f, text: t, excerpt }));
}

type TextHits = [ruleId: string, matches: TextMatch[]][];

const keywordPatterns = new WeakMap<KnowledgeBase, RegExp>();

/**
 * Any reference keyword, as one case-insensitive expression: most texts mention none, and one
 * pass of this over a text costs a fraction of lower-casing it and searching for each keyword.
 */
function anyKeyword(kb: KnowledgeBase): RegExp {
  let pattern = keywordPatterns.get(kb);
  if (!pattern) {
    pattern = new RegExp(kb.referenceKeywords.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'i');
    keywordPatterns.set(kb, pattern);
  }
  return pattern;
}

/** Every REF rule's matches in one text (field left blank: the caller labels it). */
function scanText(kb: KnowledgeBase, text: string, jurisdiction: string | null): TextHits {
  if (!anyKeyword(kb).test(text)) return [];
  const lower = text.toLowerCase();
  const hits: TextHits = [];
  for (const ref of kb.references) {
    if (!ref.meta.keywords.some((k) => lower.includes(k))) continue;
    if (jurisdiction !== null && ref.meta.suppressForJurisdictions?.includes(jurisdiction)) continue;
    const found = matchesOf(ref, '', text);
    if (found.length > 0) hits.push([ref.meta.ruleId, found]);
  }
  return hits;
}

/**
 * Scan results by jurisdiction, then text: registers repeat the same texts across many entries.
 * Nested maps, not a joined key, so a text is hashed once (V8 keeps a string's hash) and never copied.
 */
export type ScanCache = Map<string, Map<string, TextHits>>;

/**
 * The text an entry gives its references as context: its contextFields (patterns.json), read
 * through dotted paths into lists (purposes.description), one value a line.
 */
export function entryContextText(record: object, paths: readonly string[]): string {
  const out: string[] = [];
  const walk = (value: unknown, keys: string[]): void => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, keys);
      return;
    }
    if (keys.length === 0) {
      if (typeof value === 'string') out.push(value);
      return;
    }
    if (typeof value === 'object') walk((value as Record<string, unknown>)[keys[0]], keys.slice(1));
  };
  for (const p of paths) walk(record, p.split('.'));
  return out.join('\n');
}

/**
 * Scans an entry's free-text fields for outdated references (legal-knowledge §0.6). Returns,
 * per REF rule id, every place it matched across the fields. A reference that only counts in a
 * context (requiresContext, e.g. the old markedsføringslovens § 6 on e-mail marketing) is kept
 * only when the entry as a whole — `entryContext()` (asked only then) plus every scanned field — mentions it. Keyword substrings from the
 * knowledge base skip the usual case — a text that mentions none of them — before any
 * regular expression runs (case-insensitive Unicode expressions are the costly part).
 * `jurisdiction` drives the Greenland suppressions (REF-PDL, REF-ANMELDELSE).
 */
export function scanReferences(
  kb: KnowledgeBase,
  fields: ScannedField[],
  jurisdiction: string | null,
  cache?: ScanCache,
  entryContext: () => string = () => '',
): Map<string, TextMatch[]> {
  let wholeEntry: string | null = null;
  const contextHolds = new Map<string, boolean>();
  /** Whether the whole entry gives a context-bound reference its context (worked out once per rule and entry). */
  const inContext = (ruleId: string): boolean => {
    const patterns = kb.referenceById.get(ruleId)?.context;
    if (!patterns) return true;
    let holds = contextHolds.get(ruleId);
    if (holds === undefined) {
      wholeEntry ??= [entryContext(), ...fields.map((f) => f.text ?? '')].join('\n');
      const text = wholeEntry;
      holds = patterns.some((p) => p.test(text));
      contextHolds.set(ruleId, holds);
    }
    return holds;
  };
  const hits = new Map<string, TextMatch[]>();
  let byText = cache?.get(jurisdiction ?? '');
  if (cache && !byText) {
    byText = new Map();
    cache.set(jurisdiction ?? '', byText);
  }
  for (const { field, text } of fields) {
    if (!text) continue;
    let found = byText?.get(text);
    if (!found) {
      found = scanText(kb, text, jurisdiction);
      byText?.set(text, found);
    }
    if (found.length === 0) continue;
    for (const [ruleId, matches] of found) {
      if (!inContext(ruleId)) continue;
      const labelled = matches.map((m) => ({ ...m, field }));
      const list = hits.get(ruleId);
      if (list) list.push(...labelled);
      else hits.set(ruleId, labelled);
    }
  }
  return hits;
}
