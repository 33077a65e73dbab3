import { z } from 'zod';
import { type Area, type ChannelName, contract, type OutputOf, type ParsedInputOf, type ShellArea, type Verb } from '../shared/contract';
import { AppError, type AppErrorData, type Result } from '../shared/errors';
import type { ApiContext } from './context';

export type Handler<A extends Area, V extends Verb<A>> = (
  ctx: ApiContext,
  input: ParsedInputOf<A, V>,
) => OutputOf<A, V> | Promise<OutputOf<A, V>>;

/** The one handler table: every channel of the contract, implemented once (shell areas aside). */
export type HandlerTable = { [A in Exclude<Area, ShellArea>]: { [V in Verb<A>]: Handler<A, V> } };
/** What a shell (Electron main, the harness) implements itself. */
export type ShellHandlerTable = { [A in ShellArea]: { [V in Verb<A>]: Handler<A, V> } };

/** Turns zod issues into field-level details with dotted paths the UI can map onto a form. */
export function zodDetails(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

export function validationError(error: z.ZodError, what = 'The data'): AppError {
  const details = zodDetails(error);
  const first = details[0];
  const where = first?.path ? ` (${first.path}: ${first.message})` : first ? ` (${first.message})` : '';
  return new AppError('VALIDATION', `${what} is not valid${where}.`, details);
}

export function toErrorData(e: unknown): AppErrorData {
  if (e instanceof AppError) return e.toData();
  if (e instanceof z.ZodError) return validationError(e).toData();
  const message = e instanceof Error ? e.message : String(e);
  if (/FOREIGN KEY constraint failed/.test(message)) {
    return {
      code: 'INTEGRITY',
      message: 'This entry is still used elsewhere in the register, or refers to something that does not exist.',
    };
  }
  if (/UNIQUE constraint failed/.test(message)) {
    return { code: 'CONFLICT', message: 'An entry with the same identity already exists.' };
  }
  if (/SQLITE_BUSY|database is locked/.test(message)) {
    return { code: 'IO', message: 'The register file is busy (another program has it open). Try again.' };
  }
  return { code: 'INTERNAL', message: `Something went wrong: ${message}` };
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
    return { ok: false, error: { code: 'NOT_FOUND', message: `Unknown channel "${channel}".` } };
  }
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error, 'The request').toData() };
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
