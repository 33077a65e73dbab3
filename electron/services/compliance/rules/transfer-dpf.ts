import { type EvaluationContext, organisationEntity, type TransferView } from '../context';
import { daysBetween, periodsCover } from '../dates';
import { findDpfListing, isActiveEuUs } from '../dpf-matching';
import type { Emit } from '../finding-factory';
import { dayBefore, invalidOn, requireLifeDate } from '../mechanism-validity';
import { sharedText } from '../shared-texts';
import { renderValue } from '../templates';
import { transferVars } from './transfer-common';

const NO_TOOL = new Set<string | null>([null, 'none', 'not_a_transfer', 'eu_us_dpf']);

/** Other tools recorded for the same activity and recipient, as periods (for "no other tool recorded"). */
function otherToolPeriods(ctx: EvaluationContext, view: TransferView) {
  const siblings = view.activity
    ? (ctx.ownTransfersByActivity.get(view.activity.id) ?? [])
    : ctx.ownTransfers.filter((v) => v.activity === null);
  return siblings
    .filter((v) => v.recipient.id === view.recipient.id && !NO_TOOL.has(v.transfer.mechanism))
    .map((v) => ({ start: v.transfer.startOn, end: v.transfer.endOn }));
}

/**
 * The EU-US Data Privacy Framework (Decision 2023/1795): only US organisations actively on the
 * DPF List, per data type (HR / non-HR), and only from 10 Jul 2023. The list is an imported
 * snapshot, so its age is itself a finding; a currently valid DPF transfer still carries a
 * watch-list note on the pending litigation and risk events known on the check date.
 */
export function transferDpfRules(ctx: EvaluationContext, emit: Emit): void {
  const { kb, asOf } = ctx;
  // Once the DPF itself is invalid (in a what-if scenario) the generic TR-INVALID-* rules report
  // its transfers; country, listing, HR coverage, snapshot age and the watch note no longer mean
  // anything. A gap before the DPF existed (TR-DPF-PREDATE) is history and stays.
  const invalid = invalidOn(ctx, 'eu_us_dpf');
  const dpfGone = invalid !== null && asOf >= invalid.date;
  const dpfFrom = requireLifeDate(kb, 'eu_us_dpf', 'valid-from');
  const watch = kb.rules.get('TR-DPF-WATCH');
  const risks = (watch?.legalEventIds ?? []).filter((id) => ctx.isKnown(id)).map((id) => ctx.event(id));
  // The same list goes into every watch finding: render it once.
  const riskList = {
    da: renderValue({ list: risks.map((e) => e.label) }, 'da'),
    en: renderValue({ list: risks.map((e) => e.label) }, 'en'),
  };
  const snapshotDate = ctx.dpf?.snapshot.snapshotDate ?? null;

  for (const view of ctx.ownTransfers) {
    const t = view.transfer;
    if (!view.current || view.destination !== 'third' || t.mechanism !== 'eu_us_dpf') continue;
    const vars = transferVars(ctx, view);
    const activityId = view.activity?.id;

    if (t.startOn !== null && t.startOn < dpfFrom && !periodsCover(otherToolPeriods(ctx, view), t.startOn, dayBefore(dpfFrom))) {
      emit('TR-DPF-PREDATE', view.entity, {
        activityId,
        vars: [{ startDate: { date: t.startOn }, validFrom: { date: dpfFrom }, dayBefore: { date: dayBefore(dpfFrom) } }, vars],
      });
    }
    if (dpfGone) continue;
    if (view.country !== 'US') {
      emit('TR-DPF-COUNTRY', view.entity, { activityId, vars });
      continue;
    }
    let blocked = false;
    if (ctx.dpf && snapshotDate) {
      const listing = findDpfListing(ctx.dpf, view.recipient);
      if (!isActiveEuUs(listing)) {
        blocked = true;
        emit('TR-DPF-NOTLISTED', view.entity, { activityId, vars: [{ snapshotDate: { date: snapshotDate } }, vars] });
      } else if (t.hrData && !listing.entry.dataTypes.includes('HR')) {
        blocked = true;
        emit('TR-DPF-HR', view.entity, { activityId, vars: [{ listing: listing.entry.orgName }, vars] });
      }
    }
    if (!blocked && view.active && risks.length > 0) {
      emit('TR-DPF-WATCH', view.entity, {
        activityId,
        vars: [{ risks: riskList }, vars],
        legalEventId: risks[risks.length - 1].id,
        notes: ctx.dpf ? [] : [sharedText(kb, 'noDpfSnapshot')],
      });
    }
  }

  if (dpfGone) return;
  const relying = [...ctx.ownTransfers, ...ctx.onwardTransfers].filter(
    (v) => v.current && v.active && v.transfer.mechanism === 'eu_us_dpf',
  ).length;
  if (relying === 0) return;
  const entity = organisationEntity(ctx);
  if (snapshotDate === null) {
    emit('TR-DPF-SNAPSHOT-STALE', entity, { variant: 'noSnapshot', vars: { count: relying } });
    return;
  }
  const age = daysBetween(snapshotDate, asOf);
  if (age > ctx.params.dpf_snapshot_max_age_days) {
    emit('TR-DPF-SNAPSHOT-STALE', entity, { vars: { count: relying, n: age, snapshotDate: { date: snapshotDate } } });
  }
}
