import type { OpenedDatabase } from '../../db/client';
import type { DerivedHost } from './derived/host';
import type { TrustedKey } from './kb-updates/trusted-keys';

/** What every handler gets: the open register and a clock (injectable for tests). Shipped files: resource-paths.ts. */
export interface ApiContext {
  database: OpenedDatabase;
  now: () => Date;
  /**
   * Keys trusted to sign knowledge-base updates instead of the shipped ones. Only tests set this
   * (with a key pair of their own); the app and the CLI always use resources/kb-trusted-keys.json.
   */
  trustedKbKeys?: TrustedKey[];
  /** Where reports wait until saved. Default: the app's private folder (paths.ts); tests and the harness pass their own. */
  reportFilesDir?: string;
  /**
   * Where findings, summaries and counts are computed (electron/services/derived). The app and the
   * harness give a worker-thread host; without one (CLI, tests) they are computed in this thread.
   */
  derived?: DerivedHost;
}

/** The handler's clock as an ISO-8601 UTC timestamp (what every write stores). */
export function nowIso(ctx: ApiContext): string {
  return ctx.now().toISOString();
}

/** The handler's clock as a Danish calendar date: the default check date and "generated on". */
const copenhagenDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

export function danishToday(ctx: ApiContext): string {
  return copenhagenDate.format(ctx.now());
}
