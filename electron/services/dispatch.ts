import { z } from 'zod';
import { type Area, type ChannelName, contract, type OutputOf, type ParsedInputOf, type ShellArea, type Verb } from '../shared/contract';
import { AppError, type AppErrorData, issueDetails, type Result } from '../shared/errors';
import { message } from '../shared/i18n/message';
import { translator } from '../shared/i18n/translate';
import { installZodMessages } from '../shared/i18n/zod-messages';
import type { ApiContext } from './context';

// Issues that are not rendered again (logs, thrown ZodErrors) read in English, worded by the catalogue.
installZodMessages(translator('en'));

export type Handler<A extends Area, V extends Verb<A>> = (
  ctx: ApiContext,
  input: ParsedInputOf<A, V>,
) => OutputOf<A, V> | Promise<OutputOf<A, V>>;

/** The one handler table: every channel of the contract, implemented once (shell areas aside). */
export type HandlerTable = { [A in Exclude<Area, ShellArea>]: { [V in Verb<A>]: Handler<A, V> } };
/** What a shell (Electron main, the harness) implements itself. */
export type ShellHandlerTable = { [A in ShellArea]: { [V in Verb<A>]: Handler<A, V> } };

/**
 * A refused input: one detail per field with the rule it broke, named by the catalogue (the
 * front ends render both in their user's language).
 */
export function validationError(error: z.ZodError): AppError {
  return new AppError('VALIDATION', message('problem.invalidRequest'), issueDetails(error));
}

export function toErrorData(e: unknown): AppErrorData {
  if (e instanceof AppError) return e.toData();
  if (e instanceof z.ZodError) return validationError(e).toData();
  const text = e instanceof Error ? e.message : String(e);
  if (/FOREIGN KEY constraint failed/.test(text)) return new AppError('INTEGRITY', message('problem.inUse')).toData();
  if (/UNIQUE constraint failed/.test(text)) return new AppError('CONFLICT', message('problem.duplicate')).toData();
  if (/SQLITE_BUSY|database is locked/.test(text)) return new AppError('IO', message('problem.busy')).toData();
  return new AppError('INTERNAL', message('problem.internal', { detail: text })).toData();
}

/**
 * The single entry point shared by the three front doors (Electron IPC, the CLI, the browser
 * harness): parse the input with the channel's zod schema, run the handler, and return the
 * result as data. Never throws, whatever the payload.
 */
export async function dispatch(
  table: HandlerTable | ShellHandlerTable,
  ctx: ApiContext,
  channel: string,
  rawInput: unknown,
): Promise<Result<unknown>> {
  const [area, verb] = channel.split(':') as [Area, string];
  const spec = (contract as Record<string, Record<string, { input: z.ZodType }>>)[area]?.[verb];
  const handler = (table as unknown as Record<string, Record<string, (c: ApiContext, i: unknown) => unknown>>)[area]?.[verb];
  if (!spec || !handler) {
    return { ok: false, error: new AppError('NOT_FOUND', message('problem.unknownChannel', { channel })).toData() };
  }
  // reportInput: the issue keeps what was sent, so "missing" and "wrong kind" can be told apart.
  const parsed = spec.input.safeParse(rawInput, { reportInput: true });
  if (!parsed.success) return { ok: false, error: validationError(parsed.error).toData() };
  try {
    return { ok: true, data: await handler(ctx, parsed.data) };
  } catch (e) {
    return { ok: false, error: toErrorData(e) };
  }
}

export function isChannel(name: string): name is ChannelName {
  const [area, verb] = name.split(':');
  return Boolean((contract as Record<string, Record<string, unknown>>)[area ?? '']?.[verb ?? '']);
}
