import { ipcMain } from 'electron';
import { handlers } from '../services/api';
import type { ApiContext } from '../services/context';
import { dispatch } from '../services/dispatch';
import { electronShellHandlers } from './files';

const isShellArea = (area: string) => (shellAreas as readonly string[]).includes(area);

import { allChannels, shellAreas } from '../shared/contract';
import { AppError, type Result } from '../shared/errors';
import { message } from '../shared/i18n/message';

/**
 * Registers every channel of the contract with one wrapper: check the sender is our own page,
 * then dispatch (zod parse, handler, error envelope). Nothing here knows any channel by name.
 */
export function registerIpc(ctx: ApiContext, isTrustedSender: (url: string | undefined) => boolean): void {
  for (const { area, name } of allChannels()) {
    ipcMain.handle(name, async (event, raw: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        return { ok: false, error: new AppError('FORBIDDEN', message('problem.untrustedSender')).toData() };
      }
      return dispatch(isShellArea(area) ? electronShellHandlers : handlers, ctx, name, raw);
    });
  }
}
