import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Result } from '../../electron/shared/errors';
import { type Harness, startHarness } from '../harness/server';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const artifactsDir = path.resolve('tests/artifacts');

// Debian's Chromium, headless, with every background service that could phone home switched off.
// playwright-core refuses --user-data-dir in args, so the fresh profile is the persistent context's dir.
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface AppSession {
  page: Page;
  context: BrowserContext;
  harness: Harness;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Calls a channel over the harness's HTTP API, as the shim does (for setting up and checking the register). */
  api<T = unknown>(channel: string, input?: unknown): Promise<Result<T>>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A fresh register file, the harness on it, and a fresh Chromium profile; the page is left on the app.
 * Everything lives in one temp dir that close() removes.
 */
export async function openApp(): Promise<AppSession> {
  if (!fs.existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath} (apt-get install chromium).`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-e2e-'));
  const harness = await startHarness({ dbFile: path.join(dir, 'register.sqlite') });
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport: { width: 1440, height: 900 },
      locale: 'da-DK',
    });
  } catch (e) {
    await harness.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(harness.url);

  return {
    page,
    context,
    harness,
    requests,
    api: async <T>(channel: string, input?: unknown) => {
      const res = await fetch(`${harness.url}harness/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: input === undefined ? '' : JSON.stringify(input),
      });
      return (await res.json()) as Result<T>;
    },
    screenshot: async (name: string) => {
      fs.mkdirSync(artifactsDir, { recursive: true });
      const file = path.join(artifactsDir, `${name}.png`);
      // A full-page shot of a scrolled page draws the fixed header mid-page.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    close: async () => {
      await context?.close();
      await harness.close();
      fs.rmSync(dir, { recursive: true, force: true });
      if (errors.length) throw new Error(`The page threw: ${errors.join('; ')}`);
    },
  };
}

/** Unwraps a Result in a test, failing with the register's own message. */
export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}
