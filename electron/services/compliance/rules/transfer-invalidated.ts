import type { EvaluationContext } from '../context';
import type { Emit } from '../finding-factory';
import { requireLifeDate } from '../mechanism-validity';
import { transferVars } from './transfer-common';

const PREFIX = { safe_harbor: 'TR-SH', privacy_shield: 'TR-PS' } as const;

/**
 * Safe Harbor and Privacy Shield, struck down by the CJEU with immediate effect: not a valid
 * basis on the invalidation day itself (legal-knowledge §0.2). A running transfer is CRITICAL
 * (-ACTIVE); one that ran past the day is a documented gap (-GAP); one that ended before it is
 * history (-HIST). -GAP and -HIST also run for ended entries, -ACTIVE does not.
 */
export function transferInvalidatedRules(ctx: EvaluationContext, emit: Emit): void {
  const { kb, asOf } = ctx;
  for (const view of ctx.ownTransfers) {
    const mechanism = view.transfer.mechanism;
    if (mechanism !== 'safe_harbor' && mechanism !== 'privacy_shield') continue;
    if (view.destination === 'eea') continue;
    const prefix = PREFIX[mechanism];
    const invalidOn = requireLifeDate(kb, mechanism, 'invalid-on');
    const end = view.transfer.endOn;
    const activityId = view.activity?.id;
    const vars = [{ invalidDate: { date: invalidOn } }, transferVars(ctx, view)];

    if (view.current && view.active && asOf >= invalidOn) emit(`${prefix}-ACTIVE`, view.entity, { activityId, vars });
    if (end !== null && end < asOf) {
      emit(end >= invalidOn ? `${prefix}-GAP` : `${prefix}-HIST`, view.entity, { activityId, vars: [{ endDate: { date: end } }, ...vars] });
    }
  }
}
