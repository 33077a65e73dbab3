import type { z } from 'zod';
import { type Message, type MessageParams, renderMessage } from './i18n/message';
import { translator } from './i18n/translate';
import { issueMessage } from './i18n/zod-messages';

/** Error codes that cross every boundary (IPC, HTTP harness, CLI) as data. */
export const errorCodes = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'INTEGRITY', 'IO', 'FORBIDDEN', 'INTERNAL'] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field: where (a dotted or JSON path), what (a catalogue key and values), and the English text. */
export interface AppErrorDetail {
  path: string;
  key: string;
  params?: MessageParams;
  /** The problem in English, for logs and for readers that do not render `key`. */
  message: string;
}

/**
 * An error as data. `key` and `params` name the sentence in the catalogue, so each front end shows
 * it in its user's language (the app with i18next, the CLI with --lang); `message` is the same
 * sentence in English for logs.
 */
export interface AppErrorData {
  code: ErrorCode;
  key: string;
  params?: MessageParams;
  message: string;
  /** e.g. per-field problems: [{ path: 'purposes.0.description', key: 'validation.required', … }]. */
  details?: AppErrorDetail[];
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };

const english = () => translator('en');

/** A detail for a field, with its English text filled in. */
export function detail(path: string, what: Message): AppErrorDetail {
  return { path, key: what.key, ...(what.params ? { params: what.params } : {}), message: renderMessage(english(), what) };
}

/** Every issue of a failed zod parse as a detail; `path` writes the issue's path the way the caller names places. */
export function issueDetails(error: z.ZodError, path: (p: PropertyKey[]) => string = dotted): AppErrorDetail[] {
  return error.issues.map((issue) => detail(path(issue.path), issueMessage(issue)));
}

/** `purposes.0.description`: how a handler's input names a field. */
export function dotted(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

/** Thrown inside services; turned into `{ ok: false, error }` at the boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params?: MessageParams;
  readonly details?: AppErrorDetail[];

  constructor(code: ErrorCode, what: Message, details?: AppErrorDetail[]) {
    super(renderMessage(english(), what));
    this.name = 'AppError';
    this.code = code;
    this.key = what.key;
    this.params = what.params;
    this.details = details;
  }

  /** The error as it crossed a boundary, rebuilt (the renderer's api client does this). */
  static fromData(data: AppErrorData): AppError {
    // Data without a key did not come through dispatch (a transport failure): show its text as it is.
    const what = data.key
      ? { key: data.key, ...(data.params ? { params: data.params } : {}) }
      : { key: 'problem.plain', params: { text: data.message } };
    return new AppError(data.code, what, data.details);
  }

  toData(): AppErrorData {
    return {
      code: this.code,
      key: this.key,
      ...(this.params ? { params: this.params } : {}),
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
    };
  }
}
