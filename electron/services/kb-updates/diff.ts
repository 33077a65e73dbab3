import { isDeepStrictEqual } from 'node:util';
import type { LocalizedText } from '../../shared/schemas/findings';
import type { KbChange, KbDiff } from '../../shared/schemas/kb-updates';
import { countryLabel } from '../compliance/geography';
import type { KnowledgeBase } from '../compliance/knowledge-base';
import { knowledgeBaseFileNames } from '../compliance/knowledge-base-schema';
import { mechanismLabel } from '../compliance/mechanism-validity';

/** The top-level keys whose values differ, as words for the DPO ("changed: severity, message"). */
function changedKeys(a: object, b: object): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !isDeepStrictEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])).sort();
}

function compare<T extends object>(
  before: T[],
  after: T[],
  id: (x: T) => string,
  label: (x: T) => LocalizedText,
  detail: (a: T, b: T) => LocalizedText = (a, b) => {
    const keys = changedKeys(a, b).join(', ');
    return { da: `ændret: ${keys}`, en: `changed: ${keys}` };
  },
): KbChange[] {
  const old = new Map(before.map((x) => [id(x), x]));
  const now = new Map(after.map((x) => [id(x), x]));
  const out: KbChange[] = [];
  for (const [key, x] of now) {
    const was = old.get(key);
    if (!was) out.push({ change: 'added', id: key, label: label(x) });
    else if (!isDeepStrictEqual(was, x)) out.push({ change: 'changed', id: key, label: label(x), detail: detail(was, x) });
  }
  for (const [key, x] of old) if (!now.has(key)) out.push({ change: 'removed', id: key, label: label(x) });
  return out;
}

type Rule = KnowledgeBase['files']['rules']['rules'][number];
type Decision = KnowledgeBase['files']['adequacy']['decisions'][number];

function ruleDetail(a: Rule, b: Rule): LocalizedText {
  const parts = changedKeys(a, b).map((k) => (k === 'severity' ? `severity ${a.severity} → ${b.severity}` : k));
  return { da: `ændret: ${parts.join(', ').replace('severity', 'alvor')}`, en: `changed: ${parts.join(', ')}` };
}

function validUntil(d: Decision): string {
  return d.validity.at(-1)?.validUntil ?? '—';
}

function adequacyDetail(a: Decision, b: Decision): LocalizedText {
  const keys = changedKeys(a, b);
  const until = validUntil(a) !== validUntil(b) ? [`${validUntil(a)} → ${validUntil(b)}`] : [];
  const rest = keys.filter((k) => k !== 'validity' || until.length === 0);
  return {
    da: `ændret: ${[...until.map((u) => `gyldig til ${u}`), ...rest].join(', ')}`,
    en: `changed: ${[...until.map((u) => `valid until ${u}`), ...rest].join(', ')}`,
  };
}

/**
 * What an update changes, per kind of legal fact the DPO cares about — legal events, rules,
 * adequacy decisions, transfer mechanisms, what-if scenarios — plus the other files it touches.
 */
export function diffKnowledgeBases(before: KnowledgeBase, after: KnowledgeBase): KbDiff {
  const a = before.files;
  const b = after.files;
  const country = (_kb: KnowledgeBase, d: Decision) => {
    const n = countryLabel(d.country);
    return { da: `${n.da} (${d.decision})`, en: `${n.en} (${d.decision})` };
  };
  const reported = new Set(['events', 'rules', 'adequacy', 'mechanisms', 'hypotheticals', 'meta']);
  return {
    events: compare(
      a.events.events,
      b.events.events,
      (e) => e.id,
      (e) => e.label,
    ),
    rules: compare(
      a.rules.rules,
      b.rules.rules,
      (r) => r.id,
      (r) => r.title,
      ruleDetail,
    ),
    adequacy: compare(
      a.adequacy.decisions,
      b.adequacy.decisions,
      (d) => d.country,
      (d) => country(after, d),
      adequacyDetail,
    ),
    mechanisms: compare(
      a.mechanisms.mechanisms,
      b.mechanisms.mechanisms,
      (m) => m.id,
      (m) => mechanismLabel(m.id),
    ),
    hypotheticals: compare(
      a.hypotheticals.events,
      b.hypotheticals.events,
      (h) => h.id,
      (h) => h.label,
    ),
    otherFiles: (Object.keys(knowledgeBaseFileNames) as (keyof typeof knowledgeBaseFileNames)[])
      .filter((k) => !reported.has(k) && !isDeepStrictEqual(a[k], b[k]))
      .map((k) => knowledgeBaseFileNames[k]),
  };
}

/** True when the update changes nothing the diff reports (beyond its version). */
export function isEmptyDiff(d: KbDiff): boolean {
  return [d.events, d.rules, d.adequacy, d.mechanisms, d.hypotheticals, d.otherFiles].every((x) => x.length === 0);
}
