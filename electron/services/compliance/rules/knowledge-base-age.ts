import { type EvaluationContext, organisationEntity } from '../context';
import { daysBetween } from '../dates';
import type { Emit } from '../finding-factory';

/**
 * KB-STALE: the checks only know legal events up to the knowledge base's own date, so a check
 * made long after it says so (kb_max_age_days, an engine choice the register can override).
 */
export function knowledgeBaseAgeRules(ctx: EvaluationContext, emit: Emit): void {
  const age = daysBetween(ctx.kb.asOf, ctx.asOf);
  if (age <= ctx.params.kb_max_age_days) return;
  emit('KB-STALE', organisationEntity(ctx), { vars: { version: ctx.kb.version, kbAsOf: { date: ctx.kb.asOf }, n: age } });
}
