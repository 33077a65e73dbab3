import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FromWorker, RenderRequest } from '../../electron/services/reports/pdf/worker-protocol';
import { shippedResources } from '../../electron/services/resource-paths';
import { importGraph, packageName } from './bundle-imports';
import { makeStandInElectron, writeStandInElectronModule } from './stand-in-electron';

/**
 * The packaging check: electron-builder packs the `dir` target of electron-builder.yml around a
 * stand-in Electron distribution (the real binary cannot be downloaded here), and the produced app
 * is inspected file by file and run: its main bundle, in --cli mode, under plain Node with a
 * stand-in `electron` module. What this proves and what only a machine with the real binary can
 * prove is listed in docs/packaging.md. Needs `npm run build` first.
 */

/** Budget for what the app adds to Electron (app.asar + app.asar.unpacked); about 29 MB on 2026-12-05. */
const APP_SIZE_BUDGET_MB = 35;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-package-'));
const appDir = path.join(work, 'out', 'linux-unpacked');
const resources = path.join(appDir, 'resources');
const archive = path.join(resources, 'app.asar');
const extracted = path.join(work, 'extracted');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let packed: Set<string>;

beforeAll(() => {
  const electronDist = makeStandInElectron(path.join(work, 'electron-dist'));
  // npmRebuild off: rebuilding better-sqlite3 for Electron needs Electron's headers from the network.
  // The packaged binary is then Node's build, which is what lets the package be run by Node below.
  execFileSync(
    'node_modules/.bin/electron-builder',
    [
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${path.join(work, 'out')}`,
    ],
    { stdio: 'pipe', env: { ...process.env, CI: 'true' } },
  );
  packed = new Set(asar.listPackage(archive, { isPack: false }).map((f) => f.replaceAll('\\', '/')));
  asar.extractAll(archive, extracted);
  writeStandInElectronModule(extracted);
}, 180_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Files (not folders) under a path of the repository, as asar entries ("/db/migrations/…"). */
function sourceFiles(relative: string): string[] {
  if (fs.statSync(relative).isFile()) return [`/${relative}`];
  return fs
    .readdirSync(relative, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(relative, f)).isFile() && !f.endsWith('.map'))
    .map((f) => `/${path.posix.join(relative, f.replaceAll('\\', '/'))}`);
}

function totalSize(target: string): number {
  const stat = fs.statSync(target);
  if (stat.isFile()) return stat.size;
  return fs.readdirSync(target).reduce((sum, f) => sum + totalSize(path.join(target, f)), 0);
}

/** The packaged main bundle's entry points, as extracted from app.asar. */
const entries = ['out/main/index.js', 'out/main/cli.js', 'out/main/pdf-worker.js'];

function packagedCli(...args: string[]): string {
  return execFileSync(process.execPath, [path.join(extracted, 'out/main/index.js'), '--cli', ...args], { encoding: 'utf8' });
}

describe('the packaged app (electron-builder dir target, stand-in Electron)', () => {
  it('ships every file that main, the PDF worker and the CLI read at run time (electron/services/resource-paths.ts)', () => {
    for (const [name, relative] of Object.entries(shippedResources)) {
      const files = sourceFiles(relative);
      expect(files.length, `${name}: nothing at ${relative} (run npm run build)`).toBeGreaterThan(0);
      expect(
        files.filter((f) => !packed.has(f)),
        `${name} (${relative}) is read at run time but not shipped: add it to electron-builder.yml files`,
      ).toEqual([]);
    }
  });

  it("keeps better-sqlite3's native binary outside the archive, where it can be loaded", () => {
    const binary = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(fs.existsSync(path.join(resources, 'app.asar.unpacked', binary))).toBe(true);
    const header = asar.getRawHeader(archive).header as { files: Record<string, unknown> };
    const entry = binary
      .split('/')
      .reduce<Record<string, unknown>>((node, part) => (node.files as Record<string, Record<string, unknown>>)[part]!, header);
    expect(entry.unpacked).toBe(true);
  });

  it('has bundles that import no devDependency, and every package they import is in the archive', () => {
    const imported = new Set(entries.flatMap((e) => importGraph(path.join(extracted, e), { dynamic: true }).packages));
    const names = [...new Set([...imported].map(packageName).filter((n): n is string => n !== null))].sort();
    expect(names.filter((n) => n in pkg.devDependencies && n !== 'electron')).toEqual([]);
    expect(names.filter((n) => n !== 'electron' && !(n in pkg.dependencies))).toEqual([]);
    expect(names.filter((n) => n !== 'electron' && !packed.has(`/node_modules/${n}/package.json`))).toEqual([]);
    // electron-log/main would open an IPC channel without a sender check (and inject a preload).
    expect([...imported].filter((s) => s.startsWith('electron-log') && s !== 'electron-log/node')).toEqual([]);
    const preload = fs.readFileSync(path.join(extracted, 'out/preload/index.cjs'), 'utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
  });

  it('ships a package.json that starts the main bundle and carries no development tooling', () => {
    const packagedPkg = JSON.parse(fs.readFileSync(path.join(extracted, 'package.json'), 'utf8'));
    expect(packagedPkg.main).toBe('out/main/index.js');
    expect(packagedPkg.devDependencies).toBeUndefined();
    expect(packed.has('/node_modules/vite/package.json') || packed.has('/node_modules/tsx/package.json')).toBe(false);
    expect([...packed].filter((f) => /^\/(electron|renderer|db\/schema|tests|bench)\//.test(f))).toEqual([]);
  });

  it(`stays within ${APP_SIZE_BUDGET_MB} MB unpacked`, () => {
    const megabytes = (totalSize(archive) + totalSize(path.join(resources, 'app.asar.unpacked'))) / 1e6;
    expect(megabytes).toBeLessThanOrEqual(APP_SIZE_BUDGET_MB);
  });

  it('flips the fuses: no RunAsNode, NODE_OPTIONS or --inspect; ASAR integrity and only-load-from-ASAR on', async () => {
    const wire = await getCurrentFuseWire(path.join(appDir, 'ropa-desk'));
    const on = (fuse: FuseV1Options) => String.fromCharCode(wire[fuse] as number) === '1';
    expect({
      runAsNode: on(FuseV1Options.RunAsNode),
      nodeOptions: on(FuseV1Options.EnableNodeOptionsEnvironmentVariable),
      inspect: on(FuseV1Options.EnableNodeCliInspectArguments),
      asarIntegrity: on(FuseV1Options.EnableEmbeddedAsarIntegrityValidation),
      onlyFromAsar: on(FuseV1Options.OnlyLoadAppFromAsar),
      cookieEncryption: on(FuseV1Options.EnableCookieEncryption),
      fileProtocolPrivileges: on(FuseV1Options.GrantFileProtocolExtraPrivileges),
    }).toEqual({
      runAsNode: false,
      nodeOptions: false,
      inspect: false,
      asarIntegrity: true,
      onlyFromAsar: true,
      cookieEncryption: true,
      fileProtocolPrivileges: false,
    });
    // With RunAsNode off, nothing may rely on it: the packaged CLI runs in the app's main process.
    for (const e of entries) expect(fs.readFileSync(path.join(extracted, e), 'utf8')).not.toContain('ELECTRON_RUN_AS_NODE');
  });

  it('ships Danish and English only, and the ropa launcher beside the executable', () => {
    expect(fs.readdirSync(path.join(appDir, 'locales')).sort()).toEqual(['da.pak', 'en-GB.pak', 'en-US.pak']);
    const launcher = fs.readFileSync(path.join(appDir, 'ropa'), 'utf8');
    expect(launcher).toContain('"$here/ropa-desk" --cli "$@"');
    expect(fs.statSync(path.join(appDir, 'ropa')).mode & 0o111).not.toBe(0);
  });

  it('answers the CLI from the packaged files alone: version, seed, check, PDF and XLSX', () => {
    expect(packagedCli('--version')).toMatch(/^ROPA Desk \d+\.\d+\.\d+ \(register file format \d+/);
    const db = path.join(work, 'register.sqlite');
    expect(packagedCli('seed', '--db', db)).toMatch(/Jensens Kurser A\/S/);
    const report = JSON.parse(packagedCli('check', '--db', db, '--as-of', '2026-11-25', '--json'));
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('TR-PS-ACTIVE');
    const pdf = path.join(work, 'register.pdf');
    expect(packagedCli('export', 'pdf', '--db', db, '--out', pdf)).toMatch(/\(PDF, \d+ pages/);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = path.join(work, 'register.xlsx');
    packagedCli('export', 'xlsx', '--db', db, '--out', xlsx);
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
  });

  it('starts the packaged PDF worker, which reads the register file and the fonts from the package', async () => {
    const db = path.join(work, 'worker.sqlite');
    packagedCli('seed', '--db', db);
    const pdf = path.join(work, 'worker.pdf');
    const worker = new Worker(path.join(extracted, 'out/main/pdf-worker.js'));
    const request: RenderRequest = {
      type: 'render',
      source: { database: db },
      options: { record: 'controller', lang: 'da', generatedOn: '2026-12-05' },
      file: pdf,
    };
    const done = await new Promise<FromWorker>((resolve, reject) => {
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'done' || m.type === 'error') resolve(m);
      });
      worker.on('error', reject);
      worker.postMessage(request);
    });
    await worker.terminate();
    expect(done).toMatchObject({ type: 'done', result: { pages: expect.any(Number) } });
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
