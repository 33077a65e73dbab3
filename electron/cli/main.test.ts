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
    expect(seeded.out).toMatch(/6 activities/);

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
    expect(result.err).toMatch(/\$\.activities: /);
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

  it('answers wrong usage with exit code 2 and the usage text', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('import', 'json')).code).toBe(2);
    expect((await run('--bogus')).err).toMatch(/Usage:/);
  });
});
