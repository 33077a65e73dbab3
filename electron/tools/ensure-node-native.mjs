#!/usr/bin/env node
// Makes sure better-sqlite3 loads in plain Node before tests run. `npm start` never touches
// Node's build (it keeps Electron's beside it), but a packager's install-app-deps rebuilds in
// place; if that happened, rebuild for Node here so `npm test` works without anyone remembering.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function loads() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return null;
  } catch (e) {
    return e;
  }
}

const problem = loads();
if (problem) {
  console.error(`better-sqlite3 does not load in Node ${process.version} (${problem.message.split('\n')[0]}); rebuilding it for Node…`);
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
  // A fresh process, because a failed native load is cached in this one.
  execSync(`"${process.execPath}" -e "new (require('better-sqlite3'))(':memory:').close()"`, { stdio: 'inherit' });
  console.error('better-sqlite3 now loads in Node.');
}
