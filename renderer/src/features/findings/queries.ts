import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { InputOf } from '../../../../electron/shared/contract';
import type { EntitySummary } from '../../../../electron/shared/schemas/findings-views';
import { call } from '../../api/client';

/**
 * The findings as screens ask for them: counts, a summary per entry shown, a page. The service
 * computes them once per register revision (electron/services/derived); no screen loads them all.
 */
export const complianceKeys = {
  all: ['compliance'] as const,
  /** `undefined` is "today" as main's clock sees it. */
  status: (asOf?: string) => [...complianceKeys.all, 'status', asOf ?? 'today'] as const,
  summaries: (input: InputOf<'compliance', 'summaries'>) => [...complianceKeys.all, 'summaries', input] as const,
  findings: (input: InputOf<'compliance', 'findings'>) => [...complianceKeys.all, 'findings', input] as const,
  knowledgeBase: () => [...complianceKeys.all, 'knowledgeBase'] as const,
  acknowledgements: (asOf?: string) => [...complianceKeys.all, 'acknowledgements', asOf ?? 'today'] as const,
};

/** Counts by severity of the evaluation as of a date (today when none is given). */
export function complianceStatusQuery(asOf?: string) {
  return queryOptions({
    queryKey: complianceKeys.status(asOf),
    queryFn: () => call('compliance', 'status', asOf ? { asOf } : {}),
  });
}

/** One page of findings, filtered and ordered by the service. */
export function findingsPageQuery(input: InputOf<'compliance', 'findings'>) {
  return queryOptions({
    queryKey: complianceKeys.findings(input),
    queryFn: () => call('compliance', 'findings', input),
    // Changing the date or a filter keeps the last page on screen instead of flashing a loader.
    placeholderData: keepPreviousData,
  });
}

type SummaryEntity = InputOf<'compliance', 'summaries'>['entities'][number];

/**
 * Today's summary (the badge) of each entry a screen shows — only those. The list is on screen
 * before the summaries arrive; `summaryOf` gives undefined until then.
 */
export function useSummaries(type: SummaryEntity['type'], ids: readonly string[]) {
  const entities = useMemo(() => ids.map((id) => ({ type, id })), [type, ids]);
  const query = useQuery({
    queryKey: complianceKeys.summaries({ entities }),
    queryFn: () => call('compliance', 'summaries', { entities }),
    enabled: entities.length > 0,
    placeholderData: keepPreviousData,
  });
  const summaries = query.data?.summaries;
  const summaryOf = useMemo(
    () =>
      (id: string): EntitySummary | undefined =>
        summaries?.[`${type}:${id}`],
    [summaries, type],
  );
  return { query, summaryOf };
}

/** Every acknowledgement and whether it counts as of a date (today when none is given), and if not, why. */
export function acknowledgementStatusQuery(asOf?: string) {
  return queryOptions({
    queryKey: complianceKeys.acknowledgements(asOf),
    queryFn: () => call('compliance', 'acknowledgements', asOf ? { asOf } : {}),
  });
}

/** The knowledge base's version and date, and the imported DPF List snapshots. */
export function knowledgeBaseQuery() {
  return queryOptions({ queryKey: complianceKeys.knowledgeBase(), queryFn: () => call('compliance', 'knowledgeBase') });
}
