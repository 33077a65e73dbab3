import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../../shared/errors';
import { type Message, message } from '../../shared/i18n/message';

/** One CSV record with the 1-based line it starts on (for messages that name the place). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Reads CSV text with csv-parse (RFC 4180: fields in double quotes may hold commas, "" and line
 * breaks; LF or CRLF; a byte-order mark is dropped; blank lines are skipped). `delimiter` is ','
 * unless the caller knows better (a Danish Excel writes ';'). A malformed file is refused with
 * the line, in the user's language; `fileName` says which file. `limit` stops after that many records.
 */
export function readCsv(content: string, fileName: string, delimiter = ',', limit?: number): CsvRow[] {
  let records: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    // With `info`, each record comes with where it was read; the typings know only the plain form.
    records = parse(content, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      delimiter,
      ...(limit ? { to: limit } : {}),
    }) as unknown as typeof records;
  } catch (e) {
    throw csvError(e, fileName);
  }
  // info.lines is where a record ends; it starts after the previous one and any blank lines between.
  let previousEnd = 0;
  let previousEmpty = 0;
  return records.map(({ record, info }) => {
    const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    return { line, cells: record };
  });
}

function csvError(e: unknown, fileName: string): AppError {
  let what: Message;
  if (e instanceof CsvError && e.code === 'CSV_QUOTE_NOT_CLOSED')
    what = message('csv.unclosedQuote', { file: fileName, line: Number(e.lines) });
  else if (e instanceof CsvError) what = message('csv.unreadable', { file: fileName, line: Number(e.lines), detail: e.message });
  else what = message('csv.unreadable', { file: fileName, line: 0, detail: String(e) });
  return new AppError('VALIDATION', what);
}
