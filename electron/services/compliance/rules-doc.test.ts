import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from './knowledge-base';
import { renderRulesDoc } from './rules-doc';

describe('docs/rules.md', () => {
  it('is the generated output of the knowledge base (run `npx tsx electron/tools/write-rules-doc.ts` after changing it)', () => {
    const committed = fs.readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderRulesDoc(defaultKnowledgeBase()));
  });

  it('lists every rule with its severity and verification tag', () => {
    const doc = renderRulesDoc(defaultKnowledgeBase());
    for (const rule of defaultKnowledgeBase().rules.values()) expect(doc).toContain(`| ${rule.id} | ${rule.severity} |`);
  });
});
