import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL, CONTENT_SECURITY_POLICY, registerAppScheme, resolveAppRequest, serveAppScheme } from './app-scheme';

// A renderer folder with a sibling secret, to prove requests cannot climb out of it.
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-scheme-'));
const root = path.join(base, 'renderer');
fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>ROPA Desk</title>');
fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
fs.writeFileSync(path.join(base, 'secret.js'), 'not for the renderer');
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('app://ropa request resolution', () => {
  it('serves the renderer folder and nothing else', () => {
    expect(resolveAppRequest(APP_INDEX_URL, root)).toEqual({ file: path.join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    expect(resolveAppRequest('app://ropa/', root)?.file).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://ropa/assets/app.js?v=1#x', root)?.mimeType).toBe('text/javascript; charset=utf-8');
  });

  // The URL parser already folds ../ and %2e%2e; what survives it (an encoded slash) is caught here.
  it.each([
    'app://ropa/../secret.js',
    'app://ropa/%2e%2e/secret.js',
    'app://ropa/assets/%2e%2e%2f%2e%2e%2fsecret.js',
    'app://ropa/assets/..%2f..%2fsecret.js',
  ])('never resolves %s outside the renderer folder', (url) => {
    const target = resolveAppRequest(url, root);
    expect(target === null || target.file.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    'app://ropa/assets/%2e%2e%2f%2e%2e%2fsecret.js',
    'app://ropa/..%5csecret.js',
    'app://ropa/assets/app.js%00.html',
    'app://ropa/%E0%A4%A',
    'app://other/index.html',
    'app://user@ropa/index.html',
    'app://ropa:1/index.html',
    'file:///etc/passwd',
    'app://ropa/secret', // no known type
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, root)).toBeNull();
  });

  it('registers the scheme as privileged (standard, secure) before ready', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('answers with the file, its type and the CSP; a climb out is a 404 without the secret', async () => {
    const protocol = { handle: vi.fn() };
    serveAppScheme(protocol, root);
    const [scheme, handler] = protocol.handle.mock.calls[0]!;
    expect(scheme).toBe('app');
    const ok: Response = await handler(new Request(APP_INDEX_URL));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await ok.text()).toContain('<title>ROPA Desk</title>');
    const climb: Response = await handler({ url: 'app://ropa/assets/..%2f..%2fsecret.js' } as Request);
    expect(climb.status).toBe(404);
    expect(await climb.text()).not.toContain('not for the renderer');
    const missing: Response = await handler(new Request('app://ropa/assets/missing.js'));
    expect(missing.status).toBe(404);
  });

  it("keeps the CSP of index.html and the scheme's header the same policy", () => {
    const html = fs.readFileSync('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in a meta tag, so the header carries it alone.
    expect(`${meta}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
  });
});
