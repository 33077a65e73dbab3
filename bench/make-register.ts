/**
 * Writes the realistic register (bench/register/realistic-register.ts) of N activities as a JSON
 * file and/or a register file, the latter through `ropa import json` like a user's import.
 *
 *   npx tsx bench/make-register.ts --activities 1000 --json /tmp/register-1000.json
 *   npx tsx bench/make-register.ts --activities 10000 --db /tmp/register-10000.sqlite [--seed 1] [--replace]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importWithCli, writeRegisterJson } from './register/register-file';

const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    db: { type: 'string' },
    replace: { type: 'boolean', default: false },
  },
});
const activities = Number(values.activities);
const seed = Number(values.seed);
if (!Number.isInteger(activities) || activities < 1 || !Number.isInteger(seed) || (!values.json && !values.db)) {
  console.error('Usage: npx tsx bench/make-register.ts --activities N [--seed S] [--json FILE] [--db FILE [--replace]]');
  process.exit(2);
}
const json = values.json ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-register-')), 'register.json');
writeRegisterJson({ activities, seed }, json);
console.log(`Wrote ${activities} activities (seed ${seed}) to ${json}: ${(fs.statSync(json).size / 1e6).toFixed(1)} MB.`);
if (values.db) {
  importWithCli(json, values.db, values.replace);
  console.log(`Imported it with ropa import json into ${values.db}: ${(fs.statSync(values.db).size / 1e6).toFixed(1)} MB.`);
  if (!values.json) fs.rmSync(path.dirname(json), { recursive: true, force: true });
}
