import fs from 'node:fs';
import { openDatabase } from '../../db/client';
import { handlers } from '../services/api';
import type { ApiContext } from '../services/context';
import { dispatch } from '../services/dispatch';
import type { TrustedKey } from '../services/kb-updates/trusted-keys';
import { defaultRegisterFile } from '../services/paths';
import type { AppErrorData } from '../shared/errors';
import { CliError } from './exit';

let nativeBinding: string | undefined;

/** better-sqlite3 built for the running runtime, when it is not the installed one (`npm start`'s Electron build). */
export function setNativeBinding(file: string | undefined): void {
  nativeBinding = file;
}

let trustedKbKeys: TrustedKey[] | undefined;

/** Keys to trust for knowledge-base updates instead of the shipped ones: only in-process tests pass them. */
export function setTrustedKbKeys(keys: TrustedKey[] | undefined): void {
  trustedKbKeys = keys;
}

/** Opens the register named by --db (or ROPA_DB, or the app's default) for one command. */
export function openRegister(dbFlag: string | undefined): ApiContext & { close(): void } {
  const file = dbFlag || defaultRegisterFile();
  const database = openDatabase(file, nativeBinding ? { nativeBinding } : {});
  return { database, now: () => new Date(), close: () => database.close(), ...(trustedKbKeys ? { trustedKbKeys } : {}) };
}

/** The text of a file named on the command line; an unreadable file is a CliError naming it. */
export function readTextFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`Could not read ${file}: ${(e as Error).message}`);
  }
}

/** Calls a channel through the same dispatch as the app; a failure becomes a CliError. */
export async function call<T>(ctx: ApiContext, channel: string, input?: unknown): Promise<T> {
  const result = await dispatch(handlers, ctx, channel, input);
  if (!result.ok) throw new CliError(describe(result.error));
  return result.data as T;
}

export function describe(error: AppErrorData): string {
  // With details, the headline is the first sentence; the details list every place.
  const headline = error.details?.length ? error.message.split(/(?<=\.) /)[0] : error.message;
  const lines = [`${error.code}: ${headline}`];
  for (const d of error.details?.slice(0, 20) ?? []) lines.push(`  ${d.path}: ${d.message}`);
  if ((error.details?.length ?? 0) > 20) lines.push(`  … and ${(error.details?.length ?? 0) - 20} more`);
  return lines.join('\n');
}
