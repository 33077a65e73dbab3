import { AppError, detail } from '../../shared/errors';
import { type Message, message } from '../../shared/i18n/message';
import type { AssumedEvent, LocalizedText } from '../../shared/schemas/findings';
import type { TransferMechanism } from '../../shared/vocab';
import { addDays, isIsoDate } from './dates';
import { countryLabel } from './geography';
import { indexKnowledgeBase, type KnowledgeBase } from './knowledge-base';
import { type Hypothetical, type KnowledgeBaseFiles, type LegalEvent, PARAMETER } from './knowledge-base-schema';
import { mechanismLabel } from './mechanism-validity';
import { fillLocalized } from './templates';

/**
 * What-if scenarios without a second implementation of any rule: an assumption turns a
 * hypothetical event of the knowledge base into an ordinary legal event on the chosen date and
 * writes its effects into a derived copy of the knowledge base — an 'invalid-on' life event for a
 * mechanism, an end of validity for an adequacy decision. The unchanged engine then evaluates
 * the register against that copy, so "the DPF falls on 1 March" means exactly what Schrems II
 * meant for Privacy Shield, rule for rule.
 */

export interface Assumption {
  /** A hypothetical event's id (HYP-…), case-insensitive. */
  id: string;
  date: string;
  /** The country or mechanism, for a scenario that takes one. */
  parameter?: string | null;
}

/** A hypothetical with its parameter resolved: what it anticipates and its label, for this choice. */
interface Resolved {
  hypothetical: Hypothetical;
  parameter: string | null;
  anticipation: Pick<Hypothetical, 'anticipates' | 'verification' | 'sources' | 'note'>;
  label: LocalizedText;
}

function invalid(what: Message, path: string): AppError {
  return new AppError('VALIDATION', what, [detail(path, what)]);
}

/** The values a scenario's parameter can take: its explicit choices, or every country with a general adequacy decision. */
export function parameterChoices(kb: KnowledgeBase, h: Hypothetical): string[] {
  if (!h.parameter) return [];
  if (h.parameter.choices) return h.parameter.choices.map((c) => c.value);
  return kb.files.adequacy.decisions.filter((d) => d.scope.kind !== 'dpf_only').map((d) => d.country);
}

function resolve(kb: KnowledgeBase, a: Assumption, at: string): Resolved {
  const hypothetical = kb.hypotheticals.get(a.id.trim().toUpperCase());
  if (!hypothetical) {
    throw invalid(
      message('assume.unknownEvent', { id: a.id, version: kb.version, known: [...kb.hypotheticals.keys()].join(', ') }),
      `${at}.id`,
    );
  }
  if (!isIsoDate(a.date)) throw invalid(message('assume.badDate', { date: a.date }), `${at}.date`);
  const spec = hypothetical.parameter;
  if (!spec) {
    if (a.parameter) throw invalid(message('assume.noParameter', { id: hypothetical.id }), `${at}.parameter`);
    return { hypothetical, parameter: null, anticipation: hypothetical, label: hypothetical.label };
  }
  const raw = a.parameter?.trim() ?? '';
  const parameter = spec.name === 'country' ? raw.toUpperCase() : raw.toLowerCase();
  const choices = parameterChoices(kb, hypothetical);
  if (!choices.includes(parameter)) {
    const key = spec.name === 'country' ? 'assume.needsCountry' : 'assume.needsMechanism';
    const given = raw ? message('assume.notGiven', { value: raw }) : '';
    throw invalid(message(key, { id: hypothetical.id, choices: choices.join(', '), given }), `${at}.parameter`);
  }
  const choice = spec.choices?.find((c) => c.value === parameter);
  const name = spec.name === 'country' ? countryLabel(parameter) : mechanismLabel(parameter as TransferMechanism);
  return {
    hypothetical,
    parameter,
    anticipation: choice ?? hypothetical,
    label: fillLocalized(hypothetical.label, { [spec.name]: name }, hypothetical.id),
  };
}

/** The legal-event id findings under an assumption cite: EV-HYP-… plus the parameter. */
export function assumedEventId(hypotheticalId: string, parameter: string | null): string {
  const suffix = parameter ? `-${parameter.toUpperCase().replace(/[^A-Z0-9]+/g, '-')}` : '';
  return `EV-${hypotheticalId}${suffix}`;
}

