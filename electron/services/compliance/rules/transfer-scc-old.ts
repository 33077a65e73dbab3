import type { EvaluationContext } from '../context';
import { addDays, daysBetween } from '../dates';
import type { Emit } from '../finding-factory';
import { newContractRuleId, oldSccPosition, requireLifeDate } from '../mechanism-validity';
import { sharedText } from '../shared-texts';
import { fillLocalized } from '../templates';
import { transferVars } from './transfer-common';

/**
 * The old SCC decisions (2001/497, 2002/16, 2004/915, 2010/87) and their phase-out under
 * Decision 2021/914: no new contracts after the cut-off, grandfathering of unchanged processing
 * until the last valid day (27 Dec 2022, inclusive — the sources leave this open, so findings
 * near it carry the event's "disputed" note), then expiry.
 */
export function transferOldSccRules(ctx: EvaluationContext, emit: Emit): void {
  const { kb, asOf } = ctx;
  const newSccFrom = requireLifeDate(kb, 'scc_2021', 'valid-from');
  for (const view of ctx.ownTransfers) {
    if (view.destination === 'eea') continue;
    const old = oldSccPosition(ctx, view);
    if (!old) continue;
    const timeline = {
      cutoffDate: { date: addDays(old.newContractsUntil, 1) },
      lastValidDate: { date: old.lastValidDay },
      newFrom: { date: newSccFrom },
    };
    const vars = [timeline, transferVars(ctx, view)];
    const notes = view.transfer.signedOn === null ? [fillLocalized(sharedText(kb, 'noSigningDate'), timeline, 'noSigningDate')] : [];
    const activityId = view.activity?.id;
    const at = { activityId, vars, notes };

    const end = view.transfer.endOn;
    if (end !== null && end > old.lastValidDay && end < asOf) {
      emit('TR-SCCOLD-GAP', view.entity, {
        activityId,
        notes,
        vars: [{ gapStart: { date: addDays(old.lastValidDay, 1) }, endDate: { date: end } }, ...vars],
      });
    }
    if (!view.current) continue;

    if (old.neverValid) {
      emit(newContractRuleId(old.mechanism), view.entity, {
        activityId,
        notes,
        vars: [{ signedDate: { date: view.transfer.signedOn ?? asOf } }, ...vars],
      });
      continue;
    }
    if (!old.signedBeforeRepeal) continue;
    if (view.active && asOf >= newSccFrom && asOf < old.repealDate) emit('TR-SCCOLD-NOTICE', view.entity, at);
    if (asOf >= old.repealDate && asOf <= old.lastValidDay) {
      if (old.changedOn !== null) {
        emit('TR-SCCOLD-CHANGED', view.entity, { activityId, notes, vars: [{ changedDate: { date: old.changedOn } }, ...vars] });
      } else if (view.active) {
        emit('TR-SCCOLD-GRACE', view.entity, { activityId, notes, vars: [{ n: daysBetween(asOf, old.lastValidDay) }, ...vars] });
      }
    }
    if (view.active && asOf > old.lastValidDay) emit('TR-SCCOLD-EXPIRED', view.entity, at);
  }
}
