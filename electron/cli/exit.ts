import type { TFunction } from 'i18next';
import type { AppErrorData } from '../shared/errors';
import { type Message, type MessageParams, message, renderMessage } from '../shared/i18n/message';

/** Exit codes and the CLI's error type: kept apart from io.ts so `ropa --help` loads no database code. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A failure the CLI reports in words (a catalogue message, or an error from the services) and maps to an exit code. */
export class CliError extends Error {
  constructor(
    readonly what: Message | AppErrorData,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(what.key);
  }
}

/** Where a command writes. */
export interface Cli {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** What a command gets: where to write, and the catalogue in the language of --lang. */
export interface CliIo extends Cli {
  t: TFunction;
}

/** A catalogue message in the CLI's language. */
export function say(io: CliIo, key: Message['key'], params?: MessageParams): string {
  return renderMessage(io.t, params ? { key, params } : { key });
}

/** A failure with a catalogue message. */
export function fail(key: Parameters<typeof message>[0], params?: MessageParams, exitCode: number = EXIT.failed): CliError {
  return new CliError(message(key, params), exitCode);
}
