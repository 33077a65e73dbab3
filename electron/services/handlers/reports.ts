import { newId } from '../../../db/queries/ids';
import { readRegister } from '../../../db/queries/register-export';
import { registerCounts, writeRegister } from '../../../db/queries/register-import';
import { AppError } from '../../shared/errors';
import { message } from '../../shared/i18n/message';
import type { HandlerTable } from '../dispatch';
import { reportStatus, startReport } from '../report-jobs/jobs';
import { applyImportToRegister } from '../reports/xlsx/apply-import';
import { parseIcoWorkbook } from '../reports/xlsx/parse-ico-workbook';

export const reportHandlers: HandlerTable['reports'] = {
  start: (ctx, request) => startReport(ctx, request).job,
  status: (_ctx, { jobId }) => reportStatus(jobId),
  /**
   * An ICO-layout workbook: every row is validated before anything is written, then the register
   * with the new activities replaces the old one in one transaction (so a bad file changes nothing).
   */
  importXlsx: async (ctx, input) => {
    const register = readRegister(ctx.database.db);
    const parsed = await parseIcoWorkbook(Buffer.from(input.base64, 'base64'), register);
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
  },
};
