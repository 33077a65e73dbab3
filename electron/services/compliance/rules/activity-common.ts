import type { Activity, DataCategory, Recipient } from '../../../shared/schemas/entities';
import type { EvaluationContext, FindingEntityRef } from '../context';

export function activityEntity(a: Activity): FindingEntityRef {
  return { type: 'activity', id: a.id, name: a.name };
}

/** Activities that are not ended: the ones every present-tense rule looks at (planned ones included). */
export function openActivities(ctx: EvaluationContext): Activity[] {
  return ctx.openActivities;
}

export function categoriesOf(ctx: EvaluationContext, a: Activity): DataCategory[] {
  const out: DataCategory[] = [];
  for (const c of a.dataCategories) {
    const cat = ctx.dataCategories.get(c.dataCategoryId);
    if (cat) out.push(cat);
  }
  return out;
}

const recipientCache = new WeakMap<EvaluationContext, WeakMap<Activity, Recipient[]>>();

/** The recipients an activity lists plus those its own transfers go to (computed once per evaluation). */
export function recipientsOf(ctx: EvaluationContext, a: Activity): Recipient[] {
  let perActivity = recipientCache.get(ctx);
  if (!perActivity) {
    perActivity = new WeakMap();
    recipientCache.set(ctx, perActivity);
  }
  let cached = perActivity.get(a);
  if (!cached) {
    cached = collectRecipients(ctx, a);
    perActivity.set(a, cached);
  }
  return cached;
}

function collectRecipients(ctx: EvaluationContext, a: Activity): Recipient[] {
  const ids = new Set(a.recipients.map((r) => r.recipientId));
  for (const v of ctx.ownTransfersByActivity.get(a.id) ?? []) ids.add(v.recipient.id);
  const out: Recipient[] = [];
  for (const id of ids) {
    const r = ctx.recipients.get(id);
    if (r) out.push(r);
  }
  return out;
}
