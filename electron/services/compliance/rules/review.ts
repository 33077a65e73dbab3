import type { Activity } from '../../../shared/schemas/entities';
import type { LocalizedText, VerificationTag } from '../../../shared/schemas/findings';
import type { EvaluationContext } from '../context';
import { addDays } from '../dates';
import type { Emit } from '../finding-factory';
import { formatDate, formatList } from '../format';
import type { LegalEvent } from '../knowledge-base-schema';
import { ruleConstant } from '../rule-texts';
import { activityEntity, openActivities, recipientsOf } from './activity-common';

const STRENGTH: Record<VerificationTag, number> = { V: 2, V2: 1, M: 0 };

/**
 * The features of an entry that legal events are tagged with (legal-knowledge §A6, REV-EVENT):
 * mechanisms and their families, recipient countries, tools, provisions its text cites, "dpa"
 * when it uses processors, and the tags every entry carries.
 */
export function entryFeatures(ctx: EvaluationContext, a: Activity, everyEntryTags: string[]): Set<string> {
  const { kb } = ctx;
  const features = new Set(everyEntryTags);
  for (const v of ctx.ownTransfersByActivity.get(a.id) ?? []) {
    if (v.historic) continue;
    const m = v.transfer.mechanism;
    if (m !== null) {
      features.add(m);
      for (const tag of kb.mechanisms.get(m)?.tags ?? []) features.add(tag);
    }
    if (v.country) features.add(v.country);
  }
  for (const r of recipientsOf(ctx, a)) {
    if (r.country) features.add(r.country);
    for (const tool of r.tools) features.add(tool);
    if (r.role === 'processor') features.add('dpa');
  }
  if (a.recipients.some((r) => r.role === 'processor')) features.add('dpa');
  const jurisdiction = a.processingJurisdiction ?? ctx.organisation?.processingJurisdiction ?? null;
  const hits = ctx.scan('activity', a, jurisdiction);
  for (const ref of kb.references) if (ref.meta.feature && hits.has(ref.meta.ruleId)) features.add(ref.meta.feature);
  return features;
}

/**
 * Review duty: an active entry reviewed longer ago than review_max_age_days (practice, not law)
 * is REV-STALE; a legal event that touches the entry after its last review is REV-EVENT, so a
 * ruling such as Schrems II prompts a look at exactly the entries it affects.
 */
export function reviewRules(ctx: EvaluationContext, emit: Emit): void {
  const { kb, asOf } = ctx;
  const staleBefore = addDays(asOf, -ctx.params.review_max_age_days);
  const kinds = new Set(ruleConstant<string[]>(kb, 'REV-EVENT', 'eventKinds'));
  const reviewEvents = kb.eventList.filter((e) => kinds.has(e.kind) && e.date <= asOf);
  const everyEntryTags = ruleConstant<string[]>(kb, 'REV-EVENT', 'everyEntryTags');
  const factsBySet = new Map<string, EventSetFacts>();

  for (const a of openActivities(ctx)) {
    const entity = activityEntity(a);
    const last = a.lastReviewedOn;
    if (a.status === 'active') {
      if (last === null) emit('REV-STALE', entity, { activityId: a.id, variant: 'never', vars: { activity: a.name } });
      else if (last < staleBefore) {
        emit('REV-STALE', entity, {
          activityId: a.id,
          vars: { activity: a.name, lastReviewed: { date: last }, maxAge: ctx.params.review_max_age_days },
        });
      }
    }
    if (last === null) continue;
    const pending = reviewEvents.filter((e) => e.date > last);
    if (pending.length === 0) continue;
    const features = entryFeatures(ctx, a, everyEntryTags);
    const relevant = pending.filter((e) => e.tags.some((t) => features.has(t)));
    if (relevant.length === 0) continue;
    const key = relevant.map((e) => e.id).join('|');
    let facts = factsBySet.get(key);
    if (!facts) {
      facts = eventSetFacts(relevant);
      factsBySet.set(key, facts);
    }
    emitEvents(emit, a, last, facts);
  }
}

/** What REV-EVENT findings for the same set of events share, worked out once per set. */
interface EventSetFacts {
  lastEventId: string;
  verification: VerificationTag;
  sources: string[];
  notes: LocalizedText[];
  list: LocalizedText;
}

function eventSetFacts(events: LegalEvent[]): EventSetFacts {
  const weakest = events.reduce<VerificationTag>((w, e) => (STRENGTH[e.verification] < STRENGTH[w] ? e.verification : w), 'V');
  const last = events[events.length - 1];
  const line = (lang: 'da' | 'en') =>
    formatList(
      events.map((e) => `${e.label[lang]} (${formatDate(e.date, lang)})`),
      lang,
    );
  return {
    lastEventId: last.id,
    verification: weakest,
    sources: [...new Set(events.flatMap((e) => e.sources))],
    // The shown legal event's own dispute is added by the emitter; the others' are added here.
    notes: events.flatMap((e) => (e.disputed && e !== last ? [e.disputed] : [])),
    list: { da: line('da'), en: line('en') },
  };
}

function emitEvents(emit: Emit, a: Activity, lastReviewed: string, facts: EventSetFacts): void {
  emit('REV-EVENT', activityEntity(a), {
    activityId: a.id,
    legalEventId: facts.lastEventId,
    verification: facts.verification,
    sources: facts.sources,
    notes: facts.notes,
    vars: { activity: a.name, lastReviewed: { date: lastReviewed }, events: facts.list },
  });
}
