import type { KnowledgeBase } from './knowledge-base';
import type { RuleMeta } from './knowledge-base-schema';

const GROUP_TITLES: Record<RuleMeta['group'], string> = {
  transfer: 'Transfer rules (GDPR Chapter V)',
  reference: 'Outdated references in free text',
  'legal-basis': 'Legal basis and data categories',
  completeness: 'Article 30 completeness',
  retention: 'Retention (Denmark)',
  review: 'Review',
  dpa: 'Processor agreements (DPA)',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function legalEvents(kb: KnowledgeBase, rule: RuleMeta): string {
  const events = rule.legalEventIds.map((id) => {
    const e = kb.events.get(id);
    return e ? `${id} (${e.date}): ${e.label.en}` : id;
  });
  return events.length > 0 ? events.join('; ') : '—';
}

function gate(kb: KnowledgeBase, rule: RuleMeta): string {
  if (!rule.gate) return 'always';
  const e = kb.events.get(rule.gate.eventId);
  if (!e) return rule.gate.eventId;
  const from = rule.gate.on === 'date' ? e.date : (e.knownFrom ?? e.date);
  return `from ${from} (${rule.gate.eventId}${rule.gate.on === 'known' && e.knownFrom ? ', when announced' : ''})`;
}

/**
 * docs/rules.md, generated from the knowledge base so the documentation cannot drift from the
 * rules the engine runs: id, severity, trigger, legal event and date, sources, verification tag,
 * approximations. A test compares the committed file with this output.
 */
export function renderRulesDoc(kb: KnowledgeBase): string {
  const { files } = kb;
  const out: string[] = [];
  out.push('# Compliance rules');
  out.push('');
  out.push('<!-- Generated from resources/legal by `npx tsx electron/tools/write-rules-doc.ts`. Do not edit by hand. -->');
  out.push('');
  out.push(`Knowledge base version **${kb.version}**, as of **${kb.asOf}**. ${files.meta.disclaimer.en}`);
  out.push('');
  out.push('Verification tags:');
  for (const tag of ['V', 'V2', 'M'] as const) out.push(`- **${tag}**: ${files.meta.verificationTags[tag].en}`);
  out.push('');
  out.push(
    'A rule runs on a check date only once its gate event is known then (point-in-time evaluation). Findings resting on V2, M or disputed facts are marked uncertain.',
  );
  out.push('');
  out.push('## Parameters');
  out.push('');
  out.push('Overridable per register with a setting of the same key.');
  out.push('');
  out.push('| Key | Default (days) | Note |');
  out.push('|---|---|---|');
  for (const [key, p] of Object.entries(files.rules.params)) out.push(`| \`${key}\` | ${p.default} | ${cell(p.note.en)} |`);

  const cited = new Set<string>();
  for (const group of Object.keys(GROUP_TITLES) as RuleMeta['group'][]) {
    const rules = files.rules.rules.filter((r) => r.group === group);
    if (rules.length === 0) continue;
    out.push('');
    out.push(`## ${GROUP_TITLES[group]}`);
    out.push('');
    out.push('| ID | Severity | Trigger | Legal event | Runs | Sources | Verification |');
    out.push('|---|---|---|---|---|---|---|');
    for (const r of rules) {
      for (const s of r.sources) cited.add(s);
      out.push(
        `| ${r.id} | ${r.severity} | ${cell(r.trigger.en)} | ${cell(legalEvents(kb, r))} | ${cell(gate(kb, r))} | ${r.sources.join(', ') || '—'} | ${r.verification} (${cell(r.verificationDetail)}) |`,
      );
    }
    const notes = rules.filter((r) => r.approximation);
    if (notes.length > 0) {
      out.push('');
      out.push('Approximations:');
      out.push('');
      for (const r of notes) out.push(`- **${r.id}**: ${cell(r.approximation?.en ?? '')}`);
    }
  }
  out.push('');
  out.push('## Sources cited by rules');
  out.push('');
  for (const id of [...cited].sort()) out.push(`- **${id}**: ${cell(kb.sources.get(id)?.title ?? id)}`);
  out.push('');
  return out.join('\n');
}
