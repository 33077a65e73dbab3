import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, fakeEvent } from './testing/fake-electron';

const electron = await vi.hoisted(async () => (await import('./testing/fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const { guardWebContents, installSecurityGuards, isLocalRequest } = await import('./security');
(await import('./testing/quiet-log')).quietMainLog();

const own = 'app://ropa/index.html#/activities';
// Misleading URLs that a substring check would let through (cf. Actual's trusted-url tests).
const foreign = [
  'https://evil.example/?next=app://ropa/index.html',
  'https://evil.example/#app://ropa',
  'app://ropa.evil.example/index.html',
  'app://evil@ropa/index.html',
  'app://ropa:8080/index.html',
  'file:///work/out/renderer/index.html',
  'http://127.0.0.1:5173/',
  'javascript:alert(1)',
  'not a url',
];

function guarded(devServerUrl?: string) {
  const contents = new FakeWebContents();
  guardWebContents(contents as unknown as WebContents, devServerUrl);
  return contents;
}

beforeEach(() => vi.clearAllMocks());

describe('navigation guards of every web contents', () => {
  it.each(foreign)('blocks will-navigate, will-frame-navigate and will-redirect to %s', (url) => {
    const contents = guarded();
    const navigate = fakeEvent();
    contents.emit('will-navigate', navigate, url);
    const frame = fakeEvent({ url, isMainFrame: false });
    contents.emit('will-frame-navigate', frame);
    const redirect = fakeEvent();
    contents.emit('will-redirect', redirect, url);
    expect([navigate.defaultPrevented, frame.defaultPrevented, redirect.defaultPrevented]).toEqual([true, true, true]);
  });

  it('lets our own pages navigate (hash routes included)', () => {
    const contents = guarded();
    const navigate = fakeEvent();
    contents.emit('will-navigate', navigate, own);
    const frame = fakeEvent({ url: 'app://ropa/index.html#/findings' });
    contents.emit('will-frame-navigate', frame);
    expect([navigate.defaultPrevented, frame.defaultPrevented]).toEqual([false, false]);
  });

  it('admits the dev server only when one is given, by origin', () => {
    const dev = 'http://localhost:5173';
    const allowed = fakeEvent();
    guarded(dev).emit('will-navigate', allowed, 'http://localhost:5173/#/x');
    const other = fakeEvent();
    guarded(dev).emit('will-navigate', other, 'http://localhost:5174/');
    expect([allowed.defaultPrevented, other.defaultPrevented]).toEqual([false, true]);
  });

  it('never attaches a <webview>', () => {
    const event = fakeEvent();
    guarded().emit('will-attach-webview', event);
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('window.open and links', () => {
  it('denies every new window; an official source opens in the browser', async () => {
    const contents = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://www.datatilsynet.dk/regler-og-vejledning' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.datatilsynet.dk/regler-og-vejledning'));
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'http://www.datatilsynet.dk/',
    'https://www.datatilsynet.dk.evil.example/',
    'https://user@www.datatilsynet.dk/',
    'file:///etc/passwd',
    'ms-settings:',
  ])('shows %s to copy instead of opening it', async (url) => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(guarded().windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(electron.clipboard.writeText).toHaveBeenCalledWith(url));
    expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ detail: url }));
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('says so in Danish on a Danish system, and copies nothing when closed', async () => {
    electron.app.locale = 'da-DK';
    try {
      guarded().windowOpenHandler?.({ url: 'https://evil.example/' });
      await vi.waitFor(() =>
        expect(electron.dialog.showMessageBox).toHaveBeenCalledWith(expect.objectContaining({ buttons: ['Kopiér adressen', 'Luk'] })),
      );
      expect(electron.clipboard.writeText).not.toHaveBeenCalled();
    } finally {
      electron.app.locale = 'en-US';
    }
  });
});

describe('session-wide guards', () => {
  it('installs the guards on every new web contents and refuses every permission', () => {
    installSecurityGuards(undefined);
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    const navigate = fakeEvent();
    contents.emit('will-navigate', navigate, 'https://evil.example/');
    expect(navigate.defaultPrevented).toBe(true);

    const [requestHandler] = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0]!;
    const callback = vi.fn();
    (requestHandler as (wc: unknown, permission: string, cb: (granted: boolean) => void) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const [checkHandler] = electron.session.defaultSession.setPermissionCheckHandler.mock.calls[0]!;
    expect((checkHandler as () => boolean)()).toBe(false);
  });

  it('cancels every request that is not our own scheme (the app is offline by design)', () => {
    installSecurityGuards(undefined);
    const [onBefore] = electron.session.defaultSession.webRequest.onBeforeRequest.mock.calls[0]!;
    const decide = (url: string) => {
      const callback = vi.fn();
      (onBefore as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, callback);
      return callback.mock.calls[0]![0].cancel;
    };
    expect(decide('app://ropa/assets/index.js')).toBe(false);
    expect(decide('data:image/png;base64,AAAA')).toBe(false);
    expect(decide('https://fonts.example/font.woff2')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('app://other/index.html')).toBe(true);
  });

  it('admits the dev server only in development', () => {
    expect(isLocalRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isLocalRequest('http://localhost:5173/src/main.tsx', undefined)).toBe(false);
  });
});
