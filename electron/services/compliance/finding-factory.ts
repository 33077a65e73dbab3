import type { Finding, LocalizedText, VerificationTag } from '../../shared/schemas/findings';
import type { EvaluationContext, FindingEntityRef } from './context';
import type { LegalEvent, RuleMeta, TextVariant } from './knowledge-base-schema';
import { fillLocalized, pickVariant, type TemplateVars, type TemplateVarsChain } from './templates';

export interface EmitOptions {
  activityId?: string | null;
  vars?: TemplateVarsChain;
  /** Which message/fix variant the situation calls for (the `when` of a variant). */
  variant?: string;
  /** The legal event to show; default: the rule's first event that is known on the check date. */
  legalEventId?: string | null;
  /** The tag of the fact this finding rests on, when it differs from the rule's own. */
  verification?: VerificationTag;
  /** Replaces the rule's sources (a fact with its own sources, e.g. one adequacy decision). */
  sources?: string[];
  extraSources?: string[];
  /** Why this particular finding is uncertain (beyond the rule's own tag). */
  notes?: LocalizedText[];
  matches?: Finding['matches'];
}

/** Creates a finding for a rule; drops it when the rule's gate event is not yet known on the check date. */
export type Emit = (ruleId: string, entity: FindingEntityRef, options?: EmitOptions) => void;

function joinNotes(notes: LocalizedText[]): LocalizedText {
  if (notes.length === 1) return notes[0];
  return { da: notes.map((n) => n.da).join(' '), en: notes.map((n) => n.en).join(' ') };
}

/** Whether a rule may run on the check date: its gate event must be known (or have happened). */
export function ruleRuns(ctx: EvaluationContext, rule: RuleMeta): boolean {
  if (!rule.gate) return true;
  return rule.gate.on === 'date' ? ctx.hasHappened(rule.gate.eventId) : ctx.isKnown(rule.gate.eventId);
}

/** What stays the same for every finding of a rule within one evaluation, worked out once. */
interface RulePrep {
  rule: RuleMeta;
  /** For error messages about a missing placeholder. */
  where: string;
  runs: boolean;
  defaultEventId: string | null;
  defaultSources: Finding['sources'];
  variants: Map<string, { message: TextVariant; fix: TextVariant }>;
  /** Uncertainty notes by tag and event, for findings without fact-level notes. */
  notes: Map<string, LocalizedText | undefined>;
}

/**
 * Turns a rule hit into a Finding: texts from the knowledge base with the concrete names and
 * dates filled in, the legal event, sources with titles, and the verification tag. A finding is
 * uncertain whenever what it rests on is M, V2 or disputed, and then says why.
 */
