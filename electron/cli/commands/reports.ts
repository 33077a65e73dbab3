import fs from 'node:fs';
import { toErrorData } from '../../services/dispatch';
import { generateReport } from '../../services/report-jobs/generate';
import { issueMessage } from '../../shared/i18n/zod-messages';
import { reportRequestSchema } from '../../shared/schemas/reports';
import { CliError, type CliIo, EXIT, fail, say } from '../exit';
import { call, countSummary, openRegister, readTextFile } from '../io';

interface ExportFlags {
  db?: string;
  out?: string;
  lang?: string;
  record?: string;
  profile?: string;
  'as-of'?: string;
  findings?: boolean;
}

/** `ropa export pdf|xlsx|csv --out PATH`: the same reports as the app's reports page. */
export async function exportReport(cli: CliIo, format: string, flags: ExportFlags): Promise<number> {
  if (!flags.out) throw fail('cli.nameFile', { usage: `ropa export ${format} --out PATH` }, EXIT.usage);
  const parsed = reportRequestSchema.safeParse({
    format,
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...(flags.record ? { record: flags.record } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags['as-of'] ? { asOf: flags['as-of'] } : {}),
    annexes: { processors: true, transfers: true, findings: flags.findings === true },
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw fail('cli.badOption', { option: `--${String(issue.path[0] ?? 'format')}`, problem: issueMessage(issue) }, EXIT.usage);
  }
  const ctx = openRegister(flags.db);
  try {
    // Straight to --out: no copy of the report anywhere else (not even a temp file).
    const done = await generateReport(ctx, parsed.data, flags.out).catch((e: unknown) => {
      fs.rmSync(flags.out as string, { force: true });
      throw new CliError(toErrorData(e));
    });
    const pages = done.pages === null ? '' : say(cli, 'cli.pages', { count: done.pages });
    cli.out(say(cli, 'cli.wrote', { out: flags.out, format: format.toUpperCase(), pages, hash: done.registerHash.slice(0, 12) }));
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}

/** `ropa import xlsx FILE`: activities from a workbook in the ICO layout, validated as a whole. */
export async function importXlsx(cli: CliIo, file: string | undefined, flags: { db?: string }): Promise<number> {
  if (!file) throw fail('cli.nameFile', { usage: 'ropa import xlsx FILE' }, EXIT.usage);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw fail('cli.cannotRead', { file, detail: (e as Error).message });
  }
  const ctx = openRegister(flags.db);
  try {
    const result = await call<{ counts: Record<string, number> }>(ctx, 'reports:importXlsx', {
      fileName: file,
      base64: bytes.toString('base64'),
    });
    cli.out(say(cli, 'cli.imported', { file, into: ctx.database.file, summary: countSummary(cli, result.counts) }));
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}

/** `ropa import csv FILE`: activities from a CSV file in the ICO or the Datatilsynet layout, validated as a whole. */
export async function importCsv(cli: CliIo, file: string | undefined, flags: { db?: string }): Promise<number> {
  if (!file) throw fail('cli.nameFile', { usage: 'ropa import csv FILE' }, EXIT.usage);
  const content = readTextFile(file);
  const ctx = openRegister(flags.db);
  try {
    const result = await call<{ counts: Record<string, number> }>(ctx, 'reports:importCsv', { fileName: file, content });
    cli.out(say(cli, 'cli.imported', { file, into: ctx.database.file, summary: countSummary(cli, result.counts) }));
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}
