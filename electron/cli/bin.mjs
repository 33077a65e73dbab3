#!/usr/bin/env node
// `ropa` command line: runs the CLI bundle that `npm install` (the prepare script) and
// `npm run build` write to out/main/cli.js. No TypeScript is compiled at run time.
import { existsSync } from 'node:fs';

const bundle = new URL('../../out/main/cli.js', import.meta.url);
if (!existsSync(bundle)) {
  console.error('The ropa command line is not built yet (out/main/cli.js is missing). Run: npm run build');
  process.exit(1);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
