import type { z } from 'zod';
import { buildFindingsSearchIndex, type FindingsSearchIndex } from '../../../db/queries/findings-search';
import { matchExpression } from '../../../db/search/query';
import type { FindingsReport } from '../../shared/schemas/findings';
import type { ComplianceStatus, FindingsPage, findingsPageInput, Summaries, summariesInput } from '../../shared/schemas/findings-views';
import { type Language, severities } from '../../shared/vocab';
import type { DerivedState } from './compute';
import { findingText } from './finding-text';
import { activityOf } from './summaries';

/** The slices of derived state the screens ask for; pure functions of the state and the request. */

type PageInput = z.output<typeof findingsPageInput>;

const info = (s: DerivedState) => ({
  asOf: s.asOf,
  kb: s.report.kb,
  ...(s.report.assumptions ? { assumptions: s.report.assumptions } : {}),
  revision: s.revision,
});

export function statusOf(s: DerivedState): ComplianceStatus {
  return { ...info(s), counts: s.report.counts, openCounts: s.report.openCounts };
}

export function summariesFor(s: DerivedState, entities: z.output<typeof summariesInput>['entities']): Summaries {
  const summaries: Summaries['summaries'] = {};
  for (const { type, id } of entities) {
    const key = `${type}:${id}`;
    const found = s.summaries.get(key);
    if (found) summaries[key] = found;
  }
  return { ...info(s), summaries };
}

/** The whole evaluation, as `ropa check --json` prints it and the reports' findings annex uses it. */
export function fullReport(s: DerivedState): FindingsReport {
  return s.report;
}

const rank = (sev: string) => severities.indexOf(sev as (typeof severities)[number]);
const orders = new WeakMap<DerivedState, Map<Language, number[]>>();

/** Open before acknowledged, then most severe first, then by rule and the entry's name, as a reader of `lang` sorts. */
function displayOrder(s: DerivedState, lang: Language): number[] {
  let byLang = orders.get(s);
  if (!byLang) {
    byLang = new Map();
    orders.set(s, byLang);
  }
  let order = byLang.get(lang);
  if (!order) {
    const collator = new Intl.Collator(lang);
    const f = s.findings;
    order = f.map((_, i) => i);
    order.sort(
      (i, j) =>
        (f[i]!.status === f[j]!.status ? 0 : f[i]!.status === 'open' ? -1 : 1) ||
        rank(f[i]!.severity) - rank(f[j]!.severity) ||
        collator.compare(f[i]!.ruleId, f[j]!.ruleId) ||
        collator.compare(f[i]!.entity.name, f[j]!.entity.name),
    );
    byLang.set(lang, order);
  }
  return order;
}

const searchIndexes = new WeakMap<DerivedState, FindingsSearchIndex>();

/** The findings' search index for this evaluation, built on first use (most screens never search). */
function searchIndex(s: DerivedState, nativeBinding?: string): FindingsSearchIndex {
  let index = searchIndexes.get(s);
  if (!index) {
    index = buildFindingsSearchIndex(
      (function* texts() {
        for (const f of s.findings) yield { da: findingText(f, 'da'), en: findingText(f, 'en') };
      })(),
      nativeBinding,
    );
    searchIndexes.set(s, index);
  }
  return index;
}

/** Frees what a state holds outside the JS heap (its search index), when the cache lets go of it. */
export function releaseState(s: DerivedState): void {
  searchIndexes.get(s)?.close();
  searchIndexes.delete(s);
}

/** One page of findings: filtered, searched (the one search), in display order. */
export function findingsPage(s: DerivedState, q: PageInput, nativeBinding?: string): FindingsPage {
  const expression = matchExpression(q.q);
  const hits = expression ? new Set(searchIndex(s, nativeBinding).match(expression, q.lang)) : null;
  const severity = q.severity?.length ? new Set(q.severity) : null;
  const rule = q.rule?.length ? new Set(q.rule) : null;
  const entity = q.entity?.length ? new Set<string>(q.entity) : null;
  const keep = (i: number) => {
    const f = s.findings[i]!;
    return (
      (q.status === 'all' || f.status === q.status) &&
      (!severity || severity.has(f.severity)) &&
      (!rule || rule.has(f.ruleId)) &&
      (!entity || entity.has(f.entity.type)) &&
      (!q.activityId || activityOf(f) === q.activityId) &&
      (!q.recipientId || s.recipientOf[i] === q.recipientId) &&
      (!hits || hits.has(i))
    );
  };
  const chosen = displayOrder(s, q.lang).filter(keep);
  return {
    ...info(s),
    counts: s.report.counts,
    openCounts: s.report.openCounts,
    all: s.findings.length,
    total: chosen.length,
    acknowledgedTotal: chosen.filter((i) => s.findings[i]!.status === 'acknowledged').length,
    rules: s.rules,
    items: chosen.slice(q.offset, q.offset + q.limit).map((i) => ({ ...s.findings[i]!, recipientId: s.recipientOf[i] ?? null })),
  };
}
