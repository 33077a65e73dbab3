/**
 * The compliance engine: evaluates a register against the legal knowledge base as of a date.
 * Pure functions over the Register document; the only I/O is loading the knowledge base.
 */
export type { AcknowledgedFinding, Finding, FindingsReport } from '../../shared/schemas/findings';
export { acknowledgedFindingSchema, findingSchema, findingsReportSchema } from '../../shared/schemas/findings';
export { acknowledgementStates, acknowledgementStatus, applyAcknowledgements, entityFingerprint } from './acknowledgements';
export {
  type Assumption,
  assumedEventId,
  assumeEvents,
  assumptionsKey,
  parameterChoices,
  parseAssumption,
  scenarioCheckDate,
} from './assume';
export { type ParsedDpfList, parseDpfList } from './dpf-import';
export { buildDpfIndex, findDpfListing, normaliseOrgName, snapshotOn } from './dpf-matching';
export { type EvaluateOptions, evaluate } from './evaluate';
export {
  buildKnowledgeBase,
  defaultKnowledgeBase,
  indexKnowledgeBase,
  type KnowledgeBase,
  type LoadOptions,
  loadKnowledgeBase,
  readKnowledgeBaseFiles,
  validateKnowledgeBaseFiles,
} from './knowledge-base';
export { type KnowledgeBaseFiles, knowledgeBaseFileNames } from './knowledge-base-schema';
export { type Params, paramKeys, resolveParams } from './params';
export { buildFindingsReport } from './report';
export { renderRulesDoc } from './rules-doc';
export { type WhatIfOptions, whatIf } from './what-if';
