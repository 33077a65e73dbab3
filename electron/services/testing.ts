import path from 'node:path';
import { createTestDb } from '../../db/testing/create-test-db';
import { handlers } from './api';
import type { ApiContext } from './context';
import { dispatch } from './dispatch';

/** A real register file plus a typed-enough caller of the handler table, for service tests. */
export function createTestApi(now = () => new Date('2026-11-25T10:00:00.000Z')) {
  const database = createTestDb();
  const ctx: ApiContext = { database, now, reportFilesDir: path.join(database.dir, 'report-files') };
  return {
    ctx,
    database,
    call: (channel: string, input?: unknown) => dispatch(handlers, ctx, channel, input),
    /** Like call, but unwraps the result and fails loudly on an error. */
    async ok<T = unknown>(channel: string, input?: unknown): Promise<T> {
      const result = await dispatch(handlers, ctx, channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.data as T;
    },
    dispose: () => database.dispose(),
  };
}
