import { newId } from '../../../db/queries/ids';
import { readRegister } from '../../../db/queries/register-export';
import { registerCounts, writeRegister } from '../../../db/queries/register-import';
import { AppError } from '../../shared/errors';
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
      const details = parsed.errors.map((e) => ({ path: `${e.sheet}!${e.column}${e.row}`, message: e.message }));
      const first = parsed.errors[0];
      const where = first ? ` Sheet "${first.sheet}", row ${first.row}, column ${first.column}: ${first.message}` : '';
      throw new AppError(
        'VALIDATION',
        `The workbook was not imported (${parsed.errors.length} problem(s)); nothing was changed.${where}`,
        details,
      );
    }
    const now = ctx.now().toISOString();
    const next = applyImportToRegister(register, parsed.activities, { newId: () => newId(), now });
    writeRegister(ctx.database.db, next, now, { replace: true });
    const before = registerCounts(register);
    const after = registerCounts(next);
    return { counts: Object.fromEntries(Object.entries(after).map(([k, n]) => [k, n - (before[k] ?? 0)])) };
  },
};
