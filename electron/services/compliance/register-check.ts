import path from 'node:path';
import type { FindingsReport } from '../../shared/schemas/findings';
import type { Register } from '../../shared/schemas/register';
import type { ApiContext } from '../context';
import { applyAcknowledgements } from './acknowledgements';
import { evaluate } from './evaluate';
import { defaultKnowledgeBase, type KnowledgeBase, loadKnowledgeBase } from './knowledge-base';
import { buildFindingsReport } from './report';

/**
 * The check as the app runs it, shared by the compliance handlers, the CLI and the report jobs
 * (services never import from a handler: handlers are thin adapters over services like this one).
 */

const knowledgeBases = new Map<string, KnowledgeBase>();

/** The knowledge base shipped with the app (resources/legal), loaded once per folder. */
export function knowledgeBaseFor(ctx: ApiContext): KnowledgeBase {
  if (!ctx.resourcesDir) return defaultKnowledgeBase();
  const dir = path.join(ctx.resourcesDir, 'legal');
  let kb = knowledgeBases.get(dir);
  if (!kb) {
    kb = loadKnowledgeBase({ dir });
    knowledgeBases.set(dir, kb);
  }
  return kb;
}

/** Evaluates a register as of a date, with the DPO's acknowledgements applied. */
export function checkRegister(register: Register, asOf: string, kb: KnowledgeBase): FindingsReport {
  const findings = evaluate(register, { asOf, kb });
  return buildFindingsReport(applyAcknowledgements(findings, register.findingAcknowledgements, register, asOf), asOf, kb);
}
