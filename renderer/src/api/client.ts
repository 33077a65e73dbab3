import type { Area, InputOf, OutputOf, Verb } from '../../../electron/shared/contract';
import { AppError, type Result } from '../../../electron/shared/errors';
import { message } from '../../../electron/shared/i18n/message';

export { AppError };

type Args<A extends Area, V extends Verb<A>> = undefined extends InputOf<A, V> ? [input?: InputOf<A, V>] : [input: InputOf<A, V>];

/**
 * Calls one channel through `window.api` and unwraps the Result envelope: resolves with the
 * data, or throws an AppError carrying the register's code, message and per-field details.
 * A transport failure (no bridge, a rejected promise) becomes an IO/INTERNAL AppError too, so
 * callers only ever see AppError.
 */
export async function call<A extends Area, V extends Verb<A>>(area: A, verb: V, ...args: Args<A, V>): Promise<OutputOf<A, V>> {
  const bridge = window.api?.[area] as Record<string, (input: unknown) => Promise<Result<OutputOf<A, V>>>> | undefined;
  const fn = bridge?.[verb];
  if (!fn) throw new AppError('INTERNAL', message('problem.unreachable', { channel: `${area}:${verb}` }));
  let result: Result<OutputOf<A, V>>;
  try {
    result = await fn(args[0]);
  } catch (e) {
    throw new AppError('IO', message('problem.noAnswer', { detail: e instanceof Error ? e.message : String(e) }));
  }
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new AppError('INTERNAL', message('problem.badAnswer', { channel: `${area}:${verb}` }));
  }
  if (!result.ok) throw AppError.fromData(result.error);
  return result.data;
}

/** Narrows an unknown error (from a query or mutation) to what the UI shows. */
export function asAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  return new AppError('INTERNAL', message('problem.internal', { detail: e instanceof Error ? e.message : String(e) }));
}
