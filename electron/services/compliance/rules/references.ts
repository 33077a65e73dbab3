import { catalogueText, inSentence } from '../../../shared/i18n/vocab-labels';
import type { LocalizedText } from '../../../shared/schemas/findings';
import { adequacyOn } from '../adequacy';
import type { EvaluationContext, FindingEntityRef } from '../context';
import type { Emit } from '../finding-factory';
import type { KnowledgeBase } from '../knowledge-base';
import type { ScannableEntityType } from '../knowledge-base-schema';
import { sharedText } from '../shared-texts';
import { fillLocalized, type TemplateValue } from '../templates';
import type { TextMatch } from '../text-scan';

const SHOWN_IN_MESSAGE = 5;

/** `"persondataloven" (privatlivspolitik)`, once per distinct phrase and field, at most five, then "n more". */
function matchList(kb: KnowledgeBase, matches: TextMatch[]): TemplateValue {
  const seen = new Set<string>();
  const items: LocalizedText[] = [];
  for (const m of matches) {
    const key = `${m.field}|${m.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const label = inSentence(catalogueText(`field.${m.field}`));
    items.push({ da: `"${m.text}" (${label.da})`, en: `"${m.text}" (${label.en})` });
  }
  const shown = items.slice(0, SHOWN_IN_MESSAGE);
  if (items.length > shown.length) {
    shown.push(fillLocalized(sharedText(kb, 'moreMatches'), { n: items.length - shown.length }, 'moreMatches'));
  }
  return { list: shown };
}

interface Entry {
  type: ScannableEntityType;
  record: object;
  entity: FindingEntityRef;
  activityId?: string;
  jurisdiction: string | null;
}

/** The entries whose status is active (legal-knowledge §0.6): the only ones REF rules look at. */
function activeEntries(ctx: EvaluationContext): Entry[] {
  const orgJurisdiction = ctx.organisation?.processingJurisdiction ?? null;
  const entries: Entry[] = [];
  if (ctx.organisation) {
    entries.push({
      type: 'organisation',
      record: ctx.organisation,
      entity: { type: 'organisation', id: 'org', name: ctx.organisation.name },
      jurisdiction: orgJurisdiction,
    });
  }
  for (const a of ctx.activities) {
    if (a.status !== 'active') continue;
    entries.push({
      type: 'activity',
      record: a,
      entity: { type: 'activity', id: a.id, name: a.name },
      activityId: a.id,
      jurisdiction: a.processingJurisdiction ?? orgJurisdiction,
    });
  }
  for (const v of [...ctx.ownTransfers, ...ctx.onwardTransfers]) {
    if (!v.current) continue;
    entries.push({
      type: 'transfer',
      record: v.transfer,
      entity: v.entity,
      activityId: v.activity?.id,
      jurisdiction: v.activity?.processingJurisdiction ?? orgJurisdiction,
    });
  }
  for (const r of ctx.register.recipients) {
    if (r.archivedAt === null)
      entries.push({ type: 'recipient', record: r, entity: { type: 'recipient', id: r.id, name: r.name }, jurisdiction: orgJurisdiction });
  }
  for (const d of ctx.register.dpas) {
    if (d.endOn === null || d.endOn >= ctx.asOf) {
      entries.push({ type: 'dpa', record: d, entity: { type: 'dpa', id: d.id, name: d.title }, jurisdiction: orgJurisdiction });
    }
  }
  for (const p of ctx.register.processorActivities) {
    if (p.status === 'active' && p.archivedAt === null) {
      entries.push({
        type: 'processorActivity',
        record: p,
        entity: { type: 'processorActivity', id: p.id, name: p.controllerName },
        jurisdiction: orgJurisdiction,
      });
    }
  }
  return entries;
}

/**
 * Outdated references in free text (REF-*): one finding per rule and entry, listing every place
 * it matched. Only free-text fields are scanned, never the structured mechanism (TR-* rules
 * handle that), and only entries that are active.
 */
export function referenceRules(ctx: EvaluationContext, emit: Emit): void {
  // REF-UK-2025's fix names the UK adequacy end date as known on the check date.
  const ukUntil = adequacyOn(ctx.kb, 'GB', ctx.asOf).validity?.validUntil ?? null;
  for (const entry of activeEntries(ctx)) {
    const hits = ctx.scan(entry.type, entry.record, entry.jurisdiction);
    for (const [ruleId, matches] of hits) {
      emit(ruleId, entry.entity, {
        activityId: entry.activityId,
        matches,
        vars: {
          matches: matchList(ctx.kb, matches),
          ukAdequacyUntil: ukUntil ? { date: ukUntil } : '—',
        },
      });
    }
  }
}
