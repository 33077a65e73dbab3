import type { OpenedDatabase } from '../../../db/client';
import { knowledgeBaseFor } from '../compliance/register-check';
import type { ApiContext } from '../context';
import { createInlineHost, type DerivedHost } from './host';

export type { DerivedHost } from './host';
export type { DerivedParams } from './params';

const inlineHosts = new WeakMap<OpenedDatabase, DerivedHost>();

/** The context's derived-state host, or one computing in this thread for its register (made once). */
export function derivedFor(ctx: ApiContext): DerivedHost {
  if (ctx.derived) return ctx.derived;
  let host = inlineHosts.get(ctx.database);
  if (!host) {
    host = createInlineHost(ctx.database, () => knowledgeBaseFor(ctx));
    inlineHosts.set(ctx.database, host);
  }
  return host;
}
