import { app } from 'electron';
import { cliArguments, runInAppCli } from './cli-mode';
import { sqliteBinding } from './paths';
import { startApp } from './start-app';

// Only wiring: `ROPA Desk --cli …` runs one command of the command line and exits (no window, no
// single-instance lock, so it works beside an open app); otherwise the desktop app starts.
const cli = cliArguments(process.argv);
if (cli) void runInAppCli(app, cli, sqliteBinding());
else startApp();
