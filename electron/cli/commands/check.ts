import fs from 'node:fs';
import type { AcknowledgedFinding, FindingsReport } from '../../shared/schemas/findings';
import { type Severity, severities } from '../../shared/vocab';
import { type Cli, CliError, EXIT } from '../exit';
import { call, openRegister } from '../io';

interface CheckFlags {
  db?: string;
  'as-of'?: string;
  json?: boolean;
  'fail-on'?: string;
  lang?: string;
}

/** Exit code when open findings reach the --fail-on severity (distinct from 1, "the command failed"). */
export const EXIT_FINDINGS = 3;

function cell(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function table(report: FindingsReport, lang: 'da' | 'en'): string {
  const rows = report.findings.map((f: AcknowledgedFinding) =>
    [
      cell(f.severity + (f.uncertain ? '?' : ''), 9),
      cell(f.ruleId, 24),
      cell(`${f.entity.type}: ${f.entity.name}`, 44),
      cell(f.status === 'acknowledged' ? `acknowledged until ${f.acknowledgement?.until}` : 'open', 29),
      f.message[lang],
    ].join('  '),
  );
  const head = [cell('SEVERITY', 9), cell('RULE', 24), cell('ENTRY', 44), cell('STATUS', 29), 'MESSAGE'].join('  ');
  const counts = severities.map((s) => `${s} ${report.openCounts[s]}/${report.counts[s]}`).join(', ');
  return [
    `Register checked as of ${report.asOf} against knowledge base ${report.kb.version} (as of ${report.kb.asOf}).`,
    `Open/all findings: ${counts}. "?" marks a finding resting on unverified or disputed sources.`,
    '',
    head,
    ...rows,
  ].join('\n');
}

/** `ropa check`: evaluate the register as of a date; a table or the FindingsReport as JSON. */
export async function check(cli: Cli, flags: CheckFlags): Promise<number> {
  const failOn = flags['fail-on']?.toUpperCase();
  if (failOn !== undefined && !severities.includes(failOn as Severity)) {
    throw new CliError(`--fail-on takes one of ${severities.join(', ')}.`, EXIT.usage);
  }
  const lang = flags.lang ?? 'en';
  if (lang !== 'da' && lang !== 'en') throw new CliError('--lang takes da or en.', EXIT.usage);
  const ctx = openRegister(flags.db);
  try {
    const report = await call<FindingsReport>(ctx, 'compliance:check', flags['as-of'] ? { asOf: flags['as-of'] } : {});
    cli.out(flags.json ? JSON.stringify(report, null, 2) : table(report, lang));
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
export async function dpfImport(cli: Cli, file: string | undefined, flags: { db?: string; 'snapshot-date'?: string }): Promise<number> {
  if (!file) throw new CliError('Name the file: ropa dpf import FILE [--snapshot-date YYYY-MM-DD]', EXIT.usage);
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`Could not read ${file}: ${(e as Error).message}`);
  }
  const ctx = openRegister(flags.db);
  try {
    const input = { content, fileName: file, ...(flags['snapshot-date'] ? { snapshotDate: flags['snapshot-date'] } : {}) };
    const saved = await call<{ snapshotDate: string; entryCount: number }>(ctx, 'compliance:importDpf', input);
    cli.out(`Imported ${saved.entryCount} DPF List entries (snapshot of ${saved.snapshotDate}) into ${ctx.database.file}.`);
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}
