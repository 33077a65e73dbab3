import { parseAssumption } from '../../services/compliance/assume';
import { danishToday } from '../../services/context';
import { vocabLabel } from '../../shared/i18n/vocab-labels';
import type { AcknowledgedFinding, AssumedEvent, FindingsReport } from '../../shared/schemas/findings';
import type { WhatIfReport } from '../../shared/schemas/what-if';
import { type Language, type Severity, severities } from '../../shared/vocab';
import { type CliIo, EXIT, fail, say } from '../exit';
import { call, openRegister, readTextFile } from '../io';

interface CheckFlags {
  db?: string;
  'as-of'?: string;
  json?: boolean;
  'fail-on'?: string;
  lang?: string;
  /** What-if events, each EVENT[:PARAMETER][@DATE]. */
  assume?: string[];
}

/** Exit code when open findings reach the --fail-on severity (distinct from 1, "the command failed"). */
export const EXIT_FINDINGS = 3;

function cell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function table(io: CliIo, report: FindingsReport, lang: Language): string {
  const rows = report.findings.map((f: AcknowledgedFinding) =>
    [
      cell(f.severity + (f.uncertain ? '?' : ''), 9),
      cell(f.ruleId, 24),
      cell(`${say(io, `entity.${f.entity.type}`)}: ${f.entity.name}`, 44),
      cell(
        f.status === 'acknowledged'
          ? say(io, 'cli.check.acknowledgedUntil', { until: f.acknowledgement?.until ?? '' })
          : say(io, 'cli.check.open'),
        29,
      ),
      f.message[lang],
    ].join('  '),
  );
  const columns = ['severity', 'rule', 'entry', 'status'] as const;
  const widths = [9, 24, 44, 29];
  const head = [...columns.map((c, i) => cell(say(io, `cli.check.${c}`), widths[i]!)), say(io, 'cli.check.message')].join('  ');
  const counts = severities.map((s) => `${vocabLabel(io.t, 'severity', s)} ${report.openCounts[s]}/${report.counts[s]}`).join(', ');
  const origin = report.kb.origin === 'imported' ? say(io, 'cli.check.importedUpdate') : '';
  return [
    say(io, 'cli.check.header', { asOf: report.asOf, kb: report.kb.version, kbAsOf: report.kb.asOf, origin }),
    ...(report.assumptions ?? []).map((a) => assumptionLine(a, lang)),
    say(io, 'cli.check.counts', { counts }),
    '',
    head,
    ...rows,
  ].join('\n');
}

function assumptionLine(a: AssumedEvent, lang: 'da' | 'en'): string {
  const anticipates = a.anticipates.map((e) => `${e.id} of ${e.date} [${e.verification}]`).join('; ');
  return `ASSUMING (hypothetical, has not happened): ${a.label[lang]} on ${a.date}${anticipates ? ` — anticipates ${anticipates}` : ''}.`;
}

const FALLBACK_WORDS = { ready: 'fallback ready', incomplete: 'fallback incomplete', none: 'no fallback' } as const;

/** The contingency part of a what-if check: counts beside each other and each transfer that loses its basis. */
function contingencyText(w: WhatIfReport, lang: 'da' | 'en'): string {
  const counts = (c: Record<string, number>) => severities.map((s) => `${s} ${c[s]}`).join(', ');
  const lines = [
    '',
    `Today (${w.today.asOf}): ${counts(w.today.counts)}.`,
    `On ${w.withoutEvent.asOf} as the law stands: ${counts(w.withoutEvent.counts)}.`,
    `On ${w.withEvent.asOf} if it happens: ${counts(w.withEvent.counts)} (${w.appearing.length} findings appear, ${w.disappearing.length} disappear).`,
    '',
    w.transfers.length ? `Transfers that lose their basis (${w.transfers.length}):` : 'No transfer loses its basis.',
  ];
  for (const t of w.transfers) {
    lines.push(`  ${t.name} [${t.country ?? '?'}; ${t.mechanismLabel[lang]}]: ${FALLBACK_WORDS[t.fallback.status]}`);
    for (const n of t.fallback.notes) lines.push(`      - ${n[lang]}`);
  }
  return lines.join('\n');
}

/** `ropa check`: evaluate the register as of a date; a table or the FindingsReport as JSON. */
export async function check(cli: CliIo, flags: CheckFlags): Promise<number> {
  const failOn = flags['fail-on']?.toUpperCase();
  if (failOn !== undefined && !severities.includes(failOn as Severity)) {
    throw fail('cli.failOnValues', { values: severities.join(', ') }, EXIT.usage);
  }
  const lang: Language = flags.lang === 'da' ? 'da' : 'en';
  const ctx = openRegister(flags.db);
  try {
    const asOf = flags['as-of'];
    // Without its own @DATE, an assumed event happens on the check date (or today).
    const assume = (flags.assume ?? []).map((text) => parseAssumption(text, asOf ?? danishToday(ctx)));
    const input = { ...(asOf ? { asOf } : {}), ...(assume.length ? { assume } : {}) };
    const report = await call<FindingsReport>(ctx, 'compliance:check', input);
    const contingency = assume.length ? await call<WhatIfReport>(ctx, 'compliance:whatIf', { assume, asOf: report.asOf }) : null;
    if (flags.json) {
      const extra = contingency && {
        contingency: {
          today: contingency.today,
          withoutEvent: contingency.withoutEvent,
          appearing: contingency.appearing.map((f) => f.id),
          disappearing: contingency.disappearing.map((f) => f.id),
          transfers: contingency.transfers,
        },
      };
      cli.out(JSON.stringify({ ...report, ...extra }, null, 2));
    } else cli.out(table(cli, report, lang) + (contingency ? contingencyText(contingency, lang) : ''));
    if (failOn) {
      const threshold = severities.indexOf(failOn as Severity);
      const hit = report.findings.some((f) => f.status === 'open' && severities.indexOf(f.severity) <= threshold);
      if (hit) return EXIT_FINDINGS;
    }
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}

/** `ropa dpf import FILE`: store a saved copy of the DPF List as the newest snapshot. */
export async function dpfImport(cli: CliIo, file: string | undefined, flags: { db?: string; 'snapshot-date'?: string }): Promise<number> {
  if (!file) throw fail('cli.nameFile', { usage: 'ropa dpf import FILE [--snapshot-date YYYY-MM-DD]' }, EXIT.usage);
  const content = readTextFile(file);
  const ctx = openRegister(flags.db);
  try {
    const input = { content, fileName: file, ...(flags['snapshot-date'] ? { snapshotDate: flags['snapshot-date'] } : {}) };
    const saved = await call<{ snapshotDate: string; entryCount: number }>(ctx, 'compliance:importDpf', input);
    cli.out(say(cli, 'cli.dpfImported', { count: saved.entryCount, date: saved.snapshotDate, file: ctx.database.file }));
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}
