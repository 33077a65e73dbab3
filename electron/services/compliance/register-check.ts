import type { FindingsReport } from '../../shared/schemas/findings';
import type { Register } from '../../shared/schemas/register';
import type { ApiContext } from '../context';
import { knowledgeBaseInUse, trustedKeysOf } from '../kb-updates/in-use';
import { applyAcknowledgements } from './acknowledgements';
import { evaluate } from './evaluate';
import type { KnowledgeBase } from './knowledge-base';
import { buildFindingsReport } from './report';

/**
 * The check as the app runs it, shared by the compliance handlers, the CLI and the report jobs
 * (services never import from a handler: handlers are thin adapters over services like this one).
 */

/**
 * The knowledge base in use for this register: the shipped one (resources/legal, loaded once) or
 * a newer signed update the DPO imported into the register (kb-updates/in-use.ts).
 */
export function knowledgeBaseFor(ctx: ApiContext): KnowledgeBase {
  return knowledgeBaseInUse(ctx.database.db, () => trustedKeysOf(ctx)).kb;
}

/** Evaluates a register as of a date, with the DPO's acknowledgements applied. */
export function checkRegister(register: Register, asOf: string, kb: KnowledgeBase): FindingsReport {
  const findings = evaluate(register, { asOf, kb });
  return buildFindingsReport(applyAcknowledgements(findings, register.findingAcknowledgements, register, asOf), asOf, kb);
}
