import { parseArgs } from 'node:util';
import { catalogue, isLanguage } from '../shared/i18n/catalogue';
import type { Language } from '../shared/vocab';
import { type Cli, CliError, type CliIo, EXIT, say } from './exit';

// Only what --help and --version need is imported here; each command loads its own modules
// (database, services, spreadsheet and PDF code) when it runs, so `ropa --help` starts at once.

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

type Command = (cli: CliIo, positionals: string[], flags: Record<string, string | string[] | boolean | undefined>) => Promise<number>;

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
  'import csv': async (cli, p, f) => (await reports()).importCsv(cli, p[0], f),
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

/** The language of --lang (English when not given); null when the flag names another. */
function languageOf(argv: string[]): Language | null {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'en';
  const value = argv[i]!.includes('=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
  return isLanguage(value) ? value : null;
}

export async function main(argv: string[], cli: Cli = { out: console.log, err: console.error }, runtime: CliOptions = {}): Promise<number> {
  const lang = languageOf(argv);
  // The help text is read straight from the catalogue, so --help and --version load no package at all;
  // everything else is worded by i18next (loaded with the command).
  const words = catalogue[lang ?? 'en'].translation.cli;
  if (lang === null) {
    cli.err(`${words.langValues}\n\n${words.usage}`);
    return EXIT.usage;
  }
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true; args: string[] }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true });
  } catch (e) {
    cli.err(`${(e as Error).message}\n\n${words.usage}`);
    return EXIT.usage;
  }
  if (parsed.values.version) {
    cli.out((await import('./version')).versionText());
    return EXIT.ok;
  }
  if (parsed.values.help || parsed.positionals.length === 0) {
    cli.out(words.usage);
    return parsed.values.help ? EXIT.ok : EXIT.usage;
  }
  const io: CliIo = { ...cli, t: (await import('../shared/i18n/translate')).translator(lang) };
  const found = route(parsed.positionals);
  if (!found) {
    cli.err(`${say(io, 'cli.unknownCommand', { command: parsed.positionals.join(' ') })}\n\n${words.usage}`);
    return EXIT.usage;
  }
  try {
    if (runtime.nativeBinding) (await import('./io')).setNativeBinding(runtime.nativeBinding);
    (await import('./io')).setTrustedKbKeys(runtime.trustedKbKeys);
    return await commands[found.name]!(io, found.rest, parsed.values);
  } catch (e) {
    if (e instanceof CliError) {
      cli.err('code' in e.what ? (await import('./io')).describe(e.what, io.t) : say(io, e.what.key, e.what.params));
      return e.exitCode;
    }
    cli.err(say(io, 'cli.failed', { detail: e instanceof Error ? e.message : String(e) }));
    return EXIT.failed;
  }
}
