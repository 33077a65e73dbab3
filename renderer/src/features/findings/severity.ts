import type { SeverityCounts } from '../../../../electron/shared/schemas/findings';
import type { EntitySummary } from '../../../../electron/shared/schemas/findings-views';
import { type Severity, severities } from '../../../../electron/shared/vocab';

/** Calm colours for a register read for hours: red only where the engine says CRITICAL. */
export const severityColor: Record<Severity, string> = { CRITICAL: 'red', HIGH: 'orange', MEDIUM: 'yellow', INFO: 'blue' };

export const severityRank = (s: Severity): number => severities.indexOf(s);

/** A badge's summary from an evaluation's counts (the navigation's badge: the whole register). */
export function summaryFromCounts(open: SeverityCounts, all: SeverityCounts): EntitySummary {
  const highest = severities.find((s) => open[s] > 0) ?? null;
  const sum = (c: SeverityCounts) => severities.reduce((n, s) => n + c[s], 0);
  return { highest, highestCount: highest ? open[highest] : 0, counts: open, open: sum(open), acknowledged: sum(all) - sum(open) };
}
