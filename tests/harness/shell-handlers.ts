import type { ShellHandlerTable } from '../../electron/services/dispatch';
import { reportFile } from '../../electron/services/report-jobs/jobs';

/** Where the harness serves a finished report as a download. */
export const reportDownloadPrefix = '/harness/reports/';

/**
 * The harness's stand-in for Electron's save dialog: the report is offered as a browser download
 * (the shim follows the returned path); opening files is a desktop feature it does not have.
 */
export const harnessShellHandlers: ShellHandlerTable = {
  files: {
    saveReport: (_ctx, { jobId }) => {
      reportFile(jobId);
      return { saved: true, path: `${reportDownloadPrefix}${encodeURIComponent(jobId)}` };
    },
    openPath: () => ({ opened: false }),
  },
};
