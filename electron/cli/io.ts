import fs from 'node:fs';
import type { TFunction } from 'i18next';
import { openDatabase } from '../../db/client';
import { handlers } from '../services/api';
import type { ApiContext } from '../services/context';
import { dispatch } from '../services/dispatch';
import type { TrustedKey } from '../services/kb-updates/trusted-keys';
import { defaultRegisterFile } from '../services/paths';
import type { AppErrorData } from '../shared/errors';
import { fieldLabel } from '../shared/i18n/field-labels';
import { renderMessage } from '../shared/i18n/message';
import { CliError, type CliIo, fail, say } from './exit';

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
    throw fail('cli.cannotRead', { file, detail: (e as Error).message });
  }
}

/** Calls a channel through the same dispatch as the app; a failure becomes a CliError. */
export async function call<T>(ctx: ApiContext, channel: string, input?: unknown): Promise<T> {
  const result = await dispatch(handlers, ctx, channel, input);
  if (!result.ok) throw new CliError(result.error);
  return result.data as T;
}

/** An error from the services in the CLI's language: its code and sentence, then every place it names (at most 20). */
export function describe(error: AppErrorData, t: TFunction): string {
  const lines = [`${error.code}: ${renderMessage(t, error)}`];
  for (const d of error.details?.slice(0, 20) ?? []) {
    const field = d.path ? fieldLabel(t, d.path) : '';
    const where = d.path && field !== d.path ? `${d.path} (${field})` : d.path;
    lines.push(`  ${where ? `${where}: ` : ''}${renderMessage(t, d)}`);
  }
  if ((error.details?.length ?? 0) > 20) lines.push(`  … ${(error.details?.length ?? 0) - 20}+`);
  return lines.join('\n');
}

/** "6 behandlingsaktiviteter, 12 modtagere": what an import or seed wrote, in the catalogue's words. */
export function countSummary(io: CliIo, counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => renderMessage(io.t, { key: `reports.import.counts.${k}`, params: { count: n } }));
  return parts.length > 0 ? parts.join(', ') : say(io, 'cli.nothingNew');
}
