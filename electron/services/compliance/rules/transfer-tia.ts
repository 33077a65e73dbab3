import { adequacyCovers } from '../adequacy';
import type { EvaluationContext } from '../context';
import type { Emit } from '../finding-factory';
import { familyOf } from '../mechanism-validity';
import { currentThirdCountryTransfers, transferVars } from './transfer-common';

const NEEDS_TIA = new Set(['scc_old', 'scc2021', 'bcr']);

/**
 * Transfer impact assessments: needed since Schrems II for SCC and BCR transfers to a country
 * without an adequacy decision covering the recipient. The US counts as non-adequate here —
 * its decision covers only DPF-listed organisations under the DPF mechanism itself.
 * TIA-REEVALUATION-DUE reminds when the DPO's own re-evaluation date has come.
 */
export function transferTiaRules(ctx: EvaluationContext, emit: Emit): void {
  const { kb, asOf } = ctx;
  for (const view of currentThirdCountryTransfers(ctx)) {
    const t = view.transfer;
    const vars = transferVars(ctx, view);
    const activityId = view.activity?.id;
    const family = familyOf(kb, t.mechanism);
    if (family !== null && NEEDS_TIA.has(family) && t.tiaOn === null) {
      const covered = view.country !== null && adequacyCovers(kb, view.country, view.recipient.sector, asOf);
      if (!covered) emit('TR-SCC-TIA-MISSING', view.entity, { activityId, vars });
    }
    if (view.active && t.tiaNextReviewOn !== null && t.tiaNextReviewOn <= asOf) {
      emit('TIA-REEVALUATION-DUE', view.entity, { activityId, vars: [{ dueDate: { date: t.tiaNextReviewOn } }, vars] });
    }
  }
}
