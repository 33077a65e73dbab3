import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newId } from '../../../db/queries/ids';
import { getOrganisation } from '../../../db/queries/organisation';
import { AppError } from '../../shared/errors';
import type { ReportJob, ReportRequest } from '../../shared/schemas/reports';
import { type ApiContext, danishToday } from '../context';
import { toErrorData } from '../dispatch';
import { generateReport, mimeTypes, reportFileName } from './generate';

interface JobRecord extends ReportJob {
  /** Where the finished file waits until it is saved (a temp file, removed when the job is dropped). */
  file: string;
}

const jobs = new Map<string, JobRecord>();
/** Finished jobs kept per process; older ones are removed with their files. */
const KEEP = 10;

function forget(oldest: number): void {
  const finished = [...jobs.values()].filter((j) => j.state !== 'running');
  for (const job of finished.slice(0, Math.max(0, finished.length - oldest))) {
    fs.rmSync(job.file, { force: true });
    jobs.delete(job.jobId);
  }
}

function publicView({ file: _file, ...job }: JobRecord): ReportJob {
  return { ...job };
}

/**
 * Starts a report and returns at once; the UI polls `reports:status` for progress. Runs the same
 * way behind IPC, the harness and the CLI (which simply awaits the promise).
 */
export function startReport(ctx: ApiContext, request: ReportRequest): { job: ReportJob; finished: Promise<ReportJob> } {
  forget(KEEP);
  const jobId = newId();
  const fileName = reportFileName(getOrganisation(ctx.database.db)?.name ?? null, request, danishToday(ctx));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-report-')), fileName);
  const job: JobRecord = {
    jobId,
    state: 'running',
    done: 0,
    total: 1,
    fileName,
    mimeType: mimeTypes[request.format],
    bytes: null,
    pages: null,
    registerHash: null,
    error: null,
    file,
  };
  jobs.set(jobId, job);
  const finished = generateReport(ctx, request, file, {
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
        bytes: fs.statSync(file).size,
      });
      return publicView(job);
    },
    (e: unknown) => {
      Object.assign(job, { state: 'failed', error: toErrorData(e) });
      fs.rmSync(file, { force: true });
      return publicView(job);
    },
  );
  return { job: publicView(job), finished };
}

export function reportStatus(jobId: string): ReportJob {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', 'This report is no longer available. Generate it again.');
  return publicView(job);
}

/** The finished file of a job, for the save dialog (Electron) or the download (harness). */
export function reportFile(jobId: string): { file: string; fileName: string; mimeType: string } {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', 'This report is no longer available. Generate it again.');
  if (job.state !== 'done')
    throw new AppError('CONFLICT', job.state === 'running' ? 'The report is still being written.' : 'The report failed; nothing to save.');
  return { file: job.file, fileName: job.fileName, mimeType: job.mimeType };
}
