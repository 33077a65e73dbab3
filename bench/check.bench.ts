/**
 * Issue 7: the full check in process — read the register and evaluate it, acknowledgements applied,
 * summaries and counts built (electron/services/derived computeDerived: what the worker does once per
 * revision) — beside its anchor, a raw better-sqlite3 `SELECT *` of the same activity and transfer
 * rows. Goal: ≤ 2× the raw read, and ≤ 100 ms at 1,000 activities. Interleaved, median of the runs.
 *
 *   npx tsx bench/check.bench.ts [--sizes 1000,10000] [--runs 7]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openDatabase, openDatabaseReadOnly } from '../db/client';
import { readRegister } from '../db/queries/register-export';
import { setSetting } from '../db/queries/settings';
import { handlers } from '../electron/services/api';
import { evaluate } from '../electron/services/compliance/evaluate';
import { defaultKnowledgeBase } from '../electron/services/compliance/knowledge-base';
import type { ApiContext } from '../electron/services/context';
import { computeDerived } from '../electron/services/derived/compute';
import { createInlineHost, type DerivedHost } from '../electron/services/derived/host';
import { createWorkerHost } from '../electron/services/derived/worker-host';
import { dispatch } from '../electron/services/dispatch';
import { interleaved, type Line, loadLine, median, ms, printLines } from './measure';
import { copyRegister, realisticRegisterFile } from './register/register-file';

/**
 * Worker or in this thread: after a save, the findings are recomputed; meanwhile the DPO opens a
 * list. How long that list request takes, with the derived state computed in the thread that
 * answers requests and with it on the worker (what the app does).
 */
async function listWhileRecomputing(file: string, rounds: number): Promise<{ inline: number; worker: number; refresh: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-check-'));
  const database = openDatabase(copyRegister(file, path.join(dir, 'register.sqlite')));
  const worker = createWorkerHost({ file: database.file }, { bundled: fs.existsSync('out/main/derived-worker.js') });
  const inline = createInlineHost(database, () => kb);
  const times = { inline: [] as number[], worker: [] as number[], refresh: [] as number[] };
  try {
    for (const [name, host] of [
      ['inline', inline],
      ['worker', worker],
    ] as [keyof typeof times, DerivedHost][]) {
      const ctx: ApiContext = { database, now: () => new Date('2026-11-25T10:00:00Z'), derived: host };
      await host.status({ asOf: AS_OF });
      for (let i = 0; i < rounds; i++) {
        setSetting(database.db, 'bench.touch', i + (name === 'worker' ? 1000 : 0), new Date().toISOString());
        const t0 = performance.now();
        const refreshed = host.status({ asOf: AS_OF }).then(() => times.refresh.push(performance.now() - t0));
        const t1 = performance.now();
        await dispatch(handlers, ctx, 'activities:list', {});
        times[name].push(performance.now() - t1);
        await refreshed;
      }
    }
  } finally {
    await worker.close();
    database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { inline: median(times.inline), worker: median(times.worker), refresh: median(times.refresh) };
}

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '7' } } });
const AS_OF = '2026-11-25';
const kb = defaultKnowledgeBase();
console.log(`Full check vs raw read — realistic register (bench/register); ${loadLine()}`);

for (const size of values.sizes.split(',').map(Number)) {
  const file = realisticRegisterFile({ activities: size });
  const raw = new Database(file, { readonly: true });
  const selectActivities = raw.prepare('SELECT * FROM activities');
  const selectTransfers = raw.prepare('SELECT * FROM transfers');
  const opened = openDatabaseReadOnly(file);
  const runs = size >= 10_000 ? Math.min(5, Number(values.runs)) : Number(values.runs);
  let findings = 0;
  const [rawRead, check, read, engine] = await interleaved(
    [
      () => {
        selectActivities.all();
        selectTransfers.all();
      },
      () => {
        findings = computeDerived(opened.db, kb, { asOf: AS_OF }).findings.length;
      },
      () => readRegister(opened.db),
      (() => {
        const register = readRegister(opened.db);
        return () => evaluate(register, { asOf: AS_OF, kb });
      })(),
    ],
    runs,
  );
  const r = median(rawRead!);
  const c = median(check!);
  const lines: Line[] = [
    {
      measure: `full check (read + evaluate + summaries), ${findings} findings`,
      figure: ms(c),
      goal: size === 1000 ? '≤ 2× raw, ≤ 100 ms' : '≤ 2× raw',
      anchor: `raw SELECT ${ms(r)} → ${(c / r).toFixed(2)}×`,
      met: c <= 2 * r && (size !== 1000 || c <= 100),
    },
    {
      measure: '  of which: read the register',
      figure: ms(median(read!)),
      goal: '',
      anchor: `${(median(read!) / r).toFixed(2)}× raw`,
      met: null,
    },
    { measure: '  of which: evaluate', figure: ms(median(engine!)), goal: '', anchor: '', met: null },
  ];
  const during = await listWhileRecomputing(file, 3);
  lines.push({
    measure: 'a list request while findings are recomputed after a save',
    figure: ms(during.worker),
    goal: 'not wait for it',
    anchor: `in this thread: ${ms(during.inline)}`,
    met: during.worker < during.inline / 4,
  });
  lines.push({ measure: '  findings fresh after the save (worker)', figure: ms(during.refresh), goal: '', anchor: '', met: null });
  printLines(`${size.toLocaleString('en')} activities, ${size * 5} transfers (median of ${runs}, interleaved)`, lines);
  raw.close();
  opened.close();
}
