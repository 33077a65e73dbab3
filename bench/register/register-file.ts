/**
 * Writes the realistic register to a JSON file and imports it into a register file through the real
 * import path (`ropa import json`, the command a user runs), so every bench and every engineer gets
 * the same register built the same way. Built files are cached per size, seed, generator version
 * and schema (the newest migration), in the system's temp folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REALISTIC_REGISTER_VERSION, type RealisticOptions, realisticRegister } from './realistic-register';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The register as the JSON a user would import (compact, as large registers are exchanged). */
export function writeRegisterJson(options: RealisticOptions, file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(realisticRegister(options)));
}

/** `ropa` as package.json's bin names it, run with this Node. */
function ropaCommand(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { bin: { ropa: string } };
  return path.join(root, pkg.bin.ropa);
}

/** `ropa import json JSON --db DB [--replace]`; throws with the CLI's own message when it fails. */
export function importWithCli(jsonFile: string, dbFile: string, replace = false): void {
  const args = [
    // A 10,000-activity document is about 180 MB of JSON; its parse needs more than Node's default heap.
    '--max-old-space-size=6144',
    ropaCommand(),
    'import',
    'json',
    jsonFile,
    '--db',
    dbFile,
    ...(replace ? ['--replace'] : []),
  ];
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`ropa import json failed (exit ${run.status}): ${run.stderr || run.stdout}`);
}

function schemaTag(): string {
  const journal = JSON.parse(fs.readFileSync(path.join(root, 'db/migrations/meta/_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.at(-1)?.tag ?? 'none';
}

export const cacheDir = path.join(os.tmpdir(), 'ropa-realistic-registers');

/**
 * A register file holding the realistic register of `activities` activities, built once and reused.
 * Callers that write to it must copy it first (see copyRegister).
 */
export function realisticRegisterFile(options: RealisticOptions): string {
  const seed = options.seed ?? 1;
  const name = `realistic-v${REALISTIC_REGISTER_VERSION}-${schemaTag()}-${options.activities}-s${seed}`;
  const db = path.join(cacheDir, `${name}.sqlite`);
  if (fs.existsSync(db)) return db;
  fs.mkdirSync(cacheDir, { recursive: true });
  const json = path.join(cacheDir, `${name}.json`);
  const partial = path.join(cacheDir, `${name}.partial-${process.pid}.sqlite`);
  try {
    writeRegisterJson({ ...options, seed }, json);
    importWithCli(json, partial);
    // SQLite folds the WAL into the file when the CLI closes it: the one file is the whole register.
    if (fs.existsSync(`${partial}-wal`)) throw new Error(`${partial}-wal was left behind; the register file is incomplete`);
    fs.renameSync(partial, db);
  } finally {
    for (const f of [json, partial, `${partial}-wal`, `${partial}-shm`]) fs.rmSync(f, { force: true });
  }
  return db;
}

/** A private copy of a cached register file, to open and change. */
export function copyRegister(source: string, target: string): string {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, target);
  return target;
}
