import type { EvaluationContext, TransferView } from '../context';
import { countryLabel } from '../geography';
import { mechanismLabel } from '../mechanism-validity';
import type { TemplateVars } from '../templates';

/**
 * Placeholders every transfer message may use: {recipient}, {country}, {mechanism}, {activity}.
 * Worked out once per transfer (several rules ask), and never mutated: callers spread it.
 */
export function transferVars(_ctx: EvaluationContext, view: TransferView): TemplateVars {
  view.vars ??= {
    recipient: view.recipient.name,
    country: countryLabel(view.country),
    mechanism: mechanismLabel(view.transfer.mechanism),
    activity: view.activity?.name ?? '—',
  };
  return view.vars;
}

/** The transfers of the controller itself that TR-* rules about the present look at: third country, not ended. */
export function currentThirdCountryTransfers(ctx: EvaluationContext): TransferView[] {
  return ctx.ownTransfers.filter((v) => v.current && v.destination === 'third');
}
