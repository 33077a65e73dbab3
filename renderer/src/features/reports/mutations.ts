import { useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../../electron/shared/contract';
import { asAppError, call } from '../../api/client';
import { useAppMutation } from '../../hooks/useAppMutation';
import { type ImportProblem, importProblems } from './import-problems';
import { reportKeys } from './queries';
import type { ReportRequestInput } from './report-options';

/** Starts a report; main answers at once with the running job, which is then polled. Writes nothing to the register. */
export function useStartReportMutation() {
  const queryClient = useQueryClient();
  return useAppMutation({
    mutationFn: async (request: ReportRequestInput) => {
      const job = await call('reports', 'start', request);
      queryClient.setQueryData(reportKeys.job(job.jobId), job);
      return job;
    },
    invalidates: [],
  });
}

/** The save dialog (Electron) or a download (browser) for a finished report. */
export function useSaveReportMutation() {
  return useAppMutation({ mutationFn: (jobId: string) => call('files', 'saveReport', { jobId }), invalidates: [] });
}

/** Opens a report the DPO saved, in the program the computer uses for that kind of file. */
export function useOpenPathMutation() {
  return useAppMutation({ mutationFn: (path: string) => call('files', 'openPath', { path }), invalidates: [] });
}

/** What an import came to: the entries it added, or every problem that made main refuse the whole workbook. */
export type XlsxImportOutcome = { imported: true; counts: Record<string, number> } | { imported: false; problems: ImportProblem[] };

/** A spreadsheet to import: a workbook (read as base64) or a CSV file (read as text). */
export type SpreadsheetInput =
  | { kind: 'xlsx'; input: InputOf<'reports', 'importXlsx'> }
  | { kind: 'csv'; input: InputOf<'reports', 'importCsv'> };

/**
 * Adds the activities of a spreadsheet — an ICO-layout workbook, or a CSV file in the ICO or the
 * Datatilsynet layout — to the register (with any recipients and catalogue entries they name that are
 * new). Anything may have changed, so every cached answer is stale. A refused file is an answer, not
 * a failure of the app: its problems come back as the outcome (shown as a list in the card, not as a
 * notification); other errors are thrown as usual.
 */
export function useImportSpreadsheetMutation() {
  return useAppMutation({
    mutationFn: async (file: SpreadsheetInput): Promise<XlsxImportOutcome> => {
      try {
        const result =
          file.kind === 'xlsx' ? await call('reports', 'importXlsx', file.input) : await call('reports', 'importCsv', file.input);
        return { imported: true, counts: result.counts };
      } catch (e) {
        const error = asAppError(e);
        if (error.code !== 'VALIDATION') throw error;
        const problems = importProblems(error.details);
        return {
          imported: false,
          problems: problems.length ? problems : [{ sheet: null, row: null, column: null, what: { key: error.key, params: error.params } }],
        };
      }
    },
    invalidates: [[]],
  });
}

/** The whole register as the exchange format's JSON text (what `ropa export json` writes). */
export function useExportRegisterJsonMutation() {
  return useAppMutation({ mutationFn: async () => (await call('register', 'exportJson')).json, invalidates: [] });
}

/**
 * A register JSON file, validated as a whole before anything is written (the CLI's `ropa import json`):
 * into an empty register, or replacing the current one when the DPO chose so.
 */
export function useImportRegisterJsonMutation() {
  return useAppMutation({
    mutationFn: async (input: InputOf<'register', 'importJson'>) => (await call('register', 'importJson', input)).counts,
    invalidates: [[]],
  });
}
