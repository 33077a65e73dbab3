import { transferMechanisms } from '../../shared/vocab';
import { type KnowledgeBaseFiles, PARAMETER } from './knowledge-base-schema';

/**
 * Cross-file consistency of the knowledge base: every id one file cites must exist in the
 * file that defines it, every regular expression must compile. Zod checks each file's shape;
 * this checks that the files agree, so a typo in an event id fails at load time, not as a
 * silently missing legal event in a finding.
 */
export function knowledgeBaseProblems(files: KnowledgeBaseFiles): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(files.sources.sources.map((s) => s.id));
  const eventIds = new Set(files.events.events.map((e) => e.id));
  const ruleIds = new Set(files.rules.rules.map((r) => r.id));

  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`Duplicate ${what} id ${id}`);
      seen.add(id);
    }
  };
  unique(
    'source',
    files.sources.sources.map((s) => s.id),
  );
  unique(
    'event',
    files.events.events.map((e) => e.id),
  );
  unique(
    'rule',
    files.rules.rules.map((r) => r.id),
  );
  unique(
    'mechanism',
    files.mechanisms.mechanisms.map((m) => m.id),
  );
  unique(
    'adequacy decision',
    files.adequacy.decisions.map((d) => d.country),
  );

  const sources = (where: string, ids: string[]) => {
    for (const id of ids) if (!sourceIds.has(id)) problems.push(`${where} cites unknown source ${id}`);
  };
  const event = (where: string, id: string | undefined) => {
    if (id !== undefined && !eventIds.has(id)) problems.push(`${where} cites unknown event ${id}`);
  };

  for (const e of files.events.events) {
    sources(`Event ${e.id}`, e.sources);
    if (e.knownFrom && e.knownFrom > e.date) problems.push(`Event ${e.id} is known after it happens`);
  }
  for (const m of files.mechanisms.mechanisms) {
    sources(`Mechanism ${m.id}`, m.sources ?? []);
    for (const l of m.lifeEvents) {
      sources(`Mechanism ${m.id} ${l.type}`, l.sources);
      event(`Mechanism ${m.id} ${l.type}`, l.eventId);
    }
  }
  for (const m of files.mechanisms.mechanisms) {
    for (const id of Object.values(m.invalidRules ?? {})) if (!ruleIds.has(id)) problems.push(`Mechanism ${m.id} names unknown rule ${id}`);
  }
  const defined = new Set(files.mechanisms.mechanisms.map((m) => m.id));
  for (const id of transferMechanisms) if (!defined.has(id)) problems.push(`Mechanism ${id} of the vocabulary is missing`);

  for (const d of files.adequacy.decisions) {
    sources(`Adequacy ${d.country}`, [...d.sources, ...d.scope.sources]);
    event(`Adequacy ${d.country}`, d.eventId);
    for (const v of d.validity) {
      sources(`Adequacy ${d.country} validity`, v.sources);
      event(`Adequacy ${d.country} validity`, v.eventId);
    }
  }
  for (const x of files.adequacy.notAdequate) sources(`Not adequate ${x.country}`, x.sources);
  for (const x of [...files.countries.exceptions, ...files.countries.bridges]) {
    sources(`Country ${x.country}`, x.sources);
    event(`Country ${x.country}`, x.eventId);
  }
  for (const x of files.countries.realm) sources(`Realm ${x.country}`, x.sources);
  for (const part of ['art6', 'art9', 'art10', 'cpr', 'art28'] as const) sources(`Legal bases ${part}`, files.legalBases[part].sources);
  for (const [id, r] of Object.entries(files.retention.rules)) {
    sources(`Retention ${id}`, r.sources);
    if (!ruleIds.has(id)) problems.push(`Retention rule ${id} is not in rules.json`);
  }
  for (const p of files.retention.periods) sources(`Retention period ${p.id}`, p.sources);

  for (const r of files.rules.rules) {
    sources(`Rule ${r.id}`, r.sources);
    for (const id of r.legalEventIds) event(`Rule ${r.id}`, id);
    event(`Rule ${r.id} gate`, r.gate?.eventId);
    for (const v of [...r.message, ...r.fix]) event(`Rule ${r.id} variant`, v.ifKnown);
    if (r.message.at(-1)?.when !== undefined || r.fix.at(-1)?.when !== undefined) {
      problems.push(`Rule ${r.id}: the last message and fix variant must apply unconditionally`);
    }
    if (r.message.at(-1)?.ifKnown !== undefined || r.fix.at(-1)?.ifKnown !== undefined) {
      problems.push(`Rule ${r.id}: the last message and fix variant must not depend on a known event`);
    }
    if (r.verification !== 'V' && !r.uncertaintyNote && !r.approximation) {
      problems.push(`Rule ${r.id} is ${r.verification} but has no uncertaintyNote`);
    }
  }

  const regex = (where: string, source: string, flags: string) => {
    try {
      new RegExp(source, flags);
    } catch (e) {
      problems.push(`${where}: invalid regular expression /${source}/ (${(e as Error).message})`);
    }
  };
  const flags = files.patterns.flags;
  for (const p of files.patterns.references) {
    if (!ruleIds.has(p.ruleId)) problems.push(`Pattern for unknown rule ${p.ruleId}`);
    for (const k of p.keywords) if (k !== k.toLowerCase()) problems.push(`Pattern ${p.ruleId}: keyword "${k}" must be lower case`);
    for (const s of [
      ...p.patterns,
      ...(p.requiresNearby?.patterns ?? []),
      ...(p.suppressIfPrecededBy?.patterns ?? []),
      ...(p.suppressIfFollowedBy?.patterns ?? []),
      ...(p.suppressIfNearby?.patterns ?? []),
      ...(p.requiresContext?.patterns ?? []),
    ]) {
      regex(`Pattern ${p.ruleId}`, s, flags);
    }
  }
  problems.push(...hypotheticalProblems(files, eventIds, ruleIds, sources));
  const retention = files.retention;
  for (const s of [...retention.rules['RET-CCTV-LONG'].exceptionPatterns, ...retention.rules['RET-INDEFINITE'].indefinitePatterns]) {
    regex('Retention pattern', s, flags);
  }
  for (const u of retention.durationUnits) regex('Duration unit', u.pattern, flags);
  return problems;
}

