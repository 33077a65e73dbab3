import { registerFormatVersion } from '../../db/migrations-journal';
import { lastWrittenBy } from '../../db/queries/register-info';
import { APP_VERSION } from '../shared/app-version';
import type { OutputOf } from '../shared/contract';
import { REGISTER_FORMAT_VERSION } from '../shared/schemas/format';
import { knowledgeBaseFor } from './compliance/register-check';
import type { ApiContext } from './context';

/** What the About dialog shows; the same facts as `ropa --version`, plus the open register's. */
export function aboutRegister(ctx: ApiContext): OutputOf<'register', 'about'> {
  const kb = knowledgeBaseFor(ctx);
  return {
    appVersion: APP_VERSION,
    registerFileFormat: registerFormatVersion(),
    exchangeFormat: REGISTER_FORMAT_VERSION,
    knowledgeBase: { version: kb.version, asOf: kb.asOf },
    registerFile: ctx.database.file,
    lastWrittenBy: lastWrittenBy(ctx.database.db),
  };
}
