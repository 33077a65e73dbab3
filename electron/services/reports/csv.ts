import type { Register } from '../../shared/schemas/register';
import type { Language } from '../../shared/vocab';
import { type SheetProfile, sheetTable } from './xlsx/sheet-table';

export interface CsvOptions {
  profile: SheetProfile;
  lang: Language;
  /**
   * Field separator. RFC 4180 says comma (the default); Excel with Danish regional settings expects
   * a semicolon when a file is opened by double-click.
   */
  delimiter?: ',' | ';';
}

/** RFC 4180 field: quoted when it holds the delimiter, a quote or a line break; quotes doubled. */
function field(text: string, delimiter: string): string {
  if (text.includes('"') || text.includes(delimiter) || text.includes('\n') || text.includes('\r')) {
    return `"${text.replace(/"/g, '""')}"`;
  }
  return text;
}

/**
 * The register as CSV with the same columns as the workbook of the same profile: a header line, then
 * one record per row, CRLF line ends, and a UTF-8 byte-order mark so Excel reads æ, ø and å right.
 */
export function exportCsv(register: Register, options: CsvOptions): string {
  const delimiter = options.delimiter ?? ',';
  const table = sheetTable(register, options.profile, options.lang);
  const records = [table.headings, ...table.rows].map((cells) => cells.map((c) => field(c, delimiter)).join(delimiter));
  return `\uFEFF${records.join('\r\n')}\r\n`;
}
