import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Issue 7 point 5: `ropa --help` ≤ 300 ms, measured whole-process with hyperfine beside its anchor
// `node -e 0` (the cost of starting Node at all). Needs the built CLI (npm run build) and hyperfine.
const GOAL_MS = 300;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-cli-'));
const json = path.join(dir, 'hyperfine.json');
const node = JSON.stringify(process.execPath);
const commands = {
  anchor: `${node} -e 0`,
  help: `${node} electron/cli/bin.mjs --help`,
  version: `${node} electron/cli/bin.mjs --version`,
};
execFileSync('hyperfine', ['-N', '--warmup', '3', '--runs', '20', '--export-json', json, ...Object.values(commands)], { stdio: 'ignore' });
const results = JSON.parse(fs.readFileSync(json, 'utf8')).results as { command: string; median: number }[];
const median = (command: string) => (results.find((r) => r.command === command)?.median ?? Number.NaN) * 1000;
const anchor = median(commands.anchor);
for (const [label, command] of [
  ['ropa --help', commands.help],
  ['ropa --version', commands.version],
] as const) {
  const ms = median(command);
  console.log(
    `${label.padEnd(16)} median ${ms.toFixed(0).padStart(4)} ms   goal ≤ ${GOAL_MS} ms   anchor node -e 0: ${anchor.toFixed(0)} ms   ${ms <= GOAL_MS ? 'met' : 'NOT MET'}`,
  );
}
fs.rmSync(dir, { recursive: true, force: true });
