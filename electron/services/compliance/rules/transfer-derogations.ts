import type { LocalizedText } from '../../../shared/schemas/findings';
import type { EvaluationContext } from '../context';
import type { Emit } from '../finding-factory';
import { familyOf } from '../mechanism-validity';
import { ruleText } from '../rule-texts';
import { currentThirdCountryTransfers, transferVars } from './transfer-common';

/**
 * Art 49 derogations and BCRs. Derogations are for occasional transfers (EDPB Guidelines
 * 2/2018), so a continuing or processor relationship on one is flagged; the "compelling
 * legitimate interests" derogation must be documented in the record (Art 30(1)(e)) and notified
 * to the supervisory authority; a BCR needs its approval on record.
 */
export function transferDerogationRules(ctx: EvaluationContext, emit: Emit): void {
  const { kb } = ctx;
  for (const view of currentThirdCountryTransfers(ctx)) {
    const t = view.transfer;
    const family = familyOf(kb, t.mechanism);
    const vars = transferVars(ctx, view);
    const activityId = view.activity?.id;
    if (family === 'art49') {
      const systematic = t.frequency === 'continuous' || t.frequency === 'regular';
      if (systematic || t.importerRole === 'processor') {
        emit('TR-ART49-SYSTEMATIC', view.entity, { activityId, vars, variant: systematic ? 'frequency' : 'processor' });
      }
    } else if (family === 'art49_2nd') {
      const missing: LocalizedText[] = [];
      if (t.art49Assessment === null) missing.push(ruleText(kb, 'TR-ART49-2ND-DOC', 'assessment'));
      if (t.safeguardsText === null) missing.push(ruleText(kb, 'TR-ART49-2ND-DOC', 'safeguards'));
      if (t.art49SaInformedOn === null) missing.push(ruleText(kb, 'TR-ART49-2ND-DOC', 'saInformed'));
      if (missing.length > 0) emit('TR-ART49-2ND-DOC', view.entity, { activityId, vars: [{ missing: { list: missing } }, vars] });
    } else if (family === 'bcr') {
      const missing: LocalizedText[] = [];
      if (t.bcrApprovingAuthority === null) missing.push(ruleText(kb, 'TR-BCR-NOREF', 'authority'));
      if (t.bcrApprovedOn === null) missing.push(ruleText(kb, 'TR-BCR-NOREF', 'date'));
      if (missing.length > 0) emit('TR-BCR-NOREF', view.entity, { activityId, vars: [{ missing: { list: missing } }, vars] });
    }
  }
}
