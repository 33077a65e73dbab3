import type { Finding } from '../../../shared/schemas/findings';
import type { Register } from '../../../shared/schemas/register';
import { evaluate } from '../evaluate';
import type { KnowledgeBase } from '../knowledge-base';
import type { Params } from '../params';

/** Findings of one rule. */
export function findingsOf(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

/** Evaluates and returns only the findings of the given rule (what most rule tests look at). */
export function fired(
  register: Register,
  ruleId: string,
  asOf: string,
  extra: { kb?: KnowledgeBase; params?: Partial<Params> } = {},
): Finding[] {
  return findingsOf(evaluate(register, { asOf, ...extra }), ruleId);
}

/** The sorted distinct rule ids among findings. */
export function ruleIdsOf(findings: Finding[]): string[] {
  return [...new Set(findings.map((f) => f.ruleId))].sort();
}

/** For each check date, whether the rule fires (for date-boundary tests: the day before, of and after). */
export function firesOn(
  register: Register,
  ruleId: string,
  dates: string[],
  extra: { kb?: KnowledgeBase; params?: Partial<Params> } = {},
): boolean[] {
  return dates.map((asOf) => fired(register, ruleId, asOf, extra).length > 0);
}
