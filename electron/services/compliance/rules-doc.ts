import { countryName } from '../../shared/i18n/countries';
import type { KnowledgeBase } from './knowledge-base';
import { type Hypothetical, PARAMETER, type RuleMeta } from './knowledge-base-schema';

const GROUP_TITLES: Record<RuleMeta['group'], string> = {
  transfer: 'Transfer rules (GDPR Chapter V)',
  reference: 'Outdated references in free text',
  'legal-basis': 'Legal basis and data categories',
  evidence: 'Evidence the record points to',
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
  out.push(...hypotheticalsSection(kb, cited));
  out.push('');
  out.push('## Sources cited by rules and scenarios');
  out.push('');
  for (const id of [...cited].sort()) out.push(`- **${id}**: ${cell(kb.sources.get(id)?.title ?? id)}`);
  out.push('');
  return out.join('\n');
}

function effectText(_kb: KnowledgeBase, e: Hypothetical['effects'][number], parameter: string): string {
  const name = (v: string) => (v === PARAMETER ? `the chosen ${parameter}` : v);
  if (e.type === 'mechanism-invalid')
    return `${name(e.mechanism)} is not a valid basis from the assumed date (TR-INVALID-*, or the mechanism's own rules)`;
  const country = e.country === PARAMETER ? `the chosen country's` : `the ${countryName(e.country, 'en')}`;
  return `${country} adequacy decision is ${e.withdrawn ? 'withdrawn' : 'not renewed'}: valid until the day before the assumed date (TR-ADQ-EXPIRED)`;
}

/** What-if scenarios: each hypothetical event with the real events it anticipates, its effects, sources and tag. */
function hypotheticalsSection(kb: KnowledgeBase, cited: Set<string>): string[] {
  const out: string[] = ['', '## What-if scenarios (hypothetical events)', ''];
  out.push(
    'Assumed with `ropa check --assume ID[:PARAMETER][@DATE]` or on the Findings page. The engine writes the effect into a copy of the knowledge base from the assumed date and runs the same rules; every finding that rests on the assumption is marked uncertain. Verification and sources are those of the real events the scenario anticipates.',
  );
  out.push('');
  out.push('| ID | Scenario | Anticipates | Effect | Sources | Verification |');
  out.push('|---|---|---|---|---|---|');
  for (const h of kb.files.hypotheticals.events) {
    const parameter = h.parameter?.name ?? '';
    const choices = h.parameter?.choices
      ? ` (${parameter}: ${h.parameter.choices.map((c) => `${c.value}${c.anticipates.length ? ` → ${c.anticipates.join(', ')}` : ''}`).join('; ')})`
      : h.parameter
        ? ` (${parameter}: any country with an adequacy decision)`
        : '';
    const anticipates = h.anticipates.map((id) => `${id} (${kb.events.get(id)?.date ?? '?'})`).join('; ') || '—';
    const sources = [...h.sources, ...(h.parameter?.choices ?? []).flatMap((c) => c.sources)];
    for (const id of sources) cited.add(id);
    const tags = [h.verification, ...(h.parameter?.choices ?? []).map((c) => `${c.value} ${c.verification}`)].join('; ');
    out.push(
      `| ${h.id} | ${cell(h.label.en)}${cell(choices)} | ${cell(anticipates)} | ${cell(h.effects.map((e) => effectText(kb, e, parameter)).join('; '))} | ${[...new Set(sources)].join(', ') || '—'} | ${cell(tags)} |`,
    );
  }
  return out;
}