function applyEffects(files: KnowledgeBaseFiles, r: Resolved, event: LegalEvent): void {
  const facts = { eventId: event.id, verification: event.verification, sources: event.sources };
  for (const effect of r.hypothetical.effects) {
    if (effect.type === 'mechanism-invalid') {
      const id = effect.mechanism === PARAMETER ? r.parameter : effect.mechanism;
      const mechanism = files.mechanisms.mechanisms.find((m) => m.id === id);
      if (!mechanism) continue;
      // The earliest invalidity wins: an assumption after a real invalidation changes nothing.
      const existing = mechanism.lifeEvents.find((l) => l.type === 'invalid-on');
      if (existing && existing.date <= event.date) continue;
      mechanism.lifeEvents = [
        { type: 'invalid-on', date: event.date, knownFrom: event.date, ...facts },
        ...mechanism.lifeEvents.filter((l) => l.type !== 'invalid-on'),
      ];
    } else {
      const country = effect.country === PARAMETER ? r.parameter : effect.country;
      const decision = files.adequacy.decisions.find((d) => d.country === country);
      if (!decision) continue;
      // Valid until the day before; renewals the real timeline knows of later do not happen in this world.
      decision.validity = [
        ...decision.validity.filter((v) => v.knownFrom < event.date),
        { knownFrom: event.date, validUntil: addDays(event.date, -1), withdrawn: effect.withdrawn, ...facts },
      ];
    }
  }
}

const derived = new WeakMap<KnowledgeBase, Map<string, KnowledgeBase>>();

/** A stable key for a set of assumptions (the same scenario asked twice reuses its derived knowledge base). */
export function assumptionsKey(assumptions: Assumption[]): string {
  return assumptions
    .map((a) => `${a.id.trim().toUpperCase()}:${(a.parameter ?? '').trim().toUpperCase()}@${a.date}`)
    .sort()
    .join('|');
}

/**
 * The knowledge base as it would be had the assumed events happened on their dates. Throws a
 * VALIDATION error naming the field for an unknown scenario, a missing or unknown parameter or
 * a bad date. Without assumptions it returns the knowledge base itself.
 */
export function assumeEvents(kb: KnowledgeBase, assumptions: Assumption[]): KnowledgeBase {
  if (assumptions.length === 0) return kb;
  const key = assumptionsKey(assumptions);
  let byKey = derived.get(kb);
  const cached = byKey?.get(key);
  if (cached) return cached;

  const resolved = assumptions.map((a, i) => ({ r: resolve(kb, a, `assume.${i}`), date: a.date }));
  const files = structuredClone(kb.files);
  const assumed: AssumedEvent[] = [];
  const note = kb.files.hypotheticals.assumptionNote;
  for (const { r, date } of resolved) {
    const event: LegalEvent = {
      id: assumedEventId(r.hypothetical.id, r.parameter),
      date,
      knownFrom: date,
      kind: 'hypothetical',
      tags: [],
      ref: r.hypothetical.id,
      label: r.label,
      verification: r.anticipation.verification,
      sources: r.anticipation.sources,
      // Every finding that cites this event is marked uncertain and says it rests on an assumption.
      disputed: note,
      ...(r.anticipation.note ? { note: r.anticipation.note } : {}),
      inTimeline: false,
    };
    if (files.events.events.some((e) => e.id === event.id)) {
      throw invalid(message('assume.twice', { id: `${r.hypothetical.id}${r.parameter ? ` (${r.parameter})` : ''}` }), 'assume');
    }
    files.events.events.push(event);
    applyEffects(files, r, event);
    assumed.push({
      id: r.hypothetical.id,
      parameter: r.parameter,
      date,
      eventId: event.id,
      label: r.label,
      anticipates: r.anticipation.anticipates.map((id) => {
        const e = kb.events.get(id);
        return e
          ? { id, date: e.date, label: e.label, verification: e.verification }
          : { id, date, label: { da: id, en: id }, verification: 'M' as const };
      }),
      verification: r.anticipation.verification,
      sources: r.anticipation.sources.map((id) => kb.sources.get(id) ?? { id, title: id }),
      ...(r.anticipation.note ? { note: r.anticipation.note } : {}),
    });
  }
  const result = indexKnowledgeBase(files, [...kb.assumed, ...assumed], kb.origin);
  if (!byKey) {
    byKey = new Map();
    derived.set(kb, byKey);
  }
  byKey.set(key, result);
  return result;
}

/**
 * The date a scenario is checked on: the date asked for, or else the later of today and the last
 * assumed date. A check before an assumed date would not know the event (point in time), so it
 * is refused rather than silently showing the law as it stands.
 */
export function scenarioCheckDate(assumptions: Assumption[], today: string, asOf?: string): string {
  const latest = assumptions
    .map((a) => a.date)
    .sort()
    .at(-1);
  if (latest === undefined) return asOf ?? today;
  const date = asOf ?? (latest > today ? latest : today);
  if (date < latest) {
    throw invalid(message('assume.dateBefore', { latest, date }), 'asOf');
  }
  return date;
}

/**
 * Reads `EVENT[:PARAMETER][@DATE]` as the CLI takes it, e.g. `HYP-DPF-INVALID@2027-03-01` or
 * `HYP-ADQ-WITHDRAWN:JP@2027-06-01`. Without a date the caller's default date applies.
 */
export function parseAssumption(text: string, defaultDate: string): Assumption {
  const m = /^([^:@\s]+)(?::([^@\s]+))?(?:@(\S+))?$/.exec(text.trim());
  if (!m) throw invalid(message('assume.syntax', { text }), 'assume');
  return { id: m[1], parameter: m[2] ?? null, date: m[3] ?? defaultDate };
}
