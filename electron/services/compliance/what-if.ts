import { AppError, detail } from '../../shared/errors';
import { message } from '../../shared/i18n/message';
import type { Transfer } from '../../shared/schemas/entities';
import type { AcknowledgedFinding, FindingsReport, LocalizedText } from '../../shared/schemas/findings';
import type { Register } from '../../shared/schemas/register';
import type { TransferContingency, WhatIfReport } from '../../shared/schemas/what-if';
import type { Severity } from '../../shared/vocab';
import { type Assumption, assumeEvents, scenarioCheckDate } from './assume';
import type { KnowledgeBase } from './knowledge-base';
import { mechanismLabel } from './mechanism-validity';
import { checkRegister } from './register-check';
import { fillLocalized, type TemplateVars } from './templates';

export interface WhatIfOptions {
  assumptions: Assumption[];
  /** The Danish calendar date today: the first column of the comparison. */
  today: string;
  /** The scenario's check date; default the later of today and the last assumed date. */
  asOf?: string;
}

const BLOCKING = new Set<Severity>(['CRITICAL', 'HIGH', 'MEDIUM']);
const LOSES_BASIS = new Set<Severity>(['CRITICAL', 'HIGH']);
const RANK: Record<Severity, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, INFO: 3 };

function summary(r: FindingsReport) {
  return { asOf: r.asOf, counts: r.counts, openCounts: r.openCounts };
}

function byTransfer(findings: AcknowledgedFinding[]): Map<string, AcknowledgedFinding[]> {
  const out = new Map<string, AcknowledgedFinding[]>();
  for (const f of findings) {
    if (f.entity.type !== 'transfer') continue;
    const list = out.get(f.entity.id);
    if (list) list.push(f);
    else out.set(f.entity.id, [f]);
  }
  return out;
}

/**
 * Whether another tool recorded for the same activity and recipient can take over: the check
 * reads the engine's own findings on that row under the scenario (module, TIA, re-evaluation,
 * validity), and adds only what no rule covers — that the contract is signed by the date.
 */
/** Rows for the same activity, recipient and exporter: where a fallback tool is recorded. */
const siblingKey = (t: Transfer) => `${t.activityId ?? ''}|${t.recipientId}|${t.exporterRecipientId ?? ''}`;

function fallbackFor(
  kb: KnowledgeBase,
  rows: Transfer[],
  t: Transfer,
  asOf: string,
  scenarioFindings: Map<string, AcknowledgedFinding[]>,
): TransferContingency['fallback'] {
  const texts = kb.files.hypotheticals.fallback;
  const modules = kb.files.mechanisms.sccModules.byRoles;
  const expectedModule = modules.find((m) => m.exporter === t.exporterRole && m.importer === t.importerRole)?.module ?? null;
  const siblings = rows.filter(
    (s) =>
      s.id !== t.id && s.mechanism !== null && kb.mechanisms.get(s.mechanism)?.isTool === true && (s.endOn === null || s.endOn >= asOf),
  );
  const candidates = siblings
    .map((s) => {
      const findings = scenarioFindings.get(s.id) ?? [];
      // A row the scenario strikes down itself is no fallback.
      if (findings.some((f) => f.severity === 'CRITICAL')) return null;
      const label = mechanismLabel(s.mechanism);
      const notes: LocalizedText[] = [];
      if (s.signedOn === null) notes.push(fillLocalized(texts.notSigned, { mechanism: label }, 'fallback.notSigned'));
      else if (s.signedOn > asOf) {
        notes.push(
          fillLocalized(
            texts.signedLater,
            { mechanism: label, signedDate: { date: s.signedOn }, date: { date: asOf } },
            'fallback.signedLater',
          ),
        );
      }
      // What makes the row unfit as a transfer tool (module, TIA, re-evaluation); a stale phrase in its notes does not.
      for (const f of findings) if (BLOCKING.has(f.severity) && kb.rules.get(f.ruleId)?.group === 'transfer') notes.push(f.message);
      return { s, notes };
    })
    .filter((c) => c !== null)
    // SCCs first (the fallback Schrems II left standing), then the most complete.
    .sort((a, b) => Number(b.s.mechanism === 'scc_2021') - Number(a.s.mechanism === 'scc_2021') || a.notes.length - b.notes.length);
  const best = candidates[0];
  if (!best) {
    return {
      status: 'none',
      transferId: null,
      mechanism: null,
      expectedModule,
      notes: [fillLocalized(texts.none, { module: expectedModule ?? '—' }, 'fallback.none')],
    };
  }
  const { s, notes } = best;
  if (notes.length > 0) return { status: 'incomplete', transferId: s.id, mechanism: s.mechanism, expectedModule, notes };
  const vars: TemplateVars = {
    mechanism: mechanismLabel(s.mechanism),
    module: s.sccModule ?? '—',
    signedDate: s.signedOn ? { date: s.signedOn } : '—',
    tiaDate: s.tiaOn ? { date: s.tiaOn } : '—',
  };
  const ready = s.mechanism === 'scc_2021' ? texts.ready : texts.readyOther;
  return {
    status: 'ready',
    transferId: s.id,
    mechanism: s.mechanism,
    expectedModule,
    notes: [fillLocalized(ready, vars, 'fallback.ready')],
  };
}

