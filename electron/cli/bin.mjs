#!/usr/bin/env node
// `ropa` command line. Runs the TypeScript services directly through tsx, so it works right
// after `npm install`, with no build step and without Electron.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
