import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Transfer } from '../../../../electron/shared/schemas/entities';
import { call } from '../../api/client';

export const complianceKeys = {
  all: ['compliance'] as const,
  checks: () => [...complianceKeys.all, 'check'] as const,
  /** `undefined` is "today" as main's clock sees it: the one evaluation every badge shares. */
  check: (asOf?: string) => [...complianceKeys.checks(), asOf ?? 'today'] as const,
  knowledgeBase: () => [...complianceKeys.all, 'knowledgeBase'] as const,
  acknowledgements: (asOf?: string) => [...complianceKeys.all, 'acknowledgements', asOf ?? 'today'] as const,
};

/** The engine's findings for the register as of a date (today when none is given), with acknowledgements applied. */
export function complianceCheckQuery(asOf?: string) {
  return queryOptions({
    queryKey: complianceKeys.check(asOf),
    queryFn: () => call('compliance', 'check', asOf ? { asOf } : {}),
    // Changing the date keeps the last evaluation on screen instead of flashing a loader.
    placeholderData: keepPreviousData,
  });
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

/**
 * Every transfer, page by page (a list answers at most 1000): which recipient each belongs to,
 * so a recipient's badge can include the findings on its transfers. Under ['transfers'] so every
 * transfer write refreshes it.
 */
export function allTransfersQuery() {
  return queryOptions({
    queryKey: ['transfers', 'all-pages'] as const,
    queryFn: async () => {
      const items: Transfer[] = [];
      for (;;) {
        const page = await call('transfers', 'list', { offset: items.length, limit: 1000 });
        items.push(...page.items);
        if (page.items.length === 0 || items.length >= page.total) return items;
      }
    },
  });
}
