import type { AppErrorData } from '../../../../electron/shared/errors';
import type { Message } from '../../../../electron/shared/i18n/message';

/** One problem in an imported workbook, located for a person looking at the file in Excel. */
export interface ImportProblem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  /** What is wrong, rendered in the UI language. */
  what: Message;
}

/**
 * Main names a problem's place as `Sheet!C12` (sheet, column letters, row); a problem with the
 * whole file has no place (`!0`, or the name of the input field it failed), one with a whole sheet
 * no cell (`Template!0`).
 */
export function importProblems(details: AppErrorData['details']): ImportProblem[] {
  return (details ?? []).map(({ path, key, params }) => {
    const what = params ? { key, params } : { key };
    const at = /^(.*)!([A-Z]*)(\d+)$/.exec(path);
    if (!at) return { sheet: null, row: null, column: null, what };
    const [, sheet, column, row] = at as unknown as [string, string, string, string];
    return { sheet: sheet || null, row: Number(row) > 0 ? Number(row) : null, column: column || null, what };
  });
}
