import fs from 'node:fs';
import path from 'node:path';
import type { ApiContext } from '../context';
import { defaultReportFilesDir } from '../paths';

/**
 * Report files wait here between "generate" and "save": a folder of the app's own (its data folder,
 * readable by the user only), never the shared temp folder. A file is removed once saved, and every
 * file when the process exits; what a crash left behind is removed the next time the folder is used
 * (the app also sweeps it at start). The CLI never comes here: it writes straight to --out.
 */

/** Folders this process has prepared (swept once), and the files it has made in them. */
const prepared = new Set<string>();
const made = new Set<string>();
let exitHook = false;

export function reportFilesDir(ctx: ApiContext): string {
  return ctx.reportFilesDir ?? defaultReportFilesDir();
}

/** Removes every file in the folder (leftovers of an earlier run); returns how many there were. */
export function sweepReportFiles(dir: string = defaultReportFilesDir()): number {
  let removed = 0;
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    if (made.has(file)) continue;
    fs.rmSync(file, { recursive: true, force: true });
    removed++;
  }
  return removed;
}

function prepare(dir: string): void {
  if (prepared.has(dir)) return;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
  sweepReportFiles(dir);
  prepared.add(dir);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', removeAllReportFiles);
  }
}

/** A new, empty file (owner-only) for one job's report, in the app's report folder. */
export function newReportFile(ctx: ApiContext, jobId: string, extension: string): string {
  const dir = reportFilesDir(ctx);
  prepare(dir);
  const file = path.join(dir, `${jobId}.${extension}`);
  fs.writeFileSync(file, '', { mode: 0o600 });
  made.add(file);
  return file;
}

export function removeReportFile(file: string): void {
  fs.rmSync(file, { force: true });
  made.delete(file);
}

export function fileSize(file: string): number {
  return fs.statSync(file).size;
}

/** Every report file this process made, removed: at exit (also called by the app when it quits). */
export function removeAllReportFiles(): void {
  for (const file of made) fs.rmSync(file, { force: true });
  made.clear();
}
