import { z } from 'zod';
import type { AppErrorData } from '../errors';
import { checkParams } from '../i18n/zod-messages';
import { languages } from '../vocab';
import { entityId, isoDate } from './primitives';

export const reportFormats = ['pdf', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** What the DPO asks for on the reports page or with `ropa export`. */
export const reportRequestSchema = z
  .object({
    format: z.enum(reportFormats),
    record: z.enum(['controller', 'processor']).default('controller'),
    lang: z.enum(languages).default('da'),
    /** Column layout of the spreadsheet formats. */
    profile: z.enum(['ico', 'datatilsynet']).default('datatilsynet'),
    annexes: z
      .object({ processors: z.boolean().default(true), transfers: z.boolean().default(true), findings: z.boolean().default(false) })
      .default({ processors: true, transfers: true, findings: false }),
    /** Check date for the findings annex (default: today). */
    asOf: isoDate.optional(),
  })
  .refine((r) => r.format === 'pdf' || r.record === 'controller', {
    path: ['record'],
    params: checkParams('validation.spreadsheetControllerOnly'),
  });
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const reportJobSchema = z.object({
  jobId: entityId,
  /** `queued`: waiting until one of the two reports that may run at once has finished. */
  state: z.enum(['queued', 'running', 'done', 'failed']),
  done: z.number(),
  total: z.number(),
  fileName: z.string(),
  mimeType: z.string(),
  bytes: z.number().int().nullable(),
  pages: z.number().int().nullable(),
  registerHash: z.string().nullable(),
  error: z.custom<AppErrorData>().nullable(),
});
export type ReportJob = z.infer<typeof reportJobSchema>;

export const xlsxImportInput = z.object({
  fileName: z.string().min(1).max(500),
  /** The workbook, base64. */
  base64: z
    .string()
    .max(150_000_000)
    .refine((s) => s.length > 0, { params: checkParams('validation.fileEmpty') }),
});

/** A CSV file in the ICO or the Datatilsynet-style layout (the layout is told from its headings). */
export const csvImportInput = z.object({
  fileName: z.string().min(1).max(500),
  content: z
    .string()
    .max(150_000_000)
    .refine((s) => s.length > 0, { params: checkParams('validation.fileEmpty') }),
});