/** What-if events: every anticipated event exists, every effect names a known mechanism or country (or the parameter). */
function hypotheticalProblems(
  files: KnowledgeBaseFiles,
  eventIds: Set<string>,
  ruleIds: Set<string>,
  sources: (where: string, ids: string[]) => void,
): string[] {
  const problems: string[] = [];
  const mechanisms = new Set<string>(transferMechanisms);
  const countries = new Set(files.adequacy.decisions.map((d) => d.country));
  for (const id of ['TR-INVALID-ACTIVE', 'TR-INVALID-GAP'])
    if (!ruleIds.has(id)) problems.push(`Rule ${id} is missing (what-if scenarios need it)`);
  const seen = new Set<string>();
  for (const h of files.hypotheticals.events) {
    if (seen.has(h.id)) problems.push(`Duplicate hypothetical event id ${h.id}`);
    seen.add(h.id);
    const anticipations = [h, ...(h.parameter?.choices ?? [])];
    for (const a of anticipations) {
      sources(`Hypothetical ${h.id}`, a.sources);
      for (const id of a.anticipates) if (!eventIds.has(id)) problems.push(`Hypothetical ${h.id} anticipates unknown event ${id}`);
    }
    for (const c of h.parameter?.choices ?? []) {
      const known = h.parameter?.name === 'mechanism' ? mechanisms.has(c.value) : countries.has(c.value);
      if (!known) problems.push(`Hypothetical ${h.id}: unknown ${h.parameter?.name} ${c.value}`);
    }
    for (const e of h.effects) {
      const value = e.type === 'mechanism-invalid' ? e.mechanism : e.country;
      if (value === PARAMETER) {
        const wanted = e.type === 'mechanism-invalid' ? 'mechanism' : 'country';
        if (h.parameter?.name !== wanted) problems.push(`Hypothetical ${h.id}: an effect uses the parameter, which must be a ${wanted}`);
      } else if (e.type === 'mechanism-invalid' ? !mechanisms.has(value) : !countries.has(value)) {
        problems.push(`Hypothetical ${h.id}: effect names unknown ${e.type === 'mechanism-invalid' ? 'mechanism' : 'country'} ${value}`);
      }
    }
  }
  return problems;
}
