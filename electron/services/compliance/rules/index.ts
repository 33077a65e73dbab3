import type { EvaluationContext } from '../context';
import type { Emit } from '../finding-factory';
import { completenessRules } from './completeness';
import { dpaRules } from './dpa';
import { evidenceRules } from './evidence';
import { knowledgeBaseAgeRules } from './knowledge-base-age';
import { legalBasisRules } from './legal-basis';
import { referenceRules } from './references';
import { retentionRules } from './retention';
import { reviewRules } from './review';
import { transferAdequacyRules } from './transfer-adequacy';
import { transferBasicRules } from './transfer-basic';
import { transferDerogationRules } from './transfer-derogations';
import { transferDpfRules } from './transfer-dpf';
import { transferInvalidatedRules } from './transfer-invalidated';
import { transferOnwardRules } from './transfer-onward';
import { transferScc2021Rules } from './transfer-scc-2021';
import { transferOldSccRules } from './transfer-scc-old';
import { transferTiaRules } from './transfer-tia';

export type RuleModule = (ctx: EvaluationContext, emit: Emit) => void;

/** Every rule module; each emits findings for the rules it owns (see resources/legal/rules.json). */
export const ruleModules: RuleModule[] = [
  transferBasicRules,
  transferInvalidatedRules,
  transferOldSccRules,
  transferScc2021Rules,
  transferTiaRules,
  transferDpfRules,
  transferOnwardRules,
  transferAdequacyRules,
  transferDerogationRules,
  referenceRules,
  legalBasisRules,
  evidenceRules,
  completenessRules,
  retentionRules,
  reviewRules,
  dpaRules,
  knowledgeBaseAgeRules,
];
