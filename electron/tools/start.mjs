#!/usr/bin/env node
// `npm start`: build and launch the real Electron app, or say plainly why it cannot start here.
// better-sqlite3 is native: Electron needs a build for its own ABI. We keep that build in
// node_modules/.ropa-native/ and hand its path to the app, so Node's build (used by the CLI and
// `npm test`) stays untouched.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
const dev = process.argv.includes('--dev');

function fail(lines) {
  console.error(`\nROPA Desk cannot start here.\n\n${lines.join('\n')}\n`);
  console.error(
    'Meanwhile the register works without the window:\n  npx ropa --help                    the command line (seed, export, import)\n  npx tsx tests/harness/dev.ts       the same UI in your browser, on 127.0.0.1 (development harness)\n',
  );
  process.exit(1);
}

function electronBinary() {
  if (!fs.existsSync(path.join(root, 'node_modules/electron/package.json'))) {
    fail(['The electron package is not installed.', 'Run: npm install']);
  }
  // The electron package downloads its binary on first use (from its release server, not npm).
  try {
    const binary = require('electron');
    if (typeof binary === 'string' && fs.existsSync(binary)) return binary;
  } catch {
    // reported below
  }
  return fail([
    'The Electron binary is missing and could not be downloaded.',
    'Electron fetches its binary from its release server on first start; this machine cannot reach it',
    '(no internet, or only the npm registry is reachable).',
    'On a machine with internet access: npm install && npm start',
  ]);
}

function checkDisplay() {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    fail([
      'No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so no window can open.',
      'Start it from a desktop session, or under a virtual display: xvfb-run npm start',
    ]);
  }
}

function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
}

/** Builds better-sqlite3 for Electron into its own folder (once per Electron version), then proves it loads. */
function electronSqliteBinding(binary) {
  const version = electronVersion();
  const target = path.join(root, 'node_modules/.ropa-native', `electron-${version}-${process.platform}-${process.arch}`);
  const binding = path.join(target, 'better_sqlite3.node');
  if (!fs.existsSync(binding)) {
    console.log(`Building better-sqlite3 for Electron ${version} (first start only)…`);
    const work = path.join(target, 'src');
    fs.rmSync(work, { recursive: true, force: true });
    fs.cpSync(path.join(root, 'node_modules/better-sqlite3'), work, { recursive: true });
    fs.rmSync(path.join(work, 'build'), { recursive: true, force: true });
    const env = {
      ...process.env,
      npm_config_runtime: 'electron',
      npm_config_target: version,
      npm_config_disturl: 'https://electronjs.org/headers',
    };
    const prebuilt = spawnSync('npx', ['--yes', 'prebuild-install', '--runtime', 'electron', '--target', version], {
      cwd: work,
      stdio: 'inherit',
      env,
      shell: process.platform === 'win32',
    });
    if (prebuilt.status !== 0) {
      const built = spawnSync(
        'npx',
        [
          '--yes',
          'node-gyp',
          'rebuild',
          '--release',
          `--target=${version}`,
          '--runtime=electron',
          '--dist-url=https://electronjs.org/headers',
        ],
        { cwd: work, stdio: 'inherit', env, shell: process.platform === 'win32' },
      );
      if (built.status !== 0)
        fail([
          'better-sqlite3 could not be built for Electron (no prebuilt binary could be downloaded and node-gyp failed).',
          'Check the output above; node-gyp needs Python and a C++ compiler, and internet access for the Electron headers.',
        ]);
    }
    fs.copyFileSync(path.join(work, 'build/Release/better_sqlite3.node'), binding);
    fs.rmSync(work, { recursive: true, force: true });
  }
  // Verify by what it leaves, not by what the build printed: load it inside Electron's Node.
  const check = spawnSync(
    binary,
    [
      '-e',
      `new (require(${JSON.stringify(path.join(root, 'node_modules/better-sqlite3'))}))(':memory:', { nativeBinding: ${JSON.stringify(binding)} }).close()`,
    ],
    {
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      encoding: 'utf8',
    },
  );
  if (check.status !== 0) {
    fs.rmSync(binding, { force: true });
    fail([
      `The better-sqlite3 build for Electron ${version} does not load in Electron:`,
      (check.stderr || '').trim(),
      'It was removed; run npm start again to rebuild it.',
    ]);
  }
  return binding;
}

const binary = electronBinary();
checkDisplay();
const binding = electronSqliteBinding(binary);
const env = { ...process.env, ROPA_SQLITE_BINDING: binding };
const bin = path.join(root, 'node_modules/.bin/electron-vite');
if (dev) {
  spawn(bin, ['dev'], { cwd: root, stdio: 'inherit', env }).on('exit', (code) => process.exit(code ?? 0));
} else {
  execFileSync(bin, ['build'], { cwd: root, stdio: 'inherit' });
  spawn(binary, ['.'], { cwd: root, stdio: 'inherit', env }).on('exit', (code) => process.exit(code ?? 0));
}
