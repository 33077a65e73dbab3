import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from './main';

const dirs: string[] = [];
function temp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-cli-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('ropa CLI', () => {
  it('seeds, exports and imports a register through real files', async () => {
    const dir = temp();
    const db = path.join(dir, 'a.sqlite');
    const seeded = await run('seed', '--db', db);
    expect(seeded.code).toBe(0);
    expect(seeded.out).toMatch(/6 processing activities/);

    const again = await run('seed', '--db', db);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already has entries/);

    const out = path.join(dir, 'a.json');
    expect((await run('export', 'json', '--db', db, '--out', out)).code).toBe(0);
    const second = path.join(dir, 'b.sqlite');
    expect((await run('import', 'json', out, '--db', second)).code).toBe(0);
    const stdout = await run('export', 'json', '--db', second);
    expect(`${stdout.out}\n`).toBe(fs.readFileSync(out, 'utf8'));
  });

  it('reports a bad import with the JSON path and exit code 1, leaving the register empty', async () => {
    const dir = temp();
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ format: 'ropa-desk.register', formatVersion: 1 }));
    const db = path.join(dir, 'x.sqlite');
    const result = await run('import', 'json', bad, '--db', db);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/\$\.activities \(Processing activities\): Required/);
    const exported = JSON.parse((await run('export', 'json', '--db', db)).out);
    expect(exported.activities).toEqual([]);
  });

  it('uses ROPA_DB when --db is not given', async () => {
    const db = path.join(temp(), 'env.sqlite');
    process.env.ROPA_DB = db;
    try {
      expect((await run('seed')).code).toBe(0);
      expect(fs.existsSync(db)).toBe(true);
    } finally {
      delete process.env.ROPA_DB;
    }
  });

  it('prints the app version and the register format it writes', async () => {
    const version = await run('--version');
    expect(version.code).toBe(0);
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8'));
    expect(version.out).toBe(`ROPA Desk ${pkg.version} (register file format ${journal.entries.length}, exchange JSON format 1)`);
  });

  it('answers wrong usage with exit code 2 and the usage text', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('import', 'json')).code).toBe(2);
    expect((await run('--bogus')).err).toMatch(/Usage:/);
  });
});

describe('ropa check and ropa dpf import', () => {
  it('prints a table, JSON in the documented shape, and exits 3 when --fail-on is met', async () => {
    const db = path.join(temp(), 'c.sqlite');
    await run('seed', '--db', db);
    const table = await run('check', '--db', db, '--as-of', '2026-11-25');
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/CRITICAL\s+TR-PS-ACTIVE\s+Transfer: HubSpot/);
    const json = await run('check', '--db', db, '--as-of', '2019-12-18', '--json');
    const report = JSON.parse(json.out);
    expect(report.asOf).toBe('2019-12-18');
    expect(report.findings.some((f: { ruleId: string }) => f.ruleId.startsWith('TR-PS'))).toBe(false);
    expect((await run('check', '--db', db, '--as-of', '2026-11-25', '--fail-on', 'critical')).code).toBe(3);
    expect((await run('check', '--db', db, '--as-of', '2019-12-18', '--fail-on', 'critical')).code).toBe(0);
    expect((await run('check', '--db', db, '--fail-on', 'severe')).code).toBe(2);
    expect((await run('check', '--db', db, '--as-of', '2026-02-30')).err).toMatch(/does not exist in the calendar/);
  });

  it('imports a DPF List file', async () => {
    const dir = temp();
    const db = path.join(dir, 'd.sqlite');
    const file = path.join(dir, 'dpf.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        snapshotDate: '2026-11-01',
        entries: [
          {
            orgName: 'Intuit Inc.',
            coveredEntities: ['The Rocket Science Group LLC'],
            status: 'active',
            frameworks: ['EU-US'],
            dataTypes: ['non-HR'],
          },
        ],
      }),
    );
    const result = await run('dpf', 'import', file, '--db', db);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Imported 1 DPF List entries \(snapshot of 2026-11-01\)/);
  });
});

describe('ropa export pdf|xlsx|csv and ropa import xlsx', () => {
  it('writes each format and imports the ICO workbook into another register', async () => {
    const dir = temp();
    const db = path.join(dir, 'r.sqlite');
    await run('seed', '--db', db);
    const pdf = path.join(dir, 'r.pdf');
    const result = await run('export', 'pdf', '--db', db, '--out', pdf, '--lang', 'en', '--record', 'controller');
    expect(result.code).toBe(0);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = path.join(dir, 'r.xlsx');
    expect((await run('export', 'xlsx', '--db', db, '--out', xlsx, '--profile', 'ico')).code).toBe(0);
    expect((await run('export', 'csv', '--db', db, '--out', path.join(dir, 'r.csv'))).code).toBe(0);
    expect((await run('export', 'pdf', '--db', db, '--out', pdf, '--lang', 'fr')).code).toBe(2);
    expect((await run('export', 'pdf', '--db', db)).code).toBe(2);
    const other = path.join(dir, 'o.sqlite');
    const imported = await run('import', 'xlsx', xlsx, '--db', other);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/6 processing activities/);
    // The Datatilsynet-style CSV (the default profile) reads back too, into a third register, in Danish.
    const third = path.join(dir, 't.sqlite');
    const fromCsv = await run('import', 'csv', path.join(dir, 'r.csv'), '--db', third, '--lang', 'da');
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.out).toMatch(/6 behandlingsaktiviteter/);
    const broken = path.join(dir, 'broken.csv');
    fs.writeFileSync(broken, 'Navn,Noget\nA,B\n');
    const refused = await run('import', 'csv', broken, '--db', third);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/neither the ICO template's nor the Datatilsynet layout's/);
  });

  it('writes the report straight to --out: no copy in the temp folder or the app folder', async () => {
    const dir = temp();
    const db = path.join(dir, 'r.sqlite');
    await run('seed', '--db', db);
    const tmp = fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true })!;
    const config = fs.mkdirSync(path.join(dir, 'config'), { recursive: true })!;
    const saved = { TMPDIR: process.env.TMPDIR, XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME };
    Object.assign(process.env, { TMPDIR: tmp, XDG_CONFIG_HOME: config });
    try {
      expect(os.tmpdir()).toBe(tmp);
      const out = path.join(dir, 'out', 'Fortegnelse.pdf');
      fs.mkdirSync(path.dirname(out));
      const result = await run('export', 'pdf', '--db', db, '--out', out);
      expect(result.code).toBe(0);
      expect(fs.readdirSync(path.dirname(out))).toEqual(['Fortegnelse.pdf']);
      expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
      // (From the TypeScript sources the PDF worker starts through tsx, whose compile cache sits in tmp.)
      expect(fs.readdirSync(tmp).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
      expect(fs.readdirSync(config)).toEqual([]);
      // A folder that does not exist: a clear failure, and nothing written anywhere.
      const failed = await run('export', 'pdf', '--db', db, '--out', path.join(dir, 'missing', 'x.pdf'));
      expect(failed.code).toBe(1);
      expect(failed.err).toMatch(/x\.pdf/);
      expect(fs.existsSync(path.join(dir, 'missing'))).toBe(false);
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
