/**
 * `npm run bench`: every benchmark of the user's path, one after another, each in its own process
 * (so its memory and its timings are its own), each printing its figures beside goal and anchor.
 * docs/performance.md collects the table. Names narrow the run: `npm run bench -- check register`.
 * The realistic registers are built once (bench/register) and cached; the first run takes longer.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLine } from './measure';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const benches: { name: string; file: string; what: string }[] = [
  { name: 'check', file: 'bench/check.bench.ts', what: 'full check (read + evaluate) vs a raw SELECT, 1,000 and 10,000' },
  { name: 'register', file: 'bench/register.bench.ts', what: 'open + backup + migrate the 10,000 register; save p95; lists' },
  { name: 'activities-page', file: 'bench/activities-page.bench.ts', what: 'the activities page in Chromium, 1,000 and 10,000' },
  { name: 'pdf-export', file: 'bench/pdf-export.bench.ts', what: 'ropa export pdf vs LibreOffice' },
  { name: 'cli-startup', file: 'bench/cli-startup.bench.ts', what: 'ropa --help vs node -e 0' },
  { name: 'what-if', file: 'bench/what-if.bench.ts', what: 'a what-if scenario on 1,000 activities' },
];

const wanted = process.argv.slice(2);
const chosen = wanted.length ? benches.filter((b) => wanted.some((w) => b.name.includes(w))) : benches;
if (chosen.length === 0) {
  console.error(`No bench matches ${wanted.join(' ')}. Benches: ${benches.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

// The CLI, the PDF worker, the findings worker and the renderer are measured as built.
if (!fs.existsSync(path.join(root, 'out/main/cli.js')) || !fs.existsSync(path.join(root, 'out/renderer/index.html'))) {
  console.log('Building first (npm run build) …');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log(`ROPA Desk benchmarks — ${new Date().toISOString()}; ${loadLine()}`);
let failed = 0;
for (const b of chosen) {
  console.log(`\n=== ${b.name}: ${b.what} (${b.file})`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', b.file], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.log(`${b.name} failed (exit ${run.status})`);
  }
}
process.exitCode = failed ? 1 : 0;
