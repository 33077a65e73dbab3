import type { AcknowledgedFinding, SeverityCounts } from '../../../../electron/shared/schemas/findings';
import { type Severity, severities } from '../../../../electron/shared/vocab';

/** Calm colours for a register read for hours: red only where the engine says CRITICAL. */
export const severityColor: Record<Severity, string> = { CRITICAL: 'red', HIGH: 'orange', MEDIUM: 'yellow', INFO: 'blue' };

export const severityRank = (s: Severity): number => severities.indexOf(s);

export interface OpenSummary {
  /** The highest severity among the open findings, or null when none is open. */
  highest: Severity | null;
  /** Open findings of that severity. */
  highestCount: number;
  /** Open findings by severity. */
  counts: SeverityCounts;
  open: number;
  acknowledged: number;
}

export function emptyCounts(): SeverityCounts {
  return { CRITICAL: 0, HIGH: 0, MEDIUM: 0, INFO: 0 };
}

/** What a badge shows for a set of findings: the worst open severity and how many there are of it. */
export function summarise(findings: readonly AcknowledgedFinding[]): OpenSummary {
  const counts = emptyCounts();
  let acknowledged = 0;
  for (const f of findings) {
    if (f.status === 'open') counts[f.severity] += 1;
    else acknowledged += 1;
  }
  const highest = severities.find((s) => counts[s] > 0) ?? null;
  const open = severities.reduce((n, s) => n + counts[s], 0);
  return { highest, highestCount: highest ? counts[highest] : 0, counts, open, acknowledged };
}
