import type { AcknowledgedFinding, FindingEntityType } from '../../../../electron/shared/schemas/findings';
import type { Language, Severity } from '../../../../electron/shared/vocab';
import { severityRank } from './severity';

export const statusFilters = ['all', 'open', 'acknowledged'] as const;
export type StatusFilter = (typeof statusFilters)[number];

export interface FindingsFilter {
  q: string;
  severity: Severity[];
  rule: string[];
  entity: FindingEntityType[];
  status: StatusFilter;
}

/** Everything the DPO might search for in one finding, in the UI language, lower-cased. */
function haystack(f: AcknowledgedFinding, language: Language): string {
  return [
    f.ruleId,
    f.entity.name,
    f.message[language],
    f.fix[language],
    f.uncertaintyNote?.[language],
    f.legalEvent?.label[language],
    ...f.sources.flatMap((s) => [s.id, s.title]),
    ...(f.matches ?? []).flatMap((m) => [m.text, m.excerpt]),
    f.acknowledgement?.justification,
    f.acknowledgement?.acknowledgedBy,
  ]
    .filter(Boolean)
    .join('\n')
    .toLocaleLowerCase(language);
}

/** The findings the filter lets through; every word of the search must occur somewhere in the finding. */
export function filterFindings(
  findings: readonly AcknowledgedFinding[],
  filter: FindingsFilter,
  language: Language,
): AcknowledgedFinding[] {
  const words = filter.q.toLocaleLowerCase(language).split(/\s+/).filter(Boolean);
  return findings.filter(
    (f) =>
      (filter.status === 'all' || f.status === filter.status) &&
      (filter.severity.length === 0 || filter.severity.includes(f.severity)) &&
      (filter.rule.length === 0 || filter.rule.includes(f.ruleId)) &&
      (filter.entity.length === 0 || filter.entity.includes(f.entity.type)) &&
      (words.length === 0 || words.every((w) => haystack(f, language).includes(w))),
  );
}

/** Open before acknowledged, then most severe first, then by rule and the entry's name. */
export function sortFindings(findings: readonly AcknowledgedFinding[], language: Language): AcknowledgedFinding[] {
  const collator = new Intl.Collator(language);
  return [...findings].sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1) ||
      severityRank(a.severity) - severityRank(b.severity) ||
      collator.compare(a.ruleId, b.ruleId) ||
      collator.compare(a.entity.name, b.entity.name),
  );
}

/** The rules that fired, most severe first, each with how many findings it raised. */
export function ruleOptions(findings: readonly AcknowledgedFinding[]): { ruleId: string; severity: Severity; count: number }[] {
  const byRule = new Map<string, { ruleId: string; severity: Severity; count: number }>();
  for (const f of findings) {
    const r = byRule.get(f.ruleId);
    if (r) r.count += 1;
    else byRule.set(f.ruleId, { ruleId: f.ruleId, severity: f.severity, count: 1 });
  }
  return [...byRule.values()].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.ruleId.localeCompare(b.ruleId));
}