export function createEmitter(ctx: EvaluationContext, out: Finding[]): Emit {
  const { kb } = ctx;
  const prepared = new Map<string, RulePrep>();
  const sourcesOf = (ids: string[]) => ids.map((id) => kb.sources.get(id) ?? { id, title: id });
  const sharedSources = new WeakMap<string[], Finding['sources']>();
  /** A caller's source list, resolved once per list object (callers reuse them across findings). */
  const sourcesFor = (ids: string[]) => {
    let resolved = sharedSources.get(ids);
    if (!resolved) {
      resolved = sourcesOf([...new Set(ids)]);
      sharedSources.set(ids, resolved);
    }
    return resolved;
  };
  const prep = (ruleId: string): RulePrep => {
    let p = prepared.get(ruleId);
    if (!p) {
      const rule = kb.rules.get(ruleId);
      if (!rule) throw new Error(`Rule ${ruleId} is not in the knowledge base`);
      p = {
        rule,
        where: `Rule ${ruleId}`,
        runs: ruleRuns(ctx, rule),
        defaultEventId: rule.legalEventIds.find((id) => ctx.isKnown(id)) ?? null,
        defaultSources: sourcesOf(rule.sources),
        variants: new Map(),
        notes: new Map(),
      };
      prepared.set(ruleId, p);
    }
    return p;
  };
  const checkDate = { date: ctx.asOf };
  const NO_VARS: TemplateVars = {};
  /**
   * Why a finding is uncertain: the rule's own note for its tag (or the tag's general meaning
   * when a fact carries a different tag and no note of its own), the fact-level notes, and the
   * legal event's dispute. Undefined when nothing is uncertain.
   */
  const noteOf = (
    rule: RuleMeta,
    verification: VerificationTag,
    overridden: boolean,
    event: LegalEvent | null,
    given: readonly LocalizedText[],
  ): LocalizedText | undefined => {
    const notes: LocalizedText[] = [];
    if (verification !== 'V') {
      const own = overridden ? undefined : rule.uncertaintyNote;
      if (own) notes.push(own);
      else if (given.length === 0) notes.push(kb.files.meta.verificationTags[verification]);
    }
    notes.push(...given);
    if (event?.disputed) notes.push(event.disputed);
    return notes.length === 0 ? undefined : joinNotes(notes);
  };
  const fallbacks = new Map<string | null, TemplateVars>();
  const legalEvents = new Map<string, Finding['legalEvent']>();
  /** Values every finding may use: the check date and its legal event's date. */
  const fallbackFor = (eventId: string | null): TemplateVars => {
    let f = fallbacks.get(eventId);
    if (!f) {
      f = eventId ? { checkDate, eventDate: { date: ctx.event(eventId).date } } : { checkDate };
      fallbacks.set(eventId, f);
    }
    return f;
  };
  const legalEventOf = (eventId: string): Finding['legalEvent'] => {
    let e = legalEvents.get(eventId);
    if (e === undefined) {
      const ev = ctx.event(eventId);
      e = { id: ev.id, date: ev.date, label: ev.label };
      legalEvents.set(eventId, e);
    }
    return e;
  };

  return (ruleId, entity, options = {}) => {
    const p = prep(ruleId);
    if (!p.runs) return;
    const { rule } = p;
    const situation = options.variant ?? '';
    let texts = p.variants.get(situation);
    if (!texts) {
      texts = {
        message: pickVariant(rule.message, options.variant, ctx.isKnown),
        fix: pickVariant(rule.fix, options.variant, ctx.isKnown),
      };
      p.variants.set(situation, texts);
    }

    const eventId = options.legalEventId !== undefined ? options.legalEventId : p.defaultEventId;
    const event = eventId ? ctx.event(eventId) : null;
    const vars: TemplateVarsChain = options.vars ?? NO_VARS;
    const fallback = fallbackFor(eventId);
    const { where } = p;

    const verification = options.verification ?? rule.verification;
    const overridden = options.verification !== undefined && options.verification !== rule.verification;
    const given = options.notes && options.notes.length > 0 ? options.notes : null;
    let uncertaintyNote: LocalizedText | undefined;
    if (given) uncertaintyNote = noteOf(rule, verification, overridden, event, given);
    else {
      // Without fact-level notes the note depends only on the tag and the event: work it out once.
      const key = `${verification}|${overridden}|${eventId}`;
      if (p.notes.has(key)) uncertaintyNote = p.notes.get(key);
      else {
        uncertaintyNote = noteOf(rule, verification, overridden, event, []);
        p.notes.set(key, uncertaintyNote);
      }
    }

    const sources =
      options.extraSources !== undefined
        ? sourcesOf([...new Set([...(options.sources ?? rule.sources), ...options.extraSources])])
        : options.sources !== undefined
          ? sourcesFor(options.sources)
          : p.defaultSources;
    const finding: Finding = {
      id: `${ruleId}:${entity.type}:${entity.id}`,
      ruleId,
      severity: rule.severity,
      // Shared, not copied: findings are read-only data, and thousands of them share entities and events.
      entity,
      message: fillLocalized(texts.message, vars, where, fallback),
      fix: fillLocalized(texts.fix, vars, where, fallback),
      legalEvent: eventId ? legalEventOf(eventId) : null,
      sources,
      verification,
      uncertain: uncertaintyNote !== undefined,
    };
    if (options.activityId) finding.activityId = options.activityId;
    if (uncertaintyNote) finding.uncertaintyNote = uncertaintyNote;
    if (options.matches) finding.matches = options.matches;
    out.push(finding);
  };
}