/**
 * The DPO's contingency question — "if this happens on that date, which transfers lose their
 * basis and which have a fallback ready?" — answered with the one engine: the register today,
 * on the scenario date as the law stands, and on it with the assumed events written into a copy
 * of the knowledge base. The findings the assumption adds or removes are the difference between
 * the last two, so the passing of time alone (a review falling due) is never blamed on the event.
 */
export function whatIf(register: Register, kb: KnowledgeBase, options: WhatIfOptions): WhatIfReport {
  if (options.assumptions.length === 0)
    throw new AppError('VALIDATION', message('assume.none'), [detail('assume', message('assume.none'))]);
  const scenarioKb = assumeEvents(kb, options.assumptions);
  const asOf = scenarioCheckDate(options.assumptions, options.today, options.asOf);
  const today = checkRegister(register, options.today, kb);
  const withoutEvent = asOf === options.today ? today : checkRegister(register, asOf, kb);
  const withEvent = checkRegister(register, asOf, scenarioKb);

  const before = new Map(withoutEvent.findings.map((f) => [f.id, f]));
  const after = new Map(withEvent.findings.map((f) => [f.id, f]));
  const appearing = withEvent.findings.filter((f) => before.get(f.id)?.severity !== f.severity);
  const disappearing = withoutEvent.findings.filter((f) => after.get(f.id)?.severity !== f.severity);

  const scenarioByTransfer = byTransfer(withEvent.findings);
  const reasons = new Map<string, AcknowledgedFinding>();
  for (const f of appearing) {
    if (f.entity.type !== 'transfer' || !LOSES_BASIS.has(f.severity)) continue;
    const seen = reasons.get(f.entity.id);
    if (!seen || RANK[f.severity] < RANK[seen.severity]) reasons.set(f.entity.id, f);
  }
  const transfersById = new Map(register.transfers.map((t) => [t.id, t]));
  const bySiblingKey = new Map<string, Transfer[]>();
  for (const t of register.transfers) {
    const key = siblingKey(t);
    const list = bySiblingKey.get(key);
    if (list) list.push(t);
    else bySiblingKey.set(key, [t]);
  }
  const recipientCountry = new Map(register.recipients.map((r) => [r.id, r.country]));
  const transfers: TransferContingency[] = [];
  for (const [id, reason] of reasons) {
    const t = transfersById.get(id);
    if (!t || (t.endOn !== null && t.endOn < asOf)) continue;
    transfers.push({
      transferId: t.id,
      name: reason.entity.name,
      activityId: t.activityId,
      country: t.country ?? recipientCountry.get(t.recipientId) ?? null,
      mechanism: t.mechanism,
      mechanismLabel: mechanismLabel(t.mechanism),
      reason: { ruleId: reason.ruleId, severity: reason.severity, message: reason.message },
      fallback: fallbackFor(kb, bySiblingKey.get(siblingKey(t)) ?? [], t, asOf, scenarioByTransfer),
    });
  }
  transfers.sort((a, b) => a.name.localeCompare(b.name, 'da'));

  return {
    kb: withEvent.kb,
    assumptions: scenarioKb.assumed,
    today: summary(today),
    withoutEvent: summary(withoutEvent),
    withEvent: summary(withEvent),
    appearing,
    disappearing,
    transfers,
  };
}
