/**
 * Reports over the register document: the Article 30 PDF (controller and processor record, Danish
 * and English), the ICO and Datatilsynet-style spreadsheets and CSV, and reading an ICO spreadsheet
 * back. See docs/reports.md.
 */
export { type CsvOptions, exportCsv } from './csv';
export { renderArticle30Pdf, renderArticle30PdfFromDatabase } from './pdf/render-article30';
export { renderArticle30PdfInWorker, type WorkerSettings } from './pdf/render-in-worker';
export type { Article30PdfOptions, Article30PdfResult, ReportFinding } from './pdf/types';
export type { RenderSource } from './pdf/worker-protocol';
export { canonicalJson, hashRegisterMembers, registerContentHash, registerHashFromDatabase } from './register-hash';
export type { ActivityImport, CatalogueRef, IcoImportResult, ImportError, PurposeImport } from './xlsx/activity-import';
export { type ApplyImportOptions, applyImportToRegister, type NewIdKind } from './xlsx/apply-import';
export { exportWorkbook, type WorkbookOptions } from './xlsx/export-workbook';
export { parseIcoWorkbook } from './xlsx/parse-ico-workbook';
export type { SheetProfile } from './xlsx/sheet-table';
