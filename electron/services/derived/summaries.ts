import type { AcknowledgedFinding, SeverityCounts } from '../../shared/schemas/findings';
import type { EntitySummary } from '../../shared/schemas/findings-views';
import { severities } from '../../shared/vocab';

const emptyCounts = (): SeverityCounts => ({ CRITICAL: 0, HIGH: 0, MEDIUM: 0, INFO: 0 });

/** A summary being counted: open findings by severity, acknowledged ones. */
interface Tally {
  counts: SeverityCounts;
  acknowledged: number;
}

function add(map: Map<string, Tally>, key: string, f: AcknowledgedFinding): void {
  let t = map.get(key);
  if (!t) {
    t = { counts: emptyCounts(), acknowledged: 0 };
    map.set(key, t);
  }
  if (f.status === 'open') t.counts[f.severity] += 1;
  else t.acknowledged += 1;
}

export function summaryOf(t: Tally): EntitySummary {
  const highest = severities.find((s) => t.counts[s] > 0) ?? null;
  const open = severities.reduce((n, s) => n + t.counts[s], 0);
  return { highest, highestCount: highest ? t.counts[highest] : 0, counts: t.counts, open, acknowledged: t.acknowledged };
}

/** The activity a finding concerns: the activity itself, or the one its transfer (or other entry) belongs to. */
export const activityOf = (f: AcknowledgedFinding): string | undefined =>
  f.activityId ?? (f.entity.type === 'activity' ? f.entity.id : undefined);

/**
 * Every entry's summary in one pass over the findings: `activity:ID` and `recipient:ID` roll up
 * what concerns the entry (an activity with its transfers; a recipient with its DPAs and
 * transfers), the other types are the entry's own findings.
 */
export function buildSummaries(
  findings: readonly AcknowledgedFinding[],
  recipientOf: readonly (string | null)[],
): Map<string, EntitySummary> {
  const tallies = new Map<string, Tally>();
  findings.forEach((f, i) => {
    const activity = activityOf(f);
    if (activity) add(tallies, `activity:${activity}`, f);
    const recipient = recipientOf[i];
    if (recipient) add(tallies, `recipient:${recipient}`, f);
    if (f.entity.type !== 'activity' && f.entity.type !== 'recipient') add(tallies, `${f.entity.type}:${f.entity.id}`, f);
  });
  return new Map([...tallies].map(([k, t]) => [k, summaryOf(t)]));
}
