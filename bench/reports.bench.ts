/**
 * Article 30 PDF benchmark (DESIGN.md budget: 1,000 activities ≤ 3 s; 10,000 ≤ 30 s with peak RSS
 * ≤ 300 MB). Each size runs in its own child process so peak memory is that run's alone. The code
 * under test is first bundled with esbuild, as the app ships it; without esbuild the children run
 * through tsx (about 50 MB more RSS). Run: npx tsx bench/reports.bench.ts [sizes…]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { heapLimitsForRegister } from '../electron/services/reports/pdf/render-in-worker';
import { buildSyntheticRegister } from '../electron/services/reports/testing/synthetic-register';
import { type ChildResult, runChild, type Variant } from './reports-child';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const fontsDir = path.join(root, 'resources/fonts');
const BUDGET = { ms1000: 3000, ms10000: 30000, rss10000: 300 };

async function childCommand(dir: string): Promise<{ cmd: string; args: string[]; how: string }> {
  try {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: {
        'reports-bench': path.join(here, 'reports.bench.ts'),
        'pdf-worker': path.join(root, 'electron/services/reports/pdf/pdf-worker.ts'),
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outdir: dir,
      logLevel: 'warning',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    return { cmd: process.execPath, args: ['--expose-gc', path.join(dir, 'reports-bench.js')], how: 'bundled with esbuild' };
  } catch {
    return { cmd: process.execPath, args: ['--expose-gc', '--import', 'tsx', path.join(here, 'reports.bench.ts')], how: 'through tsx' };
  }
}

/** "engine+limits" runs the engine under the heap limits the app's worker gets (as V8 flags). */
type Run = Variant | 'engine+limits';

function runInChild(command: { cmd: string; args: string[] }, run: Run, activities: number, dir: string): ChildResult & { run: Run } {
  const variant: Variant = run === 'engine+limits' ? 'engine' : run;
  const file = path.join(dir, `${variant}-${activities}.pdf`);
  const registerFile = path.join(dir, `register-${activities}.json`);
  if (!existsSync(registerFile)) writeFileSync(registerFile, JSON.stringify(buildSyntheticRegister(activities)));
  const limits = heapLimitsForRegister((statSync(registerFile).size * 1.1) / 1048576);
  const flags =
    run === 'engine+limits'
      ? [
          `--max-old-space-size=${limits.maxOldGenerationSizeMb}`,
          `--max-semi-space-size=${Math.max(1, Math.round(limits.maxYoungGenerationSizeMb / 3))}`,
        ]
      : [];
  const out = execFileSync(command.cmd, [...flags, ...command.args, '--child', variant, String(activities), registerFile, file, fontsDir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return { ...(JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildResult), run };
}

function median<T extends ChildResult>(results: T[]): T {
  const sorted = [...results].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)];
}

function verdict(r: ChildResult & { run: Run }): string {
  if (r.run !== 'engine+limits' && r.run !== 'worker') return '';
  if (r.activities === 1000) return r.ms <= BUDGET.ms1000 ? 'within' : 'OVER';
  if (r.activities === 10000) return r.ms <= BUDGET.ms10000 && r.renderPeakMb <= BUDGET.rss10000 ? 'within' : 'OVER';
  return '';
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const plan: [Run, number, number][] = [];
  for (const n of sizes.length > 0 ? sizes : [300, 1000, 10000]) {
    const runs = n <= 1000 ? 3 : 1;
    plan.push(['engine', n, runs], ['engine+limits', n, runs], ['worker', n, runs]);
    if (n <= 1000) plan.push(['naive', n, 1]);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ropa-reports-bench-'));
  try {
    const command = await childCommand(dir);
    console.log(`Article 30 PDF, controller record, Danish; synthetic register (about 3 purposes, 6 data categories,`);
    console.log(`4 recipients, 8 linkage rows and 5 transfers per activity); children run ${command.how}; ${os.cpus().length} cores.`);
    console.log('');
    console.log(
      'activities  variant        pages   time (median)  cpu       rss before  rss peak (render)  maxRSS (process)  file    budget',
    );
    for (const [run, n, runs] of plan) {
      const results = Array.from({ length: runs }, () => runInChild(command, run, n, dir));
      const r = median(results);
      const cells = [
        String(n).padStart(10),
        run.padEnd(13),
        String(r.pages).padStart(6),
        `${(r.ms / 1000).toFixed(2)} s`.padStart(14),
        `${(r.cpuMs / 1000).toFixed(2)} s`.padStart(8),
        `${r.baseMb} MB`.padStart(11),
        `${r.renderPeakMb} MB`.padStart(18),
        `${r.maxRssMb} MB`.padStart(17),
        `${r.fileMb} MB`.padStart(8),
        verdict(r),
      ];
      console.log(cells.join('  '));
    }
    console.log('');
    console.log(
      `Budgets: 1,000 activities ≤ ${BUDGET.ms1000 / 1000} s; 10,000 ≤ ${BUDGET.ms10000 / 1000} s and rss peak (render) ≤ ${BUDGET.rss10000} MB,`,
    );
    console.log('judged on the two ways the app runs it: engine+limits (the worker heap policy, in-process) and worker.');
    console.log('engine = same code with V8 default heap sizing; naive = pdfkit text layout (no TOC, no annexes).');
    console.log('Each child reads the register from a JSON file first (rss before = Node + the register in memory).');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) {
  const [variant, activities, registerFile, file, fonts] = process.argv.slice(childAt + 1);
  const result = await runChild(variant as Variant, Number(activities), registerFile, file, fonts);
  console.log(JSON.stringify(result));
  process.exit(0);
} else {
  await main();
}
