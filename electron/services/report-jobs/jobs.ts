import { newId } from '../../../db/queries/ids';
import { getOrganisation } from '../../../db/queries/organisation';
import { AppError } from '../../shared/errors';
import { message } from '../../shared/i18n/message';
import type { ReportJob, ReportRequest } from '../../shared/schemas/reports';
import { type ApiContext, danishToday } from '../context';
import { toErrorData } from '../dispatch';
import { generateReport, mimeTypes, reportFileName } from './generate';
import { fileSize, newReportFile, removeReportFile } from './report-files';

interface JobRecord extends ReportJob {
  /** Where the finished file waits in the app's private folder until it is saved (then it is removed). */
  file: string;
  saved: boolean;
}

const jobs = new Map<string, JobRecord>();
/** Finished jobs kept per process; older ones are removed with their files. */
const KEEP = 10;
/** Report jobs that run at once (each PDF is a worker thread); the others wait their turn, shown as queued. */
export const MAX_RUNNING_REPORTS = 2;
let running = 0;
const waiting: (() => void)[] = [];

function forget(keep: number): void {
  const finished = [...jobs.values()].filter((j) => j.state === 'done' || j.state === 'failed');
  for (const job of finished.slice(0, Math.max(0, finished.length - keep))) {
    removeReportFile(job.file);
    jobs.delete(job.jobId);
  }
}

function publicView({ file: _file, saved: _saved, ...job }: JobRecord): ReportJob {
  return { ...job };
}

/** Runs `work` now if fewer than MAX_RUNNING_REPORTS run, else when one of them ends. */
function whenAllowed(work: () => Promise<unknown>): void {
  const run = () => {
    running++;
    void work().finally(() => {
      running--;
      waiting.shift()?.();
    });
  };
  if (running < MAX_RUNNING_REPORTS) run();
  else waiting.push(run);
}

/**
 * Starts a report and returns at once; the UI polls `reports:status` for progress. At most
 * MAX_RUNNING_REPORTS run at a time; the rest are `queued` (in order) until a place is free. The
 * file is written to the app's private report folder (report-files.ts), never the shared temp folder.
 */
export function startReport(ctx: ApiContext, request: ReportRequest): { job: ReportJob; finished: Promise<ReportJob> } {
  forget(KEEP);
  const jobId = newId();
  const fileName = reportFileName(getOrganisation(ctx.database.db)?.name ?? null, request, danishToday(ctx));
  const job: JobRecord = {
    jobId,
    state: running < MAX_RUNNING_REPORTS ? 'running' : 'queued',
    done: 0,
    total: 1,
    fileName,
    mimeType: mimeTypes[request.format],
    bytes: null,
    pages: null,
    registerHash: null,
    error: null,
    file: newReportFile(ctx, jobId, request.format),
    saved: false,
  };
  jobs.set(jobId, job);
  const finished = new Promise<ReportJob>((resolve) => {
    whenAllowed(() => {
      job.state = 'running';
      return generateReport(ctx, request, job.file, {
        onProgress: (done, total) => {
          job.done = done;
          job.total = total;
        },
      }).then(
        (result) => {
          Object.assign(job, {
            state: 'done',
            done: job.total,
            pages: result.pages,
            registerHash: result.registerHash,
            bytes: fileSize(job.file),
          });
          resolve(publicView(job));
        },
        (e: unknown) => {
          Object.assign(job, { state: 'failed', error: toErrorData(e) });
          removeReportFile(job.file);
          resolve(publicView(job));
        },
      );
    });
  });
  return { job: publicView(job), finished };
}

export function reportStatus(jobId: string): ReportJob {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', message('problem.reportGone'));
  return publicView(job);
}

/** The finished file of a job, for the save dialog (Electron) or the download (harness). */
export function reportFile(jobId: string): { file: string; fileName: string; mimeType: string } {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', message('problem.reportGone'));
  if (job.state !== 'done')
    throw new AppError('CONFLICT', message(job.state === 'failed' ? 'problem.reportFailed' : 'problem.reportRunning'));
  if (job.saved) throw new AppError('CONFLICT', message('problem.reportSaved'));
  return { file: job.file, fileName: job.fileName, mimeType: job.mimeType };
}

/** The report has been saved where the user chose: its copy in the app's folder is removed. */
export function reportSaved(jobId: string): void {
  const job = jobs.get(jobId);
  if (!job) return;
  job.saved = true;
  removeReportFile(job.file);
}
