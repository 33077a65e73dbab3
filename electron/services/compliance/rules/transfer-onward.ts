import type { Recipient } from '../../../shared/schemas/entities';
import { adequacyCovers } from '../adequacy';
import type { EvaluationContext, TransferView } from '../context';
import { findDpfListing, isActiveEuUs } from '../dpf-matching';
import type { Emit } from '../finding-factory';
import { countryLabel, destinationOf, isEea } from '../geography';
import { invalidity, invalidityRuleId, invalidOn, mechanismLabel } from '../mechanism-validity';

const PROCESSOR_ROLES = new Set(['processor', 'sub_processor']);
const NO_TOOL = new Set<string | null>([null, 'none', 'not_a_transfer', 'eu_us_dpf']);

/**
 * Sub-processor chains (legal-knowledge §0.8). Sub-processors are never evaluated as the
 * controller's own transfers; instead, an EEA processor's onward transfer on an invalid
 * instrument is TR-ONWARD-INVALID, and a DPF processor's sub-processor outside the DPF with
 * no valid tool of its own is TR-DPF-SUBPROC (EDPB information note, 18 Jul 2023).
 */
export function transferOnwardRules(ctx: EvaluationContext, emit: Emit): void {
  onwardInvalid(ctx, emit);
  dpfSubProcessors(ctx, emit);
}

function onwardInvalid(ctx: EvaluationContext, emit: Emit): void {
  const { kb, asOf } = ctx;
  for (const view of ctx.onwardTransfers) {
    const exporter = view.exporter;
    if (!exporter || !view.current || view.destination !== 'third') continue;
    if (!PROCESSOR_ROLES.has(exporter.role) || exporter.country === null || !isEea(kb, exporter.country, asOf)) continue;
    const why = invalidity(ctx, view);
    const reason = why ? kb.rules.get(why.ruleId) : undefined;
    if (!why || !reason) continue;
    emit('TR-ONWARD-INVALID', view.entity, {
      activityId: view.activity?.id,
      vars: {
        processor: exporter.name,
        sub: view.recipient.name,
        country: countryLabel(view.country),
        mechanism: mechanismLabel(view.transfer.mechanism),
        reason: reason.title,
      },
      legalEventId: why.eventId,
      verification: reason.verification,
      extraSources: reason.sources,
      ...(reason.verification !== 'V' && reason.uncertaintyNote ? { notes: [reason.uncertaintyNote] } : {}),
    });
  }
}

/** The onward transfers a processor records to one sub-processor. */
function onwardTo(ctx: EvaluationContext, processorId: string, subId: string): TransferView[] {
  return (ctx.onwardTransfersByExporter.get(processorId) ?? []).filter((v) => v.recipient.id === subId && v.current);
}

function dpfSubProcessors(ctx: EvaluationContext, emit: Emit): void {
  const { kb, asOf } = ctx;
  // With the DPF itself invalid (a what-if scenario), its processors' own transfers are the finding.
  const dpfInvalid = invalidOn(ctx, 'eu_us_dpf');
  if (dpfInvalid && asOf >= dpfInvalid.date) return;
  const processors = new Map<string, Recipient>();
  for (const v of ctx.ownTransfers) {
    if (v.current && v.active && v.transfer.mechanism === 'eu_us_dpf' && PROCESSOR_ROLES.has(v.recipient.role)) {
      processors.set(v.recipient.id, v.recipient);
    }
  }
  const reported = new Set<string>();
  for (const processor of processors.values()) {
    const subs = new Map<string, Recipient>();
    for (const s of ctx.subProcessorsByParent.get(processor.id) ?? []) subs.set(s.id, s);
    for (const v of ctx.onwardTransfersByExporter.get(processor.id) ?? []) if (v.current) subs.set(v.recipient.id, v.recipient);

    for (const sub of subs.values()) {
      if (reported.has(sub.id)) continue;
      const onward = onwardTo(ctx, processor.id, sub.id);
      const country = onward[0]?.country ?? sub.country;
      if (destinationOf(kb, country, sub.isInternationalOrganisation, asOf) !== 'third' || country === null) continue;
      if (adequacyCovers(kb, country, sub.sector, asOf)) continue;
      if (country === 'US') {
        // Whether a US sub-processor is listed can only be told from an imported snapshot.
        if (!ctx.dpf || isActiveEuUs(findDpfListing(ctx.dpf, sub))) continue;
      }
      const ownTool = onward.some((v) => !NO_TOOL.has(v.transfer.mechanism) && invalidityRuleId(ctx, v) === null);
      if (ownTool) continue;
      reported.add(sub.id);
      emit(
        'TR-DPF-SUBPROC',
        { type: 'recipient', id: sub.id, name: sub.name },
        { vars: { sub: sub.name, processor: processor.name, country: countryLabel(country) } },
      );
    }
  }
}
