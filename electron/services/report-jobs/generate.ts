import fs from 'node:fs';
import { readRegister } from '../../../db/queries/register-export';
import type { ReportRequest } from '../../shared/schemas/reports';
import type { KnowledgeBase } from '../compliance';
import { checkRegister, knowledgeBaseFor } from '../compliance/register-check';
import { type ApiContext, danishToday } from '../context';
import { exportCsv } from '../reports/csv';
import { renderArticle30PdfInWorker } from '../reports/pdf/render-in-worker';
import type { Article30PdfOptions, ReportFinding } from '../reports/pdf/types';
import { registerContentHash } from '../reports/register-hash';
import { exportWorkbook } from '../reports/xlsx/export-workbook';

export const mimeTypes = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

/** "Fortegnelse-Jensens-Kurser-AS-2026-11-25.pdf": what the save dialog proposes. */
export function reportFileName(organisation: string | null, request: ReportRequest, day: string): string {
  const base =
    request.lang === 'da'
      ? request.record === 'processor'
        ? 'Fortegnelse-databehandler'
        : 'Fortegnelse'
      : request.record === 'processor'
        ? 'Processor-record'
        : 'Record-of-processing';
  const org = (organisation ?? '')
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return `${[base, org, day].filter(Boolean).join('-')}.${request.format}`;
}

export interface GeneratedReport {
  pages: number | null;
  registerHash: string;
}

export interface GenerateSettings {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The findings annex: the check as of the request's date, in the report's language. */
function findingsFor(ctx: ApiContext, request: ReportRequest, kb: KnowledgeBase): ReportFinding[] {
  const report = checkRegister(readRegister(ctx.database.db), request.asOf ?? danishToday(ctx), kb);
  return report.findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    entityName: f.entity.name,
    message: f.message[request.lang],
    status: f.status,
    ...(f.acknowledgement ? { justification: f.acknowledgement.justification } : {}),
  }));
}

/**
 * Writes one report to `file`. The PDF is printed straight from the register file, a batch of rows
 * at a time on a worker thread, so memory does not grow with the register;
 * the spreadsheets are built from the register document in place.
 */
export async function generateReport(
  ctx: ApiContext,
  request: ReportRequest,
  file: string,
  settings: GenerateSettings = {},
): Promise<GeneratedReport> {
  if (request.format !== 'pdf') {
    const register = readRegister(ctx.database.db);
    const options = { profile: request.profile, lang: request.lang };
    fs.writeFileSync(file, request.format === 'xlsx' ? await exportWorkbook(register, options) : exportCsv(register, options));
    return { pages: null, registerHash: registerContentHash(register) };
  }
  const kb = knowledgeBaseFor(ctx);
  const options: Article30PdfOptions = {
    record: request.record,
    lang: request.lang,
    generatedOn: danishToday(ctx),
    kb: { version: kb.version, asOf: kb.asOf },
    annexes: request.annexes,
    ...(request.annexes.findings ? { findings: findingsFor(ctx, request, kb) } : {}),
    ...(settings.onProgress ? { onProgress: settings.onProgress } : {}),
  };
  // The worker opens the register file itself, read-only, and reads it a batch at a time: the
  // register never crosses the thread boundary and this thread holds none of it. A second worker
  // hashes the register meanwhile.
  const { file: database, nativeBinding } = ctx.database;
  return renderArticle30PdfInWorker(
    { database, ...(nativeBinding ? { nativeBinding } : {}) },
    options,
    file,
    settings.signal ? { signal: settings.signal } : {},
  );
}
