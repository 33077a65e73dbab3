/**
 * Issue 7: opening a ~170 MB register that needs a migration (the copy taken first included), and
 * saving a full activity form (every field and relation, through the handler table with its input
 * parsing, the audit row and the search index in the same transaction), p95. Lists at 10,000 too.
 * The realistic register of bench/register; each open on a fresh copy of the file.
 *
 *   npx tsx bench/register.bench.ts [--activities 10000] [--runs 7] [--saves 300]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/client';
import { readJournal } from '../db/migrations-journal';
import { handlers } from '../electron/services/api';
import type { ApiContext } from '../electron/services/context';
import { dispatch } from '../electron/services/dispatch';
import { resourcePath } from '../electron/services/resource-paths';
import type { Activity } from '../electron/shared/schemas/entities';
import { type Line, loadLine, median, ms, p95, printLines } from './measure';
import { realisticRegisterFile } from './register/register-file';

const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '7' },
    saves: { type: 'string', default: '300' },
  },
});
const size = Number(values.activities);
const runs = Number(values.runs);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-register-'));
console.log(`Register open and save — realistic register of ${size.toLocaleString('en')} activities; ${loadLine()}`);

try {
  const source = realisticRegisterFile({ activities: size });
  const mb = fs.statSync(source).size / 1e6;

  // A pending migration: the shipped ones plus a probe, so opening copies the file and migrates.
  const pendingFolder = path.join(dir, 'migrations');
  fs.cpSync(resourcePath('migrations'), pendingFolder, { recursive: true });
  const journalFile = path.join(pendingFolder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  const last = readJournal().at(-1)!;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_bench_probe' });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(pendingFolder, '9999_bench_probe.sql'), 'CREATE TABLE bench_probe (id text);');

  const opens: number[] = [];
  const upToDate: number[] = [];
  const copies: number[] = [];
  for (let i = 0; i < runs; i++) {
    const file = path.join(dir, `open-${i}.sqlite`);
    let t0 = performance.now();
    execFileSync('cp', [source, file]);
    copies.push(performance.now() - t0);
    t0 = performance.now();
    const opened = openDatabase(file, { migrationsFolder: pendingFolder, backupDir: dir });
    opens.push(performance.now() - t0);
    if (opened.migrationsApplied !== 1 || !opened.backupPath) throw new Error('the probe migration did not run with a backup');
    opened.close();
    t0 = performance.now();
    openDatabase(file, { migrationsFolder: pendingFolder }).close();
    upToDate.push(performance.now() - t0);
    for (const f of fs.readdirSync(dir)) if (f.endsWith('.sqlite') || f.includes('.sqlite-')) fs.rmSync(path.join(dir, f), { force: true });
  }

  // Saves: the whole form of a realistic activity sent back with its texts changed, as the edit form does.
  const file = path.join(dir, 'save.sqlite');
  execFileSync('cp', [source, file]);
  const database = openDatabase(file);
  let clock = Date.parse('2026-11-25T10:00:00.000Z');
  const tick = () => {
    clock += 1000;
    return new Date(clock);
  };
  const ctx: ApiContext = { database, now: tick };
  const ids = (database.sqlite.prepare('SELECT id FROM activities ORDER BY id').pluck().all() as string[]).filter((_, i) => i % 7 === 0);
  const saves: number[] = [];
  const raw: number[] = [];
  const rawUpdate = database.sqlite.prepare('UPDATE activities SET notes = ?, updated_at = ? WHERE id = ?');
  for (let i = 0; i < Number(values.saves); i++) {
    const id = ids[i % ids.length]!;
    const got = await dispatch(handlers, ctx, 'activities:get', { id });
    if (!got.ok) throw new Error(got.error.message);
    const { id: _id, createdAt: _c, updatedAt, archivedAt: _a, ...fields } = (got.data as { activity: Activity }).activity;
    const changes = { ...fields, notes: `${fields.notes ?? ''} Gemt ${i}.`, description: `${fields.description ?? ''} (${i})` };
    const t0 = performance.now();
    const saved = await dispatch(handlers, ctx, 'activities:update', { id, expectedUpdatedAt: updatedAt, changes });
    saves.push(performance.now() - t0);
    if (!saved.ok) throw new Error(saved.error.message);
    const t1 = performance.now();
    rawUpdate.run(`raw ${i}`, new Date(clock).toISOString(), id);
    raw.push(performance.now() - t1);
  }

  const list = async (input: unknown) => {
    const samples: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const r = await dispatch(handlers, ctx, 'activities:list', input);
      samples.push(performance.now() - t0);
      if (!r.ok) throw new Error(r.error.message);
    }
    return median(samples);
  };
  const firstPage = await list({});
  const search = await list({ search: 'løn', sort: 'relevance' });
  const byStatus = await list({ sort: 'status', direction: 'desc', offset: 500 });
  const transfers: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    await dispatch(handlers, ctx, 'transfers:list', { search: 'privacy shield' });
    transfers.push(performance.now() - t0);
  }
  database.close();

  const lines: Line[] = [
    {
      measure: `open + backup + migrate (${mb.toFixed(0)} MB file, 1 pending migration)`,
      figure: ms(median(opens)),
      goal: '≤ 400 ms',
      anchor: `cp of the file ${ms(median(copies))}`,
      met: median(opens) <= 400,
    },
    { measure: 'open an up-to-date file', figure: ms(median(upToDate)), goal: '', anchor: '', met: null },
    {
      measure: 'save of a full activity form, p95 (handler, audit, index)',
      figure: ms(p95(saves)),
      goal: '≤ 5 ms',
      anchor: `raw UPDATE p95 ${ms(p95(raw))}`,
      met: p95(saves) <= 5,
    },
    { measure: '  median', figure: ms(median(saves)), goal: '', anchor: '', met: null },
    { measure: 'activities:list first page', figure: ms(firstPage), goal: '', anchor: '', met: null },
    { measure: 'activities:list search "løn", by relevance', figure: ms(search), goal: '', anchor: '', met: null },
    { measure: 'activities:list by status, page 6', figure: ms(byStatus), goal: '', anchor: '', met: null },
    { measure: 'transfers:list search "privacy shield"', figure: ms(median(transfers)), goal: '', anchor: '', met: null },
  ];
  printLines(`medians of ${runs} opens, ${values.saves} saves`, lines);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
