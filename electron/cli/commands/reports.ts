import fs from 'node:fs';
import { toErrorData } from '../../services/dispatch';
import { generateReport } from '../../services/report-jobs/generate';
import { reportRequestSchema } from '../../shared/schemas/reports';
import { type Cli, CliError, EXIT } from '../exit';
import { call, describe, openRegister } from '../io';

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
export async function exportReport(cli: Cli, format: string, flags: ExportFlags): Promise<number> {
  if (!flags.out) throw new CliError(`Name the output file: ropa export ${format} --out PATH`, EXIT.usage);
  const parsed = reportRequestSchema.safeParse({
    format,
    ...(flags.lang ? { lang: flags.lang } : {}),
    ...(flags.record ? { record: flags.record } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags['as-of'] ? { asOf: flags['as-of'] } : {}),
    annexes: { processors: true, transfers: true, findings: flags.findings === true },
  });
  if (!parsed.success) {
    throw new CliError(parsed.error.issues.map((i) => `--${String(i.path[0] ?? 'format')}: ${i.message}`).join('\n'), EXIT.usage);
  }
  const ctx = openRegister(flags.db);
  try {
    // Straight to --out, on this thread: no copy of the report anywhere else (not even a temp file).
    const done = await generateReport(ctx, parsed.data, flags.out, { inProcess: true }).catch((e: unknown) => {
      fs.rmSync(flags.out as string, { force: true });
      throw new CliError(describe(toErrorData(e)));
    });
    const pages = done.pages === null ? '' : `, ${done.pages} pages`;
    cli.out(`Wrote ${flags.out} (${format.toUpperCase()}${pages}; register version ${done.registerHash.slice(0, 12)}).`);
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}

/** `ropa import xlsx FILE`: activities from a workbook in the ICO layout, validated as a whole. */
export async function importXlsx(cli: Cli, file: string | undefined, flags: { db?: string }): Promise<number> {
  if (!file) throw new CliError('Name the workbook: ropa import xlsx FILE', EXIT.usage);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new CliError(`Could not read ${file}: ${(e as Error).message}`);
  }
  const ctx = openRegister(flags.db);
  try {
    const result = await call<{ counts: Record<string, number> }>(ctx, 'reports:importXlsx', {
      fileName: file,
      base64: bytes.toString('base64'),
    });
    const added = Object.entries(result.counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ');
    cli.out(`Imported ${file} into ${ctx.database.file}: ${added || 'nothing new'}.`);
    return EXIT.ok;
  } finally {
    ctx.close();
  }
}
