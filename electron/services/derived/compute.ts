import type { DbOrTx } from '../../../db/client';
import { readRegister } from '../../../db/queries/register-export';
import { readRevision } from '../../../db/revision';
import type { AcknowledgedFinding, FindingsReport } from '../../shared/schemas/findings';
import type { AcknowledgementView, EntitySummary } from '../../shared/schemas/findings-views';
import type { Register } from '../../shared/schemas/register';
import type { Severity } from '../../shared/vocab';
import { acknowledgementStatus, applyAcknowledgements } from '../compliance/acknowledgements';
import { assumeEvents } from '../compliance/assume';
import { evaluate } from '../compliance/evaluate';
import type { KnowledgeBase } from '../compliance/knowledge-base';
import { buildFindingsReport } from '../compliance/report';
import { type DerivedParams, derivedKey } from './params';
import { buildSummaries } from './summaries';

export interface RuleCount {
  ruleId: string;
  severity: Severity;
  count: number;
}

/**
 * Everything computed from the whole register for one evaluation, once per register revision:
 * the findings with acknowledgements applied (in the engine's order), whom each belongs to, the
 * summary of every entry, counts, the rules that fired, the acknowledgements' states. Screens ask
 * for slices of it (electron/services/derived/queries.ts). Phase-2 derivations (deadlines, diffs,
 * completeness) belong here too, computed from the same read of the register.
 */
export interface DerivedState {
  key: string;
  revision: number;
  params: DerivedParams;
  asOf: string;
  /** The whole evaluation as `ropa check --json` prints it (knowledge base, assumptions, findings, counts). */
  report: FindingsReport;
  findings: AcknowledgedFinding[];
  /** Per finding: the recipient it belongs to (a recipient's own; a DPA's or transfer's recipient), or null. */
  recipientOf: (string | null)[];
  summaries: Map<string, EntitySummary>;
  rules: RuleCount[];
  acknowledgements: AcknowledgementView[];
}

function ruleCounts(findings: readonly AcknowledgedFinding[]): RuleCount[] {
  const byRule = new Map<string, RuleCount>();
  for (const f of findings) {
    const r = byRule.get(f.ruleId);
    if (r) r.count += 1;
    else byRule.set(f.ruleId, { ruleId: f.ruleId, severity: f.severity, count: 1 });
  }
  const rank = (s: Severity) => ['CRITICAL', 'HIGH', 'MEDIUM', 'INFO'].indexOf(s);
  return [...byRule.values()].sort((a, b) => rank(a.severity) - rank(b.severity) || a.ruleId.localeCompare(b.ruleId));
}

function recipientsOf(register: Register, findings: readonly AcknowledgedFinding[]): (string | null)[] {
  const dpaOwner = new Map(register.dpas.map((d) => [d.id, d.recipientId]));
  const transferOwner = new Map(register.transfers.map((t) => [t.id, t.recipientId]));
  return findings.map((f) => {
    if (f.entity.type === 'recipient') return f.entity.id;
    if (f.entity.type === 'dpa') return dpaOwner.get(f.entity.id) ?? null;
    if (f.entity.type === 'transfer') return transferOwner.get(f.entity.id) ?? null;
    return null;
  });
}

function acknowledgementViews(register: Register, asOf: string, findings: AcknowledgedFinding[], recipientOf: (string | null)[]) {
  const first = new Map<string, number>();
  findings.forEach((f, i) => {
    const key = `${f.entity.type}:${f.entity.id}`;
    if (!first.has(key)) first.set(key, i);
  });
  return acknowledgementStatus(register, asOf).map(({ acknowledgement, state }): AcknowledgementView => {
    const i = first.get(`${acknowledgement.entityType}:${acknowledgement.entityId}`);
    const f = i === undefined ? undefined : findings[i];
    return {
      acknowledgement,
      state,
      finding: f && i !== undefined ? { entity: f.entity, activityId: f.activityId, recipientId: recipientOf[i] ?? null } : null,
    };
  });
}

/** The state of one evaluation, from its report and whom each finding belongs to. */
export function assembleState(
  report: FindingsReport,
  recipientOf: (string | null)[],
  acknowledgements: AcknowledgementView[],
  key: { revision: number; kbVersion: string; params: DerivedParams },
): DerivedState {
  return {
    key: derivedKey(key.revision, key.kbVersion, key.params),
    revision: key.revision,
    params: key.params,
    asOf: report.asOf,
    report,
    findings: report.findings,
    recipientOf,
    summaries: buildSummaries(report.findings, recipientOf),
    rules: ruleCounts(report.findings),
    acknowledgements,
  };
}

/** Derived state from a register already read (the CLI, tests, and computeDerived below). */
export function deriveFrom(register: Register, revision: number, inUse: KnowledgeBase, params: DerivedParams): DerivedState {
  const raw = evaluate(register, { ...params, kb: inUse });
  // The knowledge base the findings rest on, with any assumed events written in (the same derived
  // copy evaluate() used: assume.ts keeps one per assumption set), for the report's header.
  const kb = assumeEvents(inUse, params.assume ?? []);
  const report = buildFindingsReport(applyAcknowledgements(raw, register.findingAcknowledgements, register, params.asOf), params.asOf, kb);
  const recipientOf = recipientsOf(register, report.findings);
  const acknowledgements = acknowledgementViews(register, params.asOf, report.findings, recipientOf);
  return assembleState(report, recipientOf, acknowledgements, { revision, kbVersion: inUse.version, params });
}

/** Reads the register (one consistent snapshot, with its revision) and derives its state. */
export function computeDerived(db: DbOrTx, kb: KnowledgeBase, params: DerivedParams): DerivedState {
  const { register, revision } = db.transaction((tx) => ({ revision: readRevision(tx), register: readRegister(tx) }), {
    behavior: 'deferred',
  });
  return deriveFrom(register, revision, kb, params);
}
