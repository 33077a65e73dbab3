import { inSentence, vocabText } from '../../../shared/i18n/vocab-labels';
import type { Dpa, Recipient } from '../../../shared/schemas/entities';
import type { EvaluationContext } from '../context';
import { addDays, daysBetween } from '../dates';
import type { Emit } from '../finding-factory';
import { ruleConstant } from '../rule-texts';

/** The agreement in force for a recipient on the date: the latest one started by then (unknown start = in place). */
export function currentDpa(ctx: EvaluationContext, recipientId: string): Dpa | null {
  let best: Dpa | null = null;
  let bestStart = '';
  for (const d of ctx.dpasByRecipient.get(recipientId) ?? []) {
    const start = d.effectiveOn ?? d.signedOn ?? '';
    if (start > ctx.asOf) continue;
    if (best === null || start > bestStart || (start === bestStart && (d.endOn ?? '9999') > (best.endOn ?? '9999'))) {
      best = d;
      bestStart = start;
    }
  }
  return best;
}

function isProcessor(ctx: EvaluationContext, r: Recipient): boolean {
  if (r.role === 'processor') return true;
  return (ctx.recipientUse.get(r.id) ?? []).some((a) => a.recipients.some((x) => x.recipientId === r.id && x.role === 'processor'));
}

/** The nearest upcoming DPA date within the lead time: end, renewal, or the notice deadline before renewal. */
function upcoming(ctx: EvaluationContext, d: Dpa): { variant: 'end' | 'renewal' | 'notice'; date: string } | null {
  const candidates: { variant: 'end' | 'renewal' | 'notice'; date: string }[] = [];
  if (d.endOn) candidates.push({ variant: 'end', date: d.endOn });
  if (d.renewalOn) {
    candidates.push({ variant: 'renewal', date: d.renewalOn });
    if (d.noticePeriodDays) candidates.push({ variant: 'notice', date: addDays(d.renewalOn, -d.noticePeriodDays) });
  }
  const within = candidates
    .filter((c) => {
      const left = daysBetween(ctx.asOf, c.date);
      return left >= 0 && left <= ctx.params.dpa_warn_days;
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return within[0] ?? null;
}

/**
 * Processor agreements (Art 28) for every processor an open activity uses: one must exist, cover
 * the Art 28(3) items, post-date the GDPR or be amended since, and not have ended while
 * processing goes on; reminders before it ends or is up for renewal; and supervision of the
 * processor at least every 12 months (Datatilsynet's 2021 guidance).
 */
export function dpaRules(ctx: EvaluationContext, emit: Emit): void {
  const { kb, asOf } = ctx;
  const art28 = kb.files.legalBases.art28.items;
  const gdprDate = ctx.event('EV-GDPR-APPLY').date;
  const supervisedSince = addDays(asOf, -ruleConstant<number>(kb, 'DPA-SUPERVISION', 'maxAgeDays'));

  for (const r of ctx.register.recipients) {
    if (r.archivedAt !== null || !isProcessor(ctx, r)) continue;
    const activities = ctx.recipientUse.get(r.id);
    if (!activities) continue;
    const running = activities.filter((a) => a.status === 'active');
    const recipientEntity = { type: 'recipient' as const, id: r.id, name: r.name };
    const dpa = currentDpa(ctx, r.id);

    if (!dpa) emit('DPA-MISSING', recipientEntity, { vars: { recipient: r.name } });
    else {
      const entity = { type: 'dpa' as const, id: dpa.id, name: dpa.title };
      const vars = { recipient: r.name, dpa: dpa.title };
      const missing = art28.filter((item) => !dpa.art28Covered.includes(item.id)).map((item) => inSentence(vocabText('art28', item.id)));
      if (missing.length > 0) emit('DPA-CONTENT', entity, { vars: [{ missing: { list: missing } }, vars] });
      if (dpa.signedOn !== null && dpa.signedOn < gdprDate && !(dpa.amendedOn !== null && dpa.amendedOn >= gdprDate)) {
        emit('DPA-PREGDPR', entity, { vars: [{ signedDate: { date: dpa.signedOn }, gdprDate: { date: gdprDate } }, vars] });
      }
      if (dpa.endOn !== null && dpa.endOn < asOf && running.length > 0) {
        emit('DPA-EXPIRED', entity, { vars: [{ endDate: { date: dpa.endOn }, activities: { list: running.map((a) => a.name) } }, vars] });
      }
      const next = upcoming(ctx, dpa);
      if (next) {
        emit('DPA-EXPIRING', entity, {
          variant: next.variant,
          vars: [{ date: { date: next.date }, n: daysBetween(asOf, next.date), renewalDate: { date: dpa.renewalOn ?? next.date } }, vars],
        });
      }
    }
    if (running.length > 0 && (r.lastSupervisionOn === null || r.lastSupervisionOn < supervisedSince)) {
      emit('DPA-SUPERVISION', recipientEntity, {
        variant: r.lastSupervisionOn === null ? 'never' : undefined,
        vars: {
          recipient: r.name,
          lastSupervision: { date: r.lastSupervisionOn ?? asOf },
          maxAge: ruleConstant<number>(kb, 'DPA-SUPERVISION', 'maxAgeDays'),
        },
      });
    }
  }
}
