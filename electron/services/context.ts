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
