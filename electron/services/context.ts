import type { OpenedDatabase } from '../../db/client';

/** What every handler gets: the open register and a clock (injectable for tests). */
export interface ApiContext {
  database: OpenedDatabase;
  now: () => Date;
}
