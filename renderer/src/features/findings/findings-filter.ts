import type { FindingEntityType } from '../../../../electron/shared/schemas/findings';
import { findingStatusFilters } from '../../../../electron/shared/schemas/findings-views';
import type { Severity } from '../../../../electron/shared/vocab';

/** The findings page's filters; the service applies them (compliance:findings). */
export const statusFilters = findingStatusFilters;
export type StatusFilter = (typeof statusFilters)[number];

export interface FindingsFilter {
  q: string;
  severity: Severity[];
  rule: string[];
  entity: FindingEntityType[];
  status: StatusFilter;
}
