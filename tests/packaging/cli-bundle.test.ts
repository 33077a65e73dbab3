import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importGraph, packageName } from './bundle-imports';

// The `ropa` command line as `npx ropa` runs it: electron/cli/bin.mjs → the bundle out/main/cli.js
// that `npm run build` (and `npm install`, through the prepare script) writes. Needs the build.
const cliBundle = 'out/main/cli.js';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-cli-bundle-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ropa = (...args: string[]) => execFileSync(process.execPath, ['electron/cli/bin.mjs', ...args], { encoding: 'utf8' });

describe('the bundled ropa command line', () => {
  it('loads no database, spreadsheet, PDF or validation code for --help and --version', () => {
    const startup = importGraph(cliBundle, { dynamic: false });
    expect(startup.packages.map(packageName).filter((p) => p !== null)).toEqual([]);
    // zod and drizzle are bundled into chunks rather than imported: none of those loads at start-up.
    const bundled = /ZodError|drizzle|sqliteTable/;
    const base = path.dirname(cliBundle);
    expect(startup.files.filter((f) => bundled.test(fs.readFileSync(path.join(base, f), 'utf8')))).toEqual([]);
    // …while the commands themselves do reach them (so the checks above are not vacuous).
    const everything = importGraph(cliBundle, { dynamic: true });
    expect(everything.packages.map(packageName)).toEqual(expect.arrayContaining(['better-sqlite3', 'exceljs']));
    expect(everything.files.filter((f) => bundled.test(fs.readFileSync(path.join(base, f), 'utf8'))).length).toBeGreaterThan(0);
  });

  it('never compiles TypeScript at run time: no tsx, no .ts file anywhere it can reach', () => {
    const graph = importGraph(cliBundle, { dynamic: true });
    expect(graph.packages.filter((p) => p.startsWith('tsx'))).toEqual([]);
    expect(graph.files.filter((f) => f.endsWith('.ts'))).toEqual([]);
  });

  it('answers --version and runs commands end to end, a PDF included', () => {
    expect(ropa('--version')).toMatch(/^ROPA Desk \d+\.\d+\.\d+ \(register file format \d+, exchange JSON format \d+\)/);
    const db = path.join(dir, 'r.sqlite');
    ropa('seed', '--db', db);
    const pdf = path.join(dir, 'r.pdf');
    expect(ropa('export', 'pdf', '--db', db, '--out', pdf)).toMatch(/Wrote .*r\.pdf \(PDF, \d+ pages/);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
