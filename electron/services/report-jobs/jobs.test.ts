import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportJob } from '../../shared/schemas/reports';
import { createTestApi } from '../testing';
import { MAX_RUNNING_REPORTS, reportFile, reportSaved, reportStatus, startReport } from './jobs';
import { sweepReportFiles } from './report-files';

const apis: ReturnType<typeof createTestApi>[] = [];
afterEach(() => {
  for (const a of apis.splice(0)) a.dispose();
});

async function exampleApi() {
  const api = createTestApi();
  apis.push(api);
  await api.ok('register:loadExample');
  return api;
}

const pdf = { format: 'pdf', lang: 'da' } as const;

describe('report jobs', () => {
  it('runs at most two at once; the others wait as queued, in order, and all finish', async () => {
    const api = await exampleApi();
    const started: ReportJob[] = [];
    for (let i = 0; i < 3; i++) started.push(await api.ok<ReportJob>('reports:start', pdf));
    expect(MAX_RUNNING_REPORTS).toBe(2);
    expect(started.map((j) => j.state)).toEqual(['running', 'running', 'queued']);
    let mostRunning = 0;
    const seen = new Map<string, Set<string>>(started.map((j) => [j.jobId, new Set([j.state])]));
    for (;;) {
      const now = started.map((j) => reportStatus(j.jobId));
      mostRunning = Math.max(mostRunning, now.filter((j) => j.state === 'running').length);
      for (const j of now) seen.get(j.jobId)!.add(j.state);
      if (now.every((j) => j.state === 'done' || j.state === 'failed')) break;
      // A queued job never runs ahead of one queued before it.
      const firstQueued = now.findIndex((j) => j.state === 'queued');
      if (firstQueued >= 0) expect(now.slice(firstQueued).every((j) => j.state === 'queued')).toBe(true);
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(mostRunning).toBeLessThanOrEqual(2);
    expect(started.map((j) => reportStatus(j.jobId).state)).toEqual(['done', 'done', 'done']);
    // The queued ones were seen waiting, then finished.
    for (const j of started.slice(2)) expect([...seen.get(j.jobId)!]).toEqual(expect.arrayContaining(['queued', 'done']));
  });

  it('keeps the report in the app’s private folder (owner only, not the shared temp folder) and removes it once saved', async () => {
    const api = await exampleApi();
    const job = await api.ok<ReportJob>('reports:start', pdf);
    while (reportStatus(job.jobId).state !== 'done') await new Promise((r) => setTimeout(r, 10));
    const { file } = reportFile(job.jobId);
    const dir = api.ctx.reportFilesDir!;
    expect(path.dirname(file)).toBe(dir);
    expect(path.dirname(file)).not.toBe(os.tmpdir());
    expect(path.basename(file)).toBe(`${job.jobId}.pdf`); // no organisation name in the file system
    if (process.platform !== 'win32') {
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    reportSaved(job.jobId);
    expect(fs.existsSync(file)).toBe(false);
    expect(() => reportFile(job.jobId)).toThrow(/saved and its copy removed/);
    expect(reportStatus(job.jobId).state).toBe('done');
  });

  it('removes the file of a failed report', async () => {
    const api = await exampleApi();
    // The worker cannot open the register file it is told to print: the job fails inside.
    const ctx = { ...api.ctx, database: { ...api.ctx.database, file: path.join(api.database.dir, 'missing.sqlite') } };
    const { job, finished } = startReport(ctx, {
      ...pdf,
      record: 'controller',
      profile: 'ico',
      annexes: { processors: true, transfers: true, findings: false },
    });
    const file = path.join(api.ctx.reportFilesDir!, `${job.jobId}.pdf`);
    expect(fs.existsSync(file)).toBe(true);
    const done = await finished;
    expect(done.state).toBe('failed');
    expect(done.error?.message).toMatch(/could not be opened for reading/);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('leaves nothing behind when the process exits without saving, and sweeps what a crash left at the next start', () => {
    const api = createTestApi();
    apis.push(api);
    const dir = path.join(api.database.dir, 'child-report-files');
    const child = path.join(import.meta.dirname, 'testing/exit-child.ts');
    let runs = 0;
    const run = () =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', child, path.join(api.database.dir, `child-${++runs}.sqlite`), dir], {
          encoding: 'utf8',
        })
          .trim()
          .split('\n')
          .pop()!,
      ) as {
        state: string;
        file: string;
      };
    const first = run();
    expect(first.state).toBe('done');
    expect(fs.existsSync(first.file)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
    // A crash (or kill -9) leaves a file: the next process that uses the folder removes it first.
    const stale = path.join(dir, 'left-by-a-crash.pdf');
    fs.writeFileSync(stale, '%PDF-');
    run();
    expect(fs.existsSync(stale)).toBe(false);
    fs.writeFileSync(stale, '%PDF-');
    expect(sweepReportFiles(dir)).toBe(1);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
