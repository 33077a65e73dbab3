import { adequacyOn } from '../adequacy';
import type { EvaluationContext } from '../context';
import type { Emit } from '../finding-factory';
import { bridgeOn, countryLabel, eeaExceptionOn, isEea } from '../geography';
import { transferVars } from './transfer-common';

const NO_TOOL = new Set<string | null>([null, 'none', 'not_a_transfer']);

/**
 * Whether the transfer sits in the right Chapter V bucket at all: EEA recipients need no tool
 * (TR-NOTX-EEA), third-country recipients need one (TR-THIRD-NOMECH), the UK is a third country
 * since 2021 (TR-UK-AS-EEA), and Swiss/UK export instruments do not serve an EU exporter
 * (TR-WRONG-INSTRUMENT).
 */
export function transferBasicRules(ctx: EvaluationContext, emit: Emit): void {
  const { kb, asOf } = ctx;
  const ukAdequacy = adequacyOn(kb, 'GB', asOf);
  const ukShielded = ukAdequacy.status === 'in_force' || bridgeOn(kb, 'GB', asOf) !== null;
  const exporterInEea = isEea(kb, ctx.exporterCountry, asOf);

  for (const view of ctx.ownTransfers) {
    if (!view.current) continue;
    const mechanism = view.transfer.mechanism;
    const vars = transferVars(ctx, view);
    const activityId = view.activity?.id;

    if (view.destination === 'eea') {
      if (!NO_TOOL.has(mechanism) || mechanism === 'none') {
        const exception = view.country ? eeaExceptionOn(kb, view.country, asOf) : null;
        emit('TR-NOTX-EEA', view.entity, {
          activityId,
          vars,
          ...(exception ? { verification: exception.verification, notes: [exception.note] } : {}),
        });
      }
      continue;
    }
    if (view.destination !== 'third') continue;

    const isUk = view.country === 'GB';
    if (isUk && view.active && (mechanism === 'not_a_transfer' || (NO_TOOL.has(mechanism) && ukShielded))) {
      emit('TR-UK-AS-EEA', view.entity, {
        activityId,
        vars: [
          {
            thirdFrom: { date: ctx.event('EV-UK-THIRD').date },
            ukAdequacyFrom: { date: ukAdequacy.decision?.effectiveFrom ?? asOf },
            ukAdequacyUntil: ukAdequacy.validity?.validUntil ? { date: ukAdequacy.validity.validUntil } : '—',
          },
          vars,
        ],
        ...(ukAdequacy.validity && ukAdequacy.validity.verification !== 'V' ? { verification: ukAdequacy.validity.verification } : {}),
      });
    }
    if (view.active && NO_TOOL.has(mechanism) && !(isUk && ukShielded)) {
      emit('TR-THIRD-NOMECH', view.entity, { activityId, vars });
    }

    const instrument = mechanism ? kb.mechanisms.get(mechanism) : undefined;
    const scope = instrument?.exporterScope;
    if (instrument && scope && exporterInEea && !scope.includes(ctx.exporterCountry)) {
      const validFrom = instrument.lifeEvents.find((l) => l.type === 'valid-from');
      emit('TR-WRONG-INSTRUMENT', view.entity, {
        activityId,
        legalEventId: validFrom?.eventId && ctx.isKnown(validFrom.eventId) ? validFrom.eventId : null,
        ...(validFrom ? { sources: validFrom.sources, verification: validFrom.verification } : {}),
        vars: [{ exporterScope: { list: scope.map((c) => countryLabel(c)) }, exporterCountry: countryLabel(ctx.exporterCountry) }, vars],
      });
    }
  }
}
