/**
 * Issue 7 points 4 and 6: `ropa export pdf` as a user runs it — the whole process (start, open the
 * register, hash it, lay out and write every page), wall time and peak RSS from /usr/bin/time —
 * beside its anchor, LibreOffice printing the project's own ICO export of the same register
 * (`soffice --headless --convert-to pdf`). The realistic register of bench/register, runs
 * interleaved (anchor, ours, anchor, …) so both see the same load, median of the runs.
 *
 *   npx tsx bench/pdf-export.bench.ts [--runs 5] [--sizes 1000,10000] [--anchor-sizes 1000]
 *
 * Needs the built CLI (npm run build), GNU time (/usr/bin/time) and LibreOffice (soffice).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { realisticRegisterFile } from './register/register-file';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOALS: Record<number, { ms: number; rssMb?: number; ofAnchor?: number }> = {
  1000: { ms: 3000, ofAnchor: 0.5 },
  10000: { ms: 30000, rssMb: 300 },
};

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1000,10000' },
    'anchor-sizes': { type: 'string', default: '1000' },
  },
});
const runs = Number(values.runs);
const sizes = values.sizes.split(',').map(Number);
const anchorSizes = new Set(values['anchor-sizes'].split(',').filter(Boolean).map(Number));

interface Sample {
  ms: number;
  rssMb: number;
  cpuMs: number;
}

/** Runs a command under GNU time; wall clock, peak RSS (the largest process of the tree) and CPU time. */
function timed(command: string, args: string[], cwd = root): Sample {
  const run = spawnSync('/usr/bin/time', ['-v', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr.slice(-2000)}`);
  const field = (name: string) => run.stderr.match(new RegExp(`${name}: (.+)`))?.[1]?.trim() ?? '';
  const [h, m, s] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number);
  const ms = (s === undefined ? h * 60 + m : h * 3600 + m * 60 + s) * 1000;
  const cpuMs = (Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'))) * 1000;
  return { ms, rssMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024, cpuMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ropa = (...args: string[]) => [path.join(root, 'electron/cli/bin.mjs'), ...args];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-pdf-'));
// LibreOffice's own profile folder, so that no other soffice instance of the machine is reused.
const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
try {
  for (const activities of sizes) {
    const db = realisticRegisterFile({ activities });
    const xlsx = path.join(dir, `ico-${activities}.xlsx`);
    execFileSync(process.execPath, ropa('export', 'xlsx', '--profile', 'ico', '--lang', 'da', '--db', db, '--out', xlsx));
    const anchor = anchorSizes.has(activities);
    const soffice = () => timed('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx]);
    if (anchor) soffice(); // first start creates LibreOffice's profile: not part of the measure
    const ours: Sample[] = [];
    const theirs: Sample[] = [];
    let pages = '';
    for (let i = 0; i < runs; i++) {
      if (anchor) theirs.push(soffice());
      const out = path.join(dir, `ropa-${activities}.pdf`);
      ours.push(timed(process.execPath, ropa('export', 'pdf', '--lang', 'da', '--db', db, '--out', out)));
      pages = execFileSync('pdfinfo', [out], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1] ?? '?';
    }
    const goal = GOALS[activities];
    const ms = median(ours.map((s) => s.ms));
    const rss = median(ours.map((s) => s.rssMb));
    const anchorMs = anchor ? median(theirs.map((s) => s.ms)) : Number.NaN;
    const verdicts = [
      goal ? `${ms <= goal.ms ? 'met' : 'NOT MET'} ≤ ${goal.ms} ms` : '',
      goal?.rssMb ? `${rss <= goal.rssMb ? 'met' : 'NOT MET'} ≤ ${goal.rssMb} MB` : '',
      goal?.ofAnchor && anchor ? `${ms <= goal.ofAnchor * anchorMs ? 'met' : 'NOT MET'} ≤ ${goal.ofAnchor}× anchor` : '',
    ].filter(Boolean);
    console.log(
      [
        `ropa export pdf, ${activities} activities (${pages} pages): median ${ms.toFixed(0)} ms wall, ${median(ours.map((s) => s.cpuMs)).toFixed(0)} ms CPU, peak RSS ${rss.toFixed(0)} MB`,
        `  runs: ${ours.map((s) => `${s.ms.toFixed(0)} ms/${s.rssMb.toFixed(0)} MB`).join(', ')}`,
        anchor
          ? `  anchor soffice --convert-to pdf of the ICO xlsx: median ${anchorMs.toFixed(0)} ms wall, peak RSS ${median(theirs.map((s) => s.rssMb)).toFixed(0)} MB; ratio ${(ms / anchorMs).toFixed(2)}×`
          : '  anchor: not run (--anchor-sizes)',
        `  ${verdicts.join('; ')}   (load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}, ${os.cpus().length} cores)`,
      ].join('\n'),
    );
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
