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

/**
 * Adds the activities of an ICO-layout workbook to the register (with any recipients and catalogue
 * entries they name that are new). Anything may have changed, so every cached answer is stale.
 * A refused workbook is an answer, not a failure of the app: its problems come back as the outcome
 * (shown as a list in the card, not as a notification); other errors are thrown as usual.
 */
export function useImportXlsxMutation() {
  return useAppMutation({
    mutationFn: async (input: InputOf<'reports', 'importXlsx'>): Promise<XlsxImportOutcome> => {
      try {
        return { imported: true, counts: (await call('reports', 'importXlsx', input)).counts };
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
