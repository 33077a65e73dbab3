import fs from 'node:fs';
import { readRegister } from '../../../db/queries/register-export';
import type { ReportRequest } from '../../shared/schemas/reports';
import { checkRegister, knowledgeBaseFor } from '../compliance/register-check';
import { type ApiContext, danishToday } from '../context';
import { exportCsv } from '../reports/csv';
import { renderArticle30PdfInWorker } from '../reports/pdf/render-in-worker';
import type { ReportFinding } from '../reports/pdf/types';
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

/** Writes one report to `file`: PDF on a worker thread (progress reported), spreadsheets in place. */
export async function generateReport(
  ctx: ApiContext,
  request: ReportRequest,
  file: string,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<GeneratedReport> {
  const register = readRegister(ctx.database.db);
  const today = danishToday(ctx);
  if (request.format === 'xlsx') {
    fs.writeFileSync(file, await exportWorkbook(register, { profile: request.profile, lang: request.lang }));
    return { pages: null, registerHash: registerContentHash(register) };
  }
  if (request.format === 'csv') {
    fs.writeFileSync(file, exportCsv(register, { profile: request.profile, lang: request.lang }));
    return { pages: null, registerHash: registerContentHash(register) };
  }
  const kb = knowledgeBaseFor(ctx);
  let findings: ReportFinding[] | undefined;
  if (request.annexes.findings) {
    const report = checkRegister(register, request.asOf ?? today, kb);
    findings = report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      entityName: f.entity.name,
      message: f.message[request.lang],
      status: f.status,
      ...(f.acknowledgement ? { justification: f.acknowledgement.justification } : {}),
    }));
  }
  // UTF-8 bytes in their own buffer are moved to the worker, not copied: the 10,000-activity
  // register is then not held twice while the PDF is laid out.
  const result = await renderArticle30PdfInWorker(
    new TextEncoder().encode(JSON.stringify(register)),
    {
      record: request.record,
      lang: request.lang,
      generatedOn: today,
      kb: { version: kb.version, asOf: kb.asOf },
      annexes: request.annexes,
      ...(findings ? { findings } : {}),
      onProgress,
    },
    file,
    signal ? { signal } : {},
  );
  return { pages: result.pages, registerHash: result.registerHash };
}
