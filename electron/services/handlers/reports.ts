import { newId } from '../../../db/queries/ids';
import { readRegister } from '../../../db/queries/register-export';
import { registerCounts, writeRegister } from '../../../db/queries/register-import';
import { AppError } from '../../shared/errors';
import { message } from '../../shared/i18n/message';
import type { ApiContext } from '../context';
import type { HandlerTable } from '../dispatch';
import { reportStatus, startReport } from '../report-jobs/jobs';
import type { IcoImportResult } from '../reports/xlsx/activity-import';
import { applyImportToRegister } from '../reports/xlsx/apply-import';
import { parseCsvImport } from '../reports/xlsx/parse-csv-import';
import { parseIcoWorkbook } from '../reports/xlsx/parse-ico-workbook';

/**
 * Writes the activities a spreadsheet holds: every row was validated before this, and the register
 * with them replaces the old one in one transaction (so a bad file changes nothing). Returns what was added.
 */
function applySpreadsheet(ctx: ApiContext, register: ReturnType<typeof readRegister>, parsed: IcoImportResult) {
  if (!parsed.ok) {
    const details = parsed.errors.map(({ sheet, row, column, ...problem }) => ({ path: `${sheet}!${column}${row}`, ...problem }));
    throw new AppError('VALIDATION', message('problem.workbookInvalid', { count: parsed.errors.length }), details);
  }
  const now = ctx.now().toISOString();
  const next = applyImportToRegister(register, parsed.activities, { newId: () => newId(), now });
  writeRegister(ctx.database.db, next, now, { replace: true });
  const before = registerCounts(register);
  const after = registerCounts(next);
  return { counts: Object.fromEntries(Object.entries(after).map(([k, n]) => [k, n - (before[k] ?? 0)])) };
}

export const reportHandlers: HandlerTable['reports'] = {
  start: (ctx, request) => startReport(ctx, request).job,
  status: (_ctx, { jobId }) => reportStatus(jobId),
  /** An ICO-layout workbook. */
  importXlsx: async (ctx, input) => {
    const register = readRegister(ctx.database.db);
    return applySpreadsheet(ctx, register, await parseIcoWorkbook(Buffer.from(input.base64, 'base64'), register));
  },
  /** A CSV file in either layout the app exports (ICO or Datatilsynet-style, Danish or English headings). */
  importCsv: (ctx, input) => {
    const register = readRegister(ctx.database.db);
    return applySpreadsheet(ctx, register, parseCsvImport(input.content, input.fileName, register));
  },
};
