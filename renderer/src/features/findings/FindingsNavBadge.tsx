import { useQuery } from '@tanstack/react-query';
import { FindingsBadge } from './FindingsBadge';
import { complianceCheckQuery } from './queries';

/** Beside "Findings" in the navigation: the worst open severity today and how many. */
export function FindingsNavBadge() {
  const report = useQuery(complianceCheckQuery());
  return report.data ? <FindingsBadge findings={report.data.findings} size="sm" testId="nav-findings-badge" /> : null;
}
