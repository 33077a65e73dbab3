import { afterAll, describe, expect, it, vi } from 'vitest';
import { createTestDb } from '../../db/testing/create-test-db';
import { allChannels } from '../shared/contract';

const electron = await vi.hoisted(async () => (await import('./testing/fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const { registerIpc } = await import('./ipc');
const { isAppUrl } = await import('./trusted-url');
// Loading the whole shell must not open any other channel (electron-log/main used to add one).
await import('./start-app');

const db = createTestDb();
afterAll(() => db.dispose());
registerIpc({ database: db, now: () => new Date('2026-12-05T10:00:00Z') }, (url) => isAppUrl(url, undefined));

const invoke = (channel: string, senderUrl: string | undefined, input?: unknown) =>
  electron.ipcMain.handlers.get(channel)!({ senderFrame: senderUrl === undefined ? null : { url: senderUrl } }, input);

describe('IPC registration', () => {
  it('registers exactly the channels of the contract, with no listener channels besides', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(
      allChannels()
        .map((c) => c.name)
        .sort(),
    );
    expect(electron.ipcMain.on).not.toHaveBeenCalled();
  });

  it('answers our own page through the handler table', async () => {
    expect(await invoke('register:status', 'app://ropa/index.html#/', undefined)).toMatchObject({ ok: true, data: { empty: true } });
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a file page', 'file:///work/out/renderer/index.html'],
    ['a look-alike', 'app://ropa.evil/index.html'],
    ['a frame without a URL', undefined],
  ])('refuses %s as sender without running the handler', async (_what, url) => {
    const result = await invoke('register:loadExample', url);
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke('register:status', 'app://ropa/index.html', undefined)).toMatchObject({ data: { empty: true } });
  });

  it('parses the input before a handler sees it', async () => {
    const result = await invoke('activities:get', 'app://ropa/index.html', { id: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
