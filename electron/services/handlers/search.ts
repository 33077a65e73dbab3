import { searchRegister } from '../../../db/queries/register-search';
import { matchExpression } from '../../../db/search/query';
import { type SearchHit, searchKinds } from '../../shared/schemas/search';
import { danishToday } from '../context';
import { derivedFor } from '../derived';
import type { HandlerTable } from '../dispatch';

export const searchHandlers: HandlerTable['search'] = {
  /** The register-wide search (Ctrl+K): the best few of every kind, findings included, from the one search. */
  query: async (ctx, { q, kinds, limit, lang }) => {
    const expression = matchExpression(q);
    if (!expression) return { groups: [] };
    const wanted = kinds ?? [...searchKinds, 'finding' as const];
    const registerKinds = searchKinds.filter((k) => wanted.includes(k));
    const groups = searchRegister(ctx.database.db, expression, registerKinds, limit);
    if (!wanted.includes('finding')) return { groups };
    const page = await derivedFor(ctx).page({ asOf: danishToday(ctx) }, { q, lang, status: 'all', offset: 0, limit });
    if (page.total === 0) return { groups };
    const hits: SearchHit[] = page.items.map((f) => ({
      kind: 'finding',
      id: f.id,
      title: f.entity.name,
      detail: `${f.ruleId}: ${f.message[lang]}`,
      parentId: null,
      finding: { entityType: f.entity.type, entityId: f.entity.id, activityId: f.activityId ?? null, recipientId: f.recipientId },
    }));
    return { groups: [...groups, { kind: 'finding', total: page.total, hits }] };
  },
};
