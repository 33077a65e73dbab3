import type { EvaluationContext } from '../context';
import type { Emit } from '../finding-factory';
import { invalidOn, invalidRulesOf, mechanismLabel } from '../mechanism-validity';
import { transferVars } from './transfer-common';

/**
 * Instruments struck down with immediate effect — Safe Harbor and Privacy Shield by the CJEU,
 * and whatever a what-if scenario assumes (the DPF annulled, a tool suspended): not a valid
 * basis on the invalidation day itself (legal-knowledge §0.2). A running transfer is CRITICAL
 * (-ACTIVE); one that ran past the day is a documented gap (-GAP); one that ended before it is
 * history (-HIST, where the instrument has such a rule). -GAP and -HIST also run for ended
 * entries, -ACTIVE does not. Which rules report it is data (mechanisms.json invalidRules).
 */
export function transferInvalidatedRules(ctx: EvaluationContext, emit: Emit): void {
  const { kb, asOf } = ctx;
  for (const view of ctx.ownTransfers) {
    const mechanism = view.transfer.mechanism;
    if (mechanism === null || view.destination === 'eea') continue;
    const invalid = invalidOn(ctx, mechanism);
    if (!invalid) continue;
    const rules = invalidRulesOf(kb, mechanism);
    const end = view.transfer.endOn;
    const activityId = view.activity?.id;
    const legalEventId = invalid.eventId;
    // The generic rules cite the invalidating event's own sources beside theirs; SH and PS rules list theirs already.
    const facts = { legalEventId, ...(kb.mechanisms.get(mechanism)?.invalidRules ? {} : { extraSources: invalid.sources }) };
    const event = legalEventId ? ctx.event(legalEventId).label : mechanismLabel(mechanism);
    const vars = [{ invalidDate: { date: invalid.date }, mechanism: mechanismLabel(mechanism), event }, transferVars(ctx, view)];

    if (view.current && view.active && asOf >= invalid.date) emit(rules.active, view.entity, { activityId, vars, ...facts });
    if (end !== null && end < asOf) {
      const ruleId = end >= invalid.date ? rules.gap : rules.hist;
      if (ruleId) emit(ruleId, view.entity, { activityId, vars: [{ endDate: { date: end } }, ...vars], ...facts });
    }
  }
}
