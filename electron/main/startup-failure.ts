import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../shared/errors';
import { type MainTexts, mainTexts } from './main-texts';

export type StartupFailureKind = keyof Omit<MainTexts['startup'], 'title' | 'file' | 'details'>;

/** The register's folder cannot be created or written (checked before SQLite is involved). */
export class RegisterFolderError extends Error {
  constructor(
    readonly folder: string,
    cause: unknown,
  ) {
    super(`Cannot write to ${folder}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/**
 * Makes sure the register's folder exists and a file can be written in it: SQLite needs to create
 * its -wal and -shm files there even to read. A probe file is written and removed again.
 */
export function ensureRegisterFolderWritable(registerFile: string): void {
  const folder = path.dirname(registerFile);
  const probe = path.join(folder, `.ropa-write-check-${process.pid}`);
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (e) {
    throw new RegisterFolderError(folder, e);
  }
}

const nativeModuleProblem =
  /NODE_MODULE_VERSION|compiled against a different Node\.js version|Could not locate the bindings file|invalid ELF header|not a valid Win32 application|wrong ELF class|better_sqlite3\.node/i;

/**
 * What went wrong, from the error that stopped the register from opening: the data layer's message
 * key says which of its refusals it was; the underlying system error (Node's or SQLite's own wording)
 * tells a broken native module or a read-only folder apart from other failures to open.
 */
export function classifyStartupFailure(error: unknown): StartupFailureKind {
  if (error instanceof RegisterFolderError) return 'folderUnwritable';
  if (error instanceof AppError && error.key === 'problem.newerVersion') return 'newerVersion';
  if (error instanceof AppError && error.key === 'problem.migrationFailed') return 'migrationFailed';
  const cause = error instanceof AppError ? String(error.params?.detail ?? '') : error instanceof Error ? error.message : String(error);
  if (nativeModuleProblem.test(cause)) return 'nativeModule';
  if (/SQLITE_READONLY|readonly database|EACCES|EPERM|EROFS/.test(cause)) return 'folderUnwritable';
  return 'openFailed';
}

/** The native dialog's title and text: what happened, what to do, the file, and the technical detail. */
export function startupFailureMessage(error: unknown, registerFile: string, locale: string): { title: string; content: string } {
  const t = mainTexts(locale).startup;
  const kind = classifyStartupFailure(error);
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: t.title,
    content: [t[kind].what, t[kind].todo, '', `${t.file}: ${registerFile}`, '', `${t.details}: ${detail}`].join('\n'),
  };
}
