import { inSentence, vocabText } from '../../../shared/i18n/vocab-labels';
import type { LocalizedText } from '../../../shared/schemas/findings';
import { adequacyOn, scopeCoversSector } from '../adequacy';
import type { EvaluationContext } from '../context';
import { daysBetween } from '../dates';
import type { Emit } from '../finding-factory';
import { dayBefore } from '../mechanism-validity';
import { sharedText } from '../shared-texts';
import { currentThirdCountryTransfers, transferVars } from './transfer-common';

/**
 * Art 45 adequacy, point in time: which decision exists for the country on the check date, from
 * when it applies, how far it reaches (partial-scope decisions, judged by the recipient's sector)
 * and until when it is valid as known on that date — the UK decision's end moved twice.
 */
export function transferAdequacyRules(ctx: EvaluationContext, emit: Emit): void {
  const { kb, asOf } = ctx;
  const notAdequate = new Map(kb.files.adequacy.notAdequate.map((x) => [x.country, x]));
  for (const view of currentThirdCountryTransfers(ctx)) {
    const t = view.transfer;
    if (t.mechanism !== 'adequacy' || view.country === null) continue;
    const vars = transferVars(ctx, view);
    const activityId = view.activity?.id;
    const position = adequacyOn(kb, view.country, asOf);
    const { decision, validity } = position;

    if (position.status === 'none') {
      const known = notAdequate.get(view.country);
      emit('TR-ADQ-NONE', view.entity, {
        activityId,
        vars,
        ...(known ? { verification: known.verification, sources: known.sources } : {}),
      });
      continue;
    }
    if (!decision) continue;
    const fromDecision = {
      sources: decision.sources,
      legalEventId: decision.eventId && ctx.isKnown(decision.eventId) ? decision.eventId : null,
    };
    if (position.status === 'dpf_only' || position.status === 'pending') {
      emit('TR-ADQ-NONE', view.entity, {
        activityId,
        ...fromDecision,
        variant: position.status === 'dpf_only' ? 'dpfOnly' : 'pending',
        verification: decision.verification,
        vars: [{ effectiveFrom: { date: decision.effectiveFrom } }, vars],
      });
      continue;
    }

    const validUntil = validity?.validUntil ?? null;
    const validityFacts = {
      verification: validity?.verification ?? decision.verification,
      sources: validity?.sources ?? decision.sources,
      legalEventId: validity?.eventId && ctx.isKnown(validity.eventId) ? validity.eventId : fromDecision.legalEventId,
    };
    if (position.status === 'expired' && validUntil) {
      emit('TR-ADQ-EXPIRED', view.entity, {
        activityId,
        ...validityFacts,
        ...(validity?.withdrawn ? { variant: 'withdrawn' } : {}),
        vars: [{ validUntil: { date: validUntil } }, vars],
      });
    }
    if (t.startOn !== null && t.startOn < decision.effectiveFrom) {
      emit('TR-ADQ-PREDATE', view.entity, {
        activityId,
        ...fromDecision,
        verification: decision.dateVerification ?? decision.verification,
        vars: [
          {
            startDate: { date: t.startOn },
            effectiveFrom: { date: decision.effectiveFrom },
            dayBefore: { date: dayBefore(decision.effectiveFrom) },
          },
          vars,
        ],
      });
    }
    if (position.status !== 'in_force') continue;
    if (decision.scope.kind === 'partial' && !scopeCoversSector(decision, view.recipient.sector)) {
      const notes: LocalizedText[] = [];
      if (decision.scope.approximation) notes.push(decision.scope.approximation);
      if (view.recipient.sector === 'other') notes.push(sharedText(kb, 'sectorOther'));
      emit('TR-ADQ-SCOPE', view.entity, {
        activityId,
        ...fromDecision,
        verification: decision.scope.verification,
        sources: decision.scope.sources,
        notes,
        vars: [{ scope: decision.scope.text, sector: inSentence(vocabText('recipientSector', view.recipient.sector)) }, vars],
      });
    }
    if (validUntil) {
      const left = daysBetween(asOf, validUntil);
      if (left >= 0 && left <= ctx.params.adequacy_expiry_warn_days) {
        emit('TR-ADQ-EXPIRY-SOON', view.entity, {
          activityId,
          ...validityFacts,
          vars: [{ validUntil: { date: validUntil }, n: left }, vars],
        });
      }
    }
  }
}
