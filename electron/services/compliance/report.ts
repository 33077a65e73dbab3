import type { AcknowledgedFinding, Finding, FindingsReport, SeverityCounts } from '../../shared/schemas/findings';
import type { KnowledgeBase } from './knowledge-base';

function countBySeverity(findings: Finding[]): SeverityCounts {
  const counts: SeverityCounts = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, INFO: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Wraps findings in the report the UI, the CLI and exports show: check date, knowledge-base version and counts. */
export function buildFindingsReport(findings: (Finding | AcknowledgedFinding)[], asOf: string, kb: KnowledgeBase): FindingsReport {
  const withStatus: AcknowledgedFinding[] = findings.map((f) =>
    'status' in f ? f : { ...f, status: 'open' as const, acknowledgement: null },
  );
  return {
    asOf,
    kb: { version: kb.version, asOf: kb.asOf, origin: kb.origin },
    ...(kb.assumed.length > 0 ? { assumptions: kb.assumed } : {}),
    findings: withStatus,
    counts: countBySeverity(withStatus),
    openCounts: countBySeverity(withStatus.filter((f) => f.status === 'open')),
  };
}
