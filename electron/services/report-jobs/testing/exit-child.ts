/**
 * Child process for jobs.test.ts: opens a register, writes one report into `dir`, prints where it
 * waits, and exits without saving it — the way a DPO closes the app without saving a report.
 */
import path from 'node:path';
import { openDatabase } from '../../../../db/client';
import { handlers } from '../../api';
import { startReport } from '../jobs';

const [dbFile, dir] = process.argv.slice(2);
const ctx = { database: openDatabase(dbFile), now: () => new Date('2026-12-05T10:00:00Z'), reportFilesDir: dir };
handlers.register.loadExample(ctx, undefined);
const { job, finished } = startReport(ctx, {
  format: 'csv',
  lang: 'da',
  record: 'controller',
  profile: 'datatilsynet',
  annexes: { processors: true, transfers: true, findings: false },
});
const done = await finished;
console.log(JSON.stringify({ state: done.state, file: path.join(dir, `${job.jobId}.csv`) }));
ctx.database.close();
