import { useQuery } from '@tanstack/react-query';
import { FindingsBadge } from './FindingsBadge';
import { complianceStatusQuery } from './queries';
import { summaryFromCounts } from './severity';

/** Beside "Findings" in the navigation: the worst open severity today and how many. */
export function FindingsNavBadge() {
  const status = useQuery(complianceStatusQuery());
  return status.data ? (
    <FindingsBadge summary={summaryFromCounts(status.data.openCounts, status.data.counts)} size="sm" testId="nav-findings-badge" />
  ) : null;
}
