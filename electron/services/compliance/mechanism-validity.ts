import { catalogueText, vocabText } from '../../shared/i18n/vocab-labels';
import type { LocalizedText } from '../../shared/schemas/findings';
import type { TransferMechanism } from '../../shared/vocab';
import type { EvaluationContext, TransferView } from './context';
import { addDays } from './dates';
import { ruleRuns } from './finding-factory';
import type { KnowledgeBase } from './knowledge-base';

/**
 * When a transfer mechanism stops being a valid basis, read from the mechanisms' life events.
 * The PS/SH/old-SCC rules and the onward-transfer rules share these answers, so "invalid" means
 * the same thing for a controller's own transfer and for a processor's onward transfer.
 */

export type LifeEventType = 'adopted' | 'valid-from' | 'invalid-on' | 'last-valid-day' | 'new-contracts-until';

export function lifeDate(kb: KnowledgeBase, mechanism: TransferMechanism, type: LifeEventType): string | null {
  return kb.mechanisms.get(mechanism)?.lifeEvents.find((l) => l.type === type)?.date ?? null;
}

export function requireLifeDate(kb: KnowledgeBase, mechanism: TransferMechanism, type: LifeEventType): string {
  const date = lifeDate(kb, mechanism, type);
  if (date === null) throw new Error(`The knowledge base gives no ${type} date for ${mechanism}`);
  return date;
}

/** The mechanism's label (the app's and the report's, from the catalogue), or "none recorded". */
export function mechanismLabel(mechanism: TransferMechanism | null): LocalizedText {
  return mechanism === null ? catalogueText('report.noneRecorded') : vocabText('mechanism', mechanism);
}

export function familyOf(kb: KnowledgeBase, mechanism: TransferMechanism | null): string | null {
  return mechanism === null ? null : (kb.mechanisms.get(mechanism)?.family ?? null);
}

/** Where an old-SCC transfer stands against the 2021 transition (Art 4(4) of Decision 2021/914). */
export interface OldSccPosition {
  mechanism: TransferMechanism;
  /** Signed after the last day new contracts could use this decision: never a valid safeguard. */
  neverValid: boolean;
  newContractsUntil: string;
  /** First day old SCCs could no longer be used for new contracts (27 Sep 2021). */
  repealDate: string;
  lastValidDay: string;
  /** Signed before the repeal (an unrecorded signing date is assumed to be). */
  signedBeforeRepeal: boolean;
  /** First recorded change of processing between the repeal and the check date, which ends grandfathering. */
  changedOn: string | null;
}

export function oldSccPosition(ctx: EvaluationContext, view: TransferView): OldSccPosition | null {
  const { kb } = ctx;
  const mechanism = view.transfer.mechanism;
  if (mechanism === null || familyOf(kb, mechanism) !== 'scc_old') return null;
  const newContractsUntil = requireLifeDate(kb, mechanism, 'new-contracts-until');
  const lastValidDay = requireLifeDate(kb, mechanism, 'last-valid-day');
  const repealDate = ctx.event('EV-SCCOLD-REPEAL').date;
  const signed = view.transfer.signedOn;
  const changes = [view.transfer.processingChangedOn, view.activity?.processingChangedOn ?? null]
    .filter((d): d is string => d !== null && d >= repealDate && d <= ctx.asOf)
    .sort();
  return {
    mechanism,
    neverValid: signed !== null && signed > newContractsUntil,
    newContractsUntil,
    repealDate,
    lastValidDay,
    signedBeforeRepeal: signed === null || signed < repealDate,
    changedOn: changes[0] ?? null,
  };
}

/** The rule for a contract signed too late for its old-SCC decision. */
export function newContractRuleId(mechanism: TransferMechanism): string {
  return mechanism === 'scc_2002_16' ? 'TR-SCCOLD-2002' : 'TR-SCCOLD-NEWCONTRACT';
}

/** The rules that report a transfer on a mechanism after its 'invalid-on' date: its own (Safe Harbor, Privacy Shield) or the generic ones. */
export function invalidRulesOf(kb: KnowledgeBase, mechanism: TransferMechanism): { active: string; gap: string; hist?: string } {
  return kb.mechanisms.get(mechanism)?.invalidRules ?? { active: 'TR-INVALID-ACTIVE', gap: 'TR-INVALID-GAP' };
}

/**
 * The day a mechanism stops being a valid basis, as known on the check date: its 'invalid-on'
 * life event (a court judgment with immediate effect, or a what-if assumption), with the legal
 * event behind it. Null when no invalidity is known.
 */
export function invalidOn(
  ctx: EvaluationContext,
  mechanism: TransferMechanism,
): { date: string; eventId: string | null; sources: string[] } | null {
  const life = ctx.kb.mechanisms.get(mechanism)?.lifeEvents.find((l) => l.type === 'invalid-on');
  if (!life || (life.knownFrom ?? life.date) > ctx.asOf) return null;
  return { date: life.date, eventId: life.eventId ?? null, sources: life.sources };
}

/**
 * The rule that makes a running transfer's mechanism invalid on the check date, and the legal
 * event behind it; null when none does. Covers invalidated instruments (Safe Harbor, Privacy
 * Shield, and any the DPO assumes in a what-if scenario) and the old SCCs (never valid, changed,
 * expired) — the set TR-ONWARD-INVALID and TR-DPF-SUBPROC refer to.
 */
export function invalidity(ctx: EvaluationContext, view: TransferView): { ruleId: string; eventId: string | null } | null {
  const { kb, asOf } = ctx;
  const mechanism = view.transfer.mechanism;
  if (mechanism === null || !view.active) return null;
  const invalid = invalidOn(ctx, mechanism);
  if (invalid && asOf >= invalid.date) return { ruleId: invalidRulesOf(kb, mechanism).active, eventId: invalid.eventId };
  const old = oldSccPosition(ctx, view);
  if (!old) return null;
  const known = (ruleId: string) => ({ ruleId, eventId: kb.rules.get(ruleId)?.legalEventIds.find((id) => ctx.isKnown(id)) ?? null });
  if (old.neverValid) {
    const ruleId = newContractRuleId(mechanism);
    const rule = kb.rules.get(ruleId);
    return rule && ruleRuns(ctx, rule) ? known(ruleId) : null;
  }
  if (!old.signedBeforeRepeal) return null;
  if (asOf > old.lastValidDay) return known('TR-SCCOLD-EXPIRED');
  if (old.changedOn !== null && asOf >= old.repealDate) return known('TR-SCCOLD-CHANGED');
  return null;
}

/** The rule id of `invalidity` alone. */
export function invalidityRuleId(ctx: EvaluationContext, view: TransferView): string | null {
  return invalidity(ctx, view)?.ruleId ?? null;
}

/** The day before a date, for "from {start} to {day before}" texts. */
export function dayBefore(date: string): string {
  return addDays(date, -1);
}
