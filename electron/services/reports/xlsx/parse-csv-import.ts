import { AppError } from '../../../shared/errors';
import { message } from '../../../shared/i18n/message';
import type { Register } from '../../../shared/schemas/register';
import { readCsv } from '../../exchange/read-csv';
import { type IcoImportResult, importProblem } from './activity-import';
import { datatilsynetLanguage, parseDatatilsynetTable } from './parse-datatilsynet-table';
import { isIcoTable, parseIcoTable } from './parse-ico-workbook';
import type { ReadTable } from './read-table';

/** Whether a heading line is one of the layouts the app reads. */
function knownLayout(headings: string[]): boolean {
  return isIcoTable(headings) || datatilsynetLanguage(headings) !== null;
}

/**
 * The separator of a CSV file: comma (RFC 4180) or semicolon (what Excel with Danish settings writes).
 * Headings may hold commas themselves, so the one that reads the heading line as a known layout wins.
 */
function delimiterOf(content: string, fileName: string): ',' | ';' {
  for (const d of [',', ';'] as const) {
    try {
      const heading = readCsv(content, fileName, d, 1)[0];
      if (heading && knownLayout(heading.cells.map((c) => c.trim()))) return d;
    } catch {
      // Not readable with this separator; try the other.
    }
  }
  return ',';
}

/**
 * Activities from a CSV file in either spreadsheet layout the app exports — the ICO template's
 * columns or the Datatilsynet-style record, in Danish or English — read with a real CSV parser
 * (csv-parse): quoted fields with line breaks, "" for a quote, a byte-order mark, comma or semicolon.
 * The layout is told from the heading line; every row is checked before anything is returned.
 */
export function parseCsvImport(content: string, fileName: string, register: Register): IcoImportResult {
  let rows: ReturnType<typeof readCsv>;
  try {
    rows = readCsv(content, fileName, delimiterOf(content, fileName));
  } catch (e) {
    if (e instanceof AppError) return { ok: false, errors: [importProblem(fileName, 0, '', { key: e.key, params: e.params })] };
    throw e;
  }
  const [heading, ...data] = rows;
  if (!heading) return { ok: false, errors: [importProblem(fileName, 0, '', message('xlsx.empty'))] };
  const table: ReadTable = {
    source: fileName,
    headingRow: heading.line,
    headings: heading.cells.map((c) => c.trim()),
    rows: data.map((r) => ({ row: r.line, cells: r.cells })),
  };
  if (isIcoTable(table.headings)) return parseIcoTable(table, register);
  const lang = datatilsynetLanguage(table.headings);
  if (lang) return parseDatatilsynetTable(table, register, lang);
  return { ok: false, errors: [importProblem(fileName, heading.line, '', message('xlsx.unknownLayout'))] };
}
