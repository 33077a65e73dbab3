import type { LocalizedText } from '../../shared/schemas/findings';
import type { KnowledgeBase } from './knowledge-base';

/** A fragment a rule composes into its message (e.g. the name of a missing item), from the rule's `texts`. */
export function ruleText(kb: KnowledgeBase, ruleId: string, key: string): LocalizedText {
  const text = kb.rules.get(ruleId)?.texts?.[key];
  if (!text) throw new Error(`Rule ${ruleId} has no text "${key}" in the knowledge base`);
  return text;
}

/** A number or list the knowledge base fixes for a rule (its `constants`). */
export function ruleConstant<T>(kb: KnowledgeBase, ruleId: string, key: string): T {
  const value = kb.rules.get(ruleId)?.constants?.[key];
  if (value === undefined) throw new Error(`Rule ${ruleId} has no constant "${key}" in the knowledge base`);
  return value as T;
}
