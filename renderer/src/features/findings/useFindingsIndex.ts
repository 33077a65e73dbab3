import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AcknowledgedFinding } from '../../../../electron/shared/schemas/findings';
import { dpaListQuery } from '../dpas/queries';
import { allTransfersQuery, complianceCheckQuery } from './queries';

const none: AcknowledgedFinding[] = [];

function push(map: Map<string, AcknowledgedFinding[]>, key: string, f: AcknowledgedFinding): void {
  const list = map.get(key);
  if (list) list.push(f);
  else map.set(key, [f]);
}

/**
 * Today's findings, by the activity they concern (the activity itself and its transfers via
 * `activityId`) and by entity. One evaluation, shared through the query cache by every badge.
 */
export function useFindingsToday() {
  const query = useQuery(complianceCheckQuery());
  const index = useMemo(() => {
    const byActivity = new Map<string, AcknowledgedFinding[]>();
    const byEntity = new Map<string, AcknowledgedFinding[]>();
    for (const f of query.data?.findings ?? []) {
      const activityId = f.activityId ?? (f.entity.type === 'activity' ? f.entity.id : undefined);
      if (activityId) push(byActivity, activityId, f);
      push(byEntity, `${f.entity.type}:${f.entity.id}`, f);
    }
    return { byActivity, byEntity };
  }, [query.data]);
  return {
    query,
    forActivity: (id: string) => index.byActivity.get(id) ?? none,
    forTransfer: (id: string) => index.byEntity.get(`transfer:${id}`) ?? none,
    /** Entity-level lookup for the rest (recipient, dpa, organisation, processorActivity). */
    forEntity: (type: string, id: string) => index.byEntity.get(`${type}:${id}`) ?? none,
  };
}

/** Today's findings by recipient: on the recipient itself, on its DPAs and on its transfers. */
export function useRecipientFindings() {
  const { query, forEntity } = useFindingsToday();
  const dpas = useQuery(dpaListQuery());
  const transfers = useQuery(allTransfersQuery());
  const byRecipient = useMemo(() => {
    const map = new Map<string, AcknowledgedFinding[]>();
    const owner = new Map<string, string>();
    for (const d of dpas.data ?? []) owner.set(`dpa:${d.id}`, d.recipientId);
    for (const t of transfers.data ?? []) owner.set(`transfer:${t.id}`, t.recipientId);
    for (const f of query.data?.findings ?? []) {
      const key = `${f.entity.type}:${f.entity.id}`;
      const recipientId = f.entity.type === 'recipient' ? f.entity.id : owner.get(key);
      if (recipientId) push(map, recipientId, f);
    }
    return map;
  }, [query.data, dpas.data, transfers.data]);
  return { query, forEntity, forRecipient: (id: string) => byRecipient.get(id) ?? none };
}
