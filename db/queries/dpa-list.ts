import { eq, type SQL, sql } from 'drizzle-orm';
import type { DpaSummary } from '../../electron/shared/schemas/outputs';
import type { DbOrTx } from '../client';
import { dpas, recipients } from '../schema';
import { type ListWindow, listSearch, runList } from './list-order';

export type DpaSort = 'title' | 'signedOn' | 'endOn' | 'renewalOn';

export interface DpaListQuery extends ListWindow<DpaSort> {
  recipientId?: string;
}

const sortColumns = { title: dpas.title, signedOn: dpas.signedOn, endOn: dpas.endOn, renewalOn: dpas.renewalOn } as const;

/**
 * One page of DPAs as a row shows them: dates, Art 28(3) coverage and whether the signed document is
 * stored — never the document or the agreement text (dpas:get has those).
 */
export function listDpas(db: DbOrTx, q: DpaListQuery): { items: DpaSummary[]; total: number } {
  const search = listSearch('dpa', dpas.id, q, sortColumns, 'title');
  const conditions: SQL[] = [];
  if (q.recipientId) conditions.push(eq(dpas.recipientId, q.recipientId));
  const rows = db
    .select({
      id: dpas.id,
      recipientId: dpas.recipientId,
      recipientName: recipients.name,
      title: dpas.title,
      signedOn: dpas.signedOn,
      effectiveOn: dpas.effectiveOn,
      endOn: dpas.endOn,
      renewalOn: dpas.renewalOn,
      noticePeriodDays: dpas.noticePeriodDays,
      amendedOn: dpas.amendedOn,
      art28Covered: dpas.art28Covered,
      documentName: dpas.documentName,
      hasDocument: sql<number>`${dpas.document} IS NOT NULL`,
      updatedAt: dpas.updatedAt,
    })
    .from(dpas)
    .innerJoin(recipients, eq(recipients.id, dpas.recipientId))
    .$dynamic();
  const count = db.select({ n: sql<number>`count(*)` }).from(dpas).$dynamic();
  const page = runList(rows, count, search, conditions, q);
  // art28Covered was validated when written (a JSON column drizzle types as string[]).
  return {
    items: page.items.map((r) => ({ ...r, art28Covered: r.art28Covered as DpaSummary['art28Covered'], hasDocument: r.hasDocument === 1 })),
    total: page.total,
  };
}
