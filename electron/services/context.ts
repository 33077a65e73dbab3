import type { OpenedDatabase } from '../../db/client';

/** What every handler gets: the open register, a clock (injectable for tests) and where shipped files are. */
export interface ApiContext {
  database: OpenedDatabase;
  now: () => Date;
  /** The resources/ folder (knowledge base, fonts). Default: the source tree's, found from the module. */
  resourcesDir?: string;
  /** The bundled PDF worker script (Electron); from sources, the worker is found beside its module. */
  pdfWorkerUrl?: URL;
}

/** The handler's clock as an ISO-8601 UTC timestamp (what every write stores). */
export function nowIso(ctx: ApiContext): string {
  return ctx.now().toISOString();
}

/** The handler's clock as a Danish calendar date: the default check date and "generated on". */
export function danishToday(ctx: ApiContext): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(ctx.now());
}
