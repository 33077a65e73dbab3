import { parseArgs } from 'node:util';
import { type Cli, CliError, EXIT } from './exit';

// Only what --help and --version need is imported here; each command loads its own modules
// (database, services, spreadsheet and PDF code) when it runs, so `ropa --help` starts at once.

const USAGE = `ropa — ROPA Desk on the command line (the same register and rules as the app)

Usage:
  ropa seed [--replace]                 write the Jensens Kurser A/S example register
  ropa export json [--out FILE]         the whole register as JSON (stdout without --out)
  ropa import json FILE [--replace]     import a register JSON file (all or nothing)
  ropa check [--as-of YYYY-MM-DD] [--json] [--fail-on SEVERITY] [--lang da|en]
             [--assume EVENT[:COUNTRY|MECHANISM][@YYYY-MM-DD]]...
                                        evaluate the register against the legal knowledge base;
                                        --assume: as if a hypothetical event happened (what-if),
                                        with each transfer that loses its basis and its fallback
  ropa kb info [--json]                 the knowledge base in use, rollback, keys, what-if events
  ropa kb import FILE [--dry-run]       verify a signed knowledge-base update, show what it
                                        changes (rules, events, findings), then apply it
  ropa kb rollback                      back to the knowledge base in use before the last import
  ropa dpf import FILE [--snapshot-date YYYY-MM-DD]
                                        store a saved copy of the DPF List (CSV or JSON)
  ropa export pdf|xlsx|csv --out PATH [--lang da|en] [--record controller|processor]
                                        [--profile ico|datatilsynet] [--findings] [--as-of D]
                                        the Article 30 record as PDF, or a spreadsheet
  ropa import xlsx FILE                 add activities from a workbook in the ICO layout

  ropa --version                        the app version and the register format it writes

Every command takes --db FILE (default: the app's register; ROPA_DB overrides).
Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage,
3 open findings at or above --fail-on (CRITICAL > HIGH > MEDIUM > INFO).`;

const options = {
  db: { type: 'string' },
  out: { type: 'string' },
  replace: { type: 'boolean' },
  'as-of': { type: 'string' },
  json: { type: 'boolean' },
  'fail-on': { type: 'string' },
  lang: { type: 'string' },
  'snapshot-date': { type: 'string' },
  record: { type: 'string' },
  profile: { type: 'string' },
  findings: { type: 'boolean' },
  assume: { type: 'string', multiple: true },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Command = (cli: Cli, positionals: string[], flags: Record<string, string | string[] | boolean | undefined>) => Promise<number>;

const register = () => import('./commands/register');
const compliance = () => import('./commands/check');
const reports = () => import('./commands/reports');
const kb = () => import('./commands/kb');

const commands: Record<string, Command> = {
  seed: async (cli, _p, f) => (await register()).seed(cli, f),
  'export json': async (cli, _p, f) => (await register()).exportJson(cli, f),
  'import json': async (cli, p, f) => (await register()).importJson(cli, p[0], f),
  check: async (cli, _p, f) => (await compliance()).check(cli, f),
  'dpf import': async (cli, p, f) => (await compliance()).dpfImport(cli, p[0], f),
  'export pdf': async (cli, _p, f) => (await reports()).exportReport(cli, 'pdf', f),
  'export xlsx': async (cli, _p, f) => (await reports()).exportReport(cli, 'xlsx', f),
  'export csv': async (cli, _p, f) => (await reports()).exportReport(cli, 'csv', f),
  'import xlsx': async (cli, p, f) => (await reports()).importXlsx(cli, p[0], f),
  'kb info': async (cli, _p, f) => (await kb()).kbInfo(cli, f),
  'kb import': async (cli, p, f) => (await kb()).kbImport(cli, p[0], f),
  'kb rollback': async (cli, _p, f) => (await kb()).kbRollback(cli, f),
};

/** How the CLI was started; the Electron app passes its own build of better-sqlite3 when it has one. */
export interface CliOptions {
  nativeBinding?: string;
  /** Keys trusted for knowledge-base updates instead of the shipped ones: in-process tests only, never bin.mjs. */
  trustedKbKeys?: import('../services/kb-updates/trusted-keys').TrustedKey[];
}

/** Resolves the longest command name the positionals start with ("export json" before "export"). */
function route(positionals: string[]): { name: string; rest: string[] } | null {
  for (const words of [2, 1]) {
    const name = positionals.slice(0, words).join(' ');
    if (commands[name]) return { name, rest: positionals.slice(words) };
  }
  return null;
}

export async function main(argv: string[], cli: Cli = { out: console.log, err: console.error }, runtime: CliOptions = {}): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; args: string[] }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true });
  } catch (e) {
    cli.err(`${(e as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (parsed.values.version) {
    cli.out((await import('./version')).versionText());
    return EXIT.ok;
  }
  if (parsed.values.help || parsed.positionals.length === 0) {
    cli.out(USAGE);
    return parsed.values.help ? EXIT.ok : EXIT.usage;
  }
  const found = route(parsed.positionals);
  if (!found) {
    cli.err(`Unknown command "${parsed.positionals.join(' ')}".\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    if (runtime.nativeBinding) (await import('./io')).setNativeBinding(runtime.nativeBinding);
    (await import('./io')).setTrustedKbKeys(runtime.trustedKbKeys);
    return await commands[found.name]!(cli, found.rest, parsed.values);
  } catch (e) {
    if (e instanceof CliError) {
      cli.err(e.message);
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    cli.err(`Failed: ${message}`);
    return EXIT.failed;
  }
}
