import { ipcMain } from 'electron';
import { handlers } from '../services/api';
import type { ApiContext } from '../services/context';
import { dispatch } from '../services/dispatch';
import { electronShellHandlers } from './files';

const isShellArea = (area: string) => (shellAreas as readonly string[]).includes(area);

import { allChannels, shellAreas } from '../shared/contract';
import type { Result } from '../shared/errors';

/**
 * Registers every channel of the contract with one wrapper: check the sender is our own page,
 * then dispatch (zod parse, handler, error envelope). Nothing here knows any channel by name.
 */
export function registerIpc(ctx: ApiContext, isTrustedSender: (url: string | undefined) => boolean): void {
  for (const { area, name } of allChannels()) {
    ipcMain.handle(name, async (event, raw: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This request did not come from ROPA Desk’s own window.' } };
      }
      return dispatch(isShellArea(area) ? electronShellHandlers : handlers, ctx, name, raw);
    });
  }
}
