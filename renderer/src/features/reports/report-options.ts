import type { InputOf } from '../../../../electron/shared/contract';
import type { ReportFormat } from '../../../../electron/shared/schemas/reports';
import type { Language } from '../../../../electron/shared/vocab';

export type ReportRecord = 'controller' | 'processor';
export type SheetProfile = 'ico' | 'datatilsynet';
export type AnnexKey = 'processors' | 'transfers' | 'findings';
export type ReportRequestInput = InputOf<'reports', 'start'>;

export const annexKeys: readonly AnnexKey[] = ['processors', 'transfers', 'findings'];

/** What the DPO has chosen on the reports page (some choices apply to one format only). */
export interface ReportOptions {
  record: ReportRecord;
  lang: Language;
  format: ReportFormat;
  profile: SheetProfile;
  annexes: Record<AnnexKey, boolean>;
  /** Check date of the findings annex; null is today. */
  asOf: string | null;
}

/** The annexes main prints by default: processors and transfers for the controller record, none for the processor record. */
function defaultAnnexes(record: ReportRecord, findings: boolean): Record<AnnexKey, boolean> {
  const controller = record === 'controller';
  return { processors: controller, transfers: controller, findings };
}

export function defaultOptions(lang: Language): ReportOptions {
  return { record: 'controller', lang, format: 'pdf', profile: 'datatilsynet', annexes: defaultAnnexes('controller', false), asOf: null };
}

/** Another record: the annexes go back to that record's defaults (the findings choice is kept). */
export function withRecord(options: ReportOptions, record: ReportRecord): ReportOptions {
  return { ...options, record, annexes: defaultAnnexes(record, options.annexes.findings) };
}

export const isSpreadsheet = (format: ReportFormat) => format !== 'pdf';

/**
 * The record actually produced: the spreadsheets hold the controller record (Art 30(1)) only, so
 * for them the choice is fixed whatever was picked for the PDF.
 */
export function effectiveRecord(options: ReportOptions): ReportRecord {
  return isSpreadsheet(options.format) ? 'controller' : options.record;
}

/** The request for reports.start: only what the chosen format uses. */
export function toRequest(options: ReportOptions): ReportRequestInput {
  const base = { format: options.format, record: effectiveRecord(options), lang: options.lang };
  if (isSpreadsheet(options.format)) return { ...base, profile: options.profile };
  return {
    ...base,
    annexes: { ...options.annexes },
    ...(options.annexes.findings && options.asOf ? { asOf: options.asOf } : {}),
  };
}
