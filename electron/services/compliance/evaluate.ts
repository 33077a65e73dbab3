import type { Finding } from '../../shared/schemas/findings';
import type { Register } from '../../shared/schemas/register';
import { type Severity, severities } from '../../shared/vocab';
import { type Assumption, assumeEvents } from './assume';
import { createContext } from './context';
import { isIsoDate } from './dates';
import { createEmitter } from './finding-factory';
import { defaultKnowledgeBase, type KnowledgeBase } from './knowledge-base';
import { type Params, resolveParams } from './params';
import { ruleModules } from './rules';

export interface EvaluateOptions {
  /** The check date, a Danish calendar date (YYYY-MM-DD). Only legal events known on it are used. */
  asOf: string;
  /** Knowledge base to evaluate against; default: the shipped one in resources/legal. */
  kb?: KnowledgeBase;
  /** Overrides for the parameters; otherwise register settings, then the knowledge-base defaults. */
  params?: Partial<Params>;
  /** What-if events to assume: the knowledge base is derived with them first (assume.ts). */
  assume?: Assumption[];
}

const SEVERITY_RANK: Record<Severity, number> = Object.fromEntries(severities.map((s, i) => [s, i])) as Record<Severity, number>;

/**
 * Most severe first, then by rule id; within a rule, in the order the rule met the entities,
 * which follows the register's own order (exports sort every list by id). Bucketing keeps this
 * linear for thousands of findings; the UI sorts for display anyway.
 */
function sortFindings(findings: Finding[]): Finding[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const rules = [...byRule.keys()].sort((a, b) => {
    const rank = SEVERITY_RANK[byRule.get(a)?.[0].severity ?? 'INFO'] - SEVERITY_RANK[byRule.get(b)?.[0].severity ?? 'INFO'];
    return rank || (a < b ? -1 : a > b ? 1 : 0);
  });
  return rules.flatMap((id) => byRule.get(id) ?? []);
}

/**
 * Evaluates every rule of the knowledge base against the register as of a date and returns the
 * findings, most severe first. Pure: no I/O beyond loading the shipped knowledge base once, and
 * the same register, date and knowledge base always give the same findings.
 */
export function evaluate(register: Register, options: EvaluateOptions): Finding[] {
  if (!isIsoDate(options.asOf)) throw new Error(`asOf must be a calendar date YYYY-MM-DD, got "${options.asOf}"`);
  const kb = assumeEvents(options.kb ?? defaultKnowledgeBase(), options.assume ?? []);
  const params = resolveParams(kb, register.settings, options.params);
  const ctx = createContext(register, kb, options.asOf, params);
  const findings: Finding[] = [];
  const emit = createEmitter(ctx, findings);
  for (const run of ruleModules) run(ctx, emit);
  return sortFindings(findings);
}
