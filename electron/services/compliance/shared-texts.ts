import type { LocalizedText } from '../../shared/schemas/findings';
import type { KnowledgeBase } from './knowledge-base';

/** A short text the knowledge base keeps for more than one rule (e.g. why a finding is uncertain). */
export function sharedText(kb: KnowledgeBase, key: string): LocalizedText {
  const text = kb.files.rules.sharedTexts[key];
  if (!text) throw new Error(`The knowledge base has no shared text "${key}"`);
  return text;
}
