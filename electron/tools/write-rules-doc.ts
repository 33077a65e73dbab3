import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultKnowledgeBase, renderRulesDoc } from '../services/compliance';

/** Regenerates docs/rules.md from resources/legal (run: npx tsx electron/tools/write-rules-doc.ts). */
const target = fileURLToPath(new URL('../../docs/rules.md', import.meta.url));
fs.writeFileSync(target, renderRulesDoc(defaultKnowledgeBase()));
console.log(`Wrote ${target}`);
