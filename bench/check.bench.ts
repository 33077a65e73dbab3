/**
 * Issue 7: the full check in process — read the register and evaluate it, acknowledgements applied,
 * summaries and counts built (electron/services/derived computeDerived: what the worker does once per
 * revision) — beside its anchor, a raw better-sqlite3 `SELECT *` of the same activity and transfer
 * rows. Goal: ≤ 2× the raw read, and ≤ 100 ms at 1,000 activities. Interleaved, median of the runs.
 *
 *   npx tsx bench/check.bench.ts [--sizes 1000,10000] [--runs 7]
 */
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openDatabaseReadOnly } from '../db/client';
import { readRegister } from '../db/queries/register-export';
import { evaluate } from '../electron/services/compliance/evaluate';
import { defaultKnowledgeBase } from '../electron/services/compliance/knowledge-base';
import { computeDerived } from '../electron/services/derived/compute';
import { interleaved, type Line, loadLine, median, ms, printLines } from './measure';
import { realisticRegisterFile } from './register/register-file';

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
  printLines(`${size.toLocaleString('en')} activities, ${size * 5} transfers (median of ${runs}, interleaved)`, lines);
  raw.close();
  opened.close();
}
