import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/client';
import { updateActivity } from '../db/queries/activities';
import { listActivities } from '../db/queries/activity-list';
import { writeRegister } from '../db/queries/register-import';
import { resourcePath } from '../electron/services/resource-paths';
import { summary, time } from './stats';
import { syntheticRegister } from './synthetic-register';

// Issue 2 budgets (DESIGN.md): open + migrate ≤ 100 ms, save p95 ≤ 5 ms (with audit row).
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 10_000);
const TRANSFERS = Number(process.env.BENCH_TRANSFERS ?? 50_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-'));
const file = path.join(dir, 'register.sqlite');
console.log(`Synthetic register: ${ACTIVITIES} activities, ${TRANSFERS} transfers (${file})`);

const doc = time(() => syntheticRegister({ activities: ACTIVITIES, transfers: TRANSFERS, recipients: 200 }));
console.log(`generate document                              ${doc.ms.toFixed(0)} ms`);
const fresh = time(() => openDatabase(file));
console.log(`open + migrate a new file (all migrations)     ${fresh.ms.toFixed(1)} ms`);
const imported = time(() => writeRegister(fresh.value.db, doc.value, new Date().toISOString()));
console.log(`import (one transaction)                       ${imported.ms.toFixed(0)} ms`);
fresh.value.close();
console.log(`file size                                      ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`);

const opens: number[] = [];
for (let i = 0; i < 20; i++) {
  const o = time(() => openDatabase(file));
  opens.push(o.ms);
  o.value.close();
}
console.log(summary('open + migrate an up-to-date file', opens));

// A pending migration on an existing register: the backup copy (VACUUM INTO) dominates.
const pendingFolder = path.join(dir, 'migrations');
fs.cpSync(resourcePath('migrations'), pendingFolder, { recursive: true });
const journalFile = path.join(pendingFolder, 'meta', '_journal.json');
const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
const lastEntry = journal.entries.at(-1);
journal.entries.push({ ...lastEntry, idx: lastEntry.idx + 1, when: lastEntry.when + 1000, tag: '9999_bench' });
fs.writeFileSync(journalFile, JSON.stringify(journal));
fs.writeFileSync(path.join(pendingFolder, '9999_bench.sql'), 'CREATE TABLE bench_probe (id text);');
const copy = path.join(dir, 'copy.sqlite');
fs.copyFileSync(file, copy);
const pending = time(() => openDatabase(copy, { migrationsFolder: pendingFolder }));
console.log(
  `open + backup + migrate (1 pending migration)   ${pending.ms.toFixed(1)} ms (backup ${path.basename(pending.value.backupPath ?? '')})`,
);
pending.value.close();

const opened = openDatabase(file);
const ids = doc.value.activities.map((a) => a.id);
const saves: number[] = [];
let clock = Date.parse('2026-11-25T00:00:00.000Z');
for (let i = 0; i < 500; i++) {
  const id = ids[(i * 37) % ids.length]!;
  clock += 1;
  const at = new Date(clock).toISOString();
  saves.push(time(() => updateActivity(opened.db, id, { owner: `Ejer ${i}`, notes: `Gemt ${i}` }, undefined, at)).ms);
}
console.log(summary('save activity fields (+ audit row)', saves));

const relSaves: number[] = [];
for (let i = 0; i < 200; i++) {
  const id = ids[(i * 53) % ids.length]!;
  const purposes = [
    {
      description: `Formål ${i}`,
      art6Basis: 'b' as const,
      art9Condition: null,
      art10Ground: null,
      cprGround: null,
      nationalProvision: null,
      legitimateInterest: null,
      legitimateInterestAssessmentRef: null,
      consentRecordRef: null,
    },
  ];
  clock += 1;
  relSaves.push(time(() => updateActivity(opened.db, id, { purposes }, undefined, new Date(clock).toISOString())).ms);
}
console.log(summary('save activity purposes (+ audit row)', relSaves));

const lists: number[] = [];
const terms = ['løn', 'KURSUS', 'nyhedsbrev 12', 'S-99', 'økonomi'];
for (let i = 0; i < 50; i++) {
  lists.push(
    time(() =>
      listActivities(opened.db, {
        search: terms[i % terms.length],
        status: ['active'],
        sort: 'name',
        direction: 'asc',
        offset: 0,
        limit: 100,
      }),
    ).ms,
  );
}
console.log(summary('filtered list (search + status, first 100)', lists));
const unfiltered: number[] = [];
for (let i = 0; i < 20; i++)
  unfiltered.push(time(() => listActivities(opened.db, { sort: 'updatedAt', direction: 'desc', offset: 0, limit: 100 })).ms);
console.log(summary('unfiltered list sorted by updatedAt (first 100)', unfiltered));
opened.close();
fs.rmSync(dir, { recursive: true, force: true });
