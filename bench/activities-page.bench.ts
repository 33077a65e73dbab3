/**
 * Issue 7: the activities page as a DPO meets it, in Debian's Chromium through the harness (the built
 * renderer and the same handler table, on a real register file) — at 1,000 and 10,000 activities of the
 * realistic register:
 *   - app opened cold on the activities page → first row (register opened, findings worker started,
 *     fresh browser profile, page loaded) and → first findings badge;
 *   - in-app navigation from the overview to the activities page → first row;
 *   - keystroke in the list's search → list updated, beyond the 200 ms debounce;
 *   - keystroke echo in that search box beside a plain <input> added to the same page.
 * Median of the runs; needs `npm run build` (out/renderer) and /usr/bin/chromium.
 *
 *   npx tsx bench/activities-page.bench.ts [--sizes 1000,10000] [--runs 5]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser';
import { type Harness, startHarness } from '../tests/harness/server';
import { type Line, loadLine, median, ms, printLines } from './measure';
import { copyRegister, realisticRegisterFile } from './register/register-file';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const DEBOUNCE_MS = 200;
/** Each step adds one letter; what the list then shows is known from the API. */
const TYPED = ['k', 'u', 'r', 's', 'u', 's', ' ', 'a'];

interface Session {
  harness: Harness;
  context: BrowserContext;
  page: Page;
  startedAt: number;
  close(): Promise<void>;
}

async function open(file: string, dir: string, i: number): Promise<Session> {
  const startedAt = performance.now();
  const harness = await startHarness({ dbFile: file });
  const context = await chromium.launchPersistentContext(path.join(dir, `profile-${i}-${Date.now()}`), {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1440, height: 900 },
    locale: 'da-DK',
  });
  // tsx (esbuild) wraps named functions in __name(…); the functions this bench runs in the page need it there.
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    harness,
    context,
    page,
    startedAt,
    close: async () => {
      await context.close();
      await harness.close();
    },
  };
}

/** ms from `since` (this process's clock) until the locator is visible. */
async function until(page: Page, testId: string, since: number): Promise<number> {
  await page.getByTestId(testId).first().waitFor({ state: 'visible', timeout: 120_000 });
  return performance.now() - since;
}

/**
 * Keystroke echo measured inside the page: from the keydown event to the first animation frame
 * after the input event — the frame that can show the letter — for the element with `selector`.
 */
async function echo(page: Page, selector: string, key: string): Promise<number> {
  await page.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLInputElement;
    const w = window as unknown as { __echo?: Promise<number> };
    w.__echo = new Promise<number>((resolve) => {
      let down = 0;
      const onDown = (e: KeyboardEvent) => {
        if (e.target !== el) return;
        down = e.timeStamp;
        (window as unknown as { __down: number }).__down = down;
      };
      const onInput = (e: Event) => {
        if (e.target !== el) return;
        window.removeEventListener('keydown', onDown, true);
        window.removeEventListener('input', onInput, true);
        requestAnimationFrame(() => resolve(performance.now() - down));
      };
      window.addEventListener('keydown', onDown, true);
      window.addEventListener('input', onInput, true);
    });
  }, selector);
  // Focus with the caret at the end, as a DPO typing on, then one real key press.
  await page.evaluate((sel) => {
    const el = document.querySelector(sel) as HTMLInputElement;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, selector);
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { __echo: Promise<number> }).__echo);
}

async function measureSize(size: number, dir: string): Promise<Line[]> {
  const source = realisticRegisterFile({ activities: size });
  const file = copyRegister(source, path.join(dir, `register-${size}.sqlite`));
  const cold: number[] = [];
  const coldFromLoad: number[] = [];
  const badges: number[] = [];
  const navigation: number[] = [];
  const keystroke: number[] = [];
  const echoBox: number[] = [];
  const echoPlain: number[] = [];
  const requestSent: number[] = [];
  const requestAnswered: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Cold: a new harness (register opened, worker started) and a new browser profile.
    const s = await open(file, dir, i);
    try {
      const loadAt = performance.now();
      await s.page.goto(`${s.harness.url}#/activities`);
      const first = await until(s.page, 'activity-row', s.startedAt);
      cold.push(first);
      coldFromLoad.push(first - (loadAt - s.startedAt));
      badges.push(await until(s.page, 'findings-badge', s.startedAt));

      // In-app navigation: the overview first (nothing of the list cached), then the link.
      await s.page.goto(`${s.harness.url}#/`);
      await s.page.getByTestId('nav-activities').waitFor();
      await s.page.waitForLoadState('networkidle');
      const clickAt = performance.now();
      await s.page.getByTestId('nav-activities').click();
      navigation.push(await until(s.page, 'activity-row', clickAt));

      // Keystrokes: each letter's list, as the API gives it, until the page shows it.
      const box = '[data-testid="activities-search"]';
      await s.page.evaluate(() => {
        // What the list shows: its first activity and its total.
        (globalThis as unknown as { __shown: () => string }).__shown = () => {
          const first = document.querySelector('[data-testid="activity-link"]')?.getAttribute('href')?.split('/').pop() ?? '';
          const total = document.querySelector('[data-testid="activities-total"]')?.textContent?.match(/(\d[\d.]*)\s*$/)?.[1];
          return `${first}|${(total ?? '').replace(/\./g, '')}`;
        };
        const plain = document.createElement('input');
        plain.id = 'bench-plain';
        plain.style.cssText = 'position:fixed;right:8px;bottom:8px;z-index:9999';
        document.body.appendChild(plain);
      });
      let typed = '';
      let shown = '';
      for (const key of TYPED) {
        typed += key;
        const expected = (await (
          await fetch(`${s.harness.url}harness/api/activities:list`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ search: typed.trim(), sort: typed.trim() ? 'relevance' : 'name' }),
          })
        ).json()) as { ok: true; data: { items: { id: string }[]; total: number } };
        const want = `${expected.data.items[0]?.id ?? ''}|${expected.data.total}`;
        const at = performance.now();
        echoBox.push(await echo(s.page, box, key));
        if (want === shown) {
          // The same list as before: nothing to see change; let the search settle and go on.
          await s.page.waitForTimeout(DEBOUNCE_MS * 2);
          echoPlain.push(await echo(s.page, '#bench-plain', key));
          continue;
        }
        shown = want;
        await s.page
          .waitForFunction((w) => (globalThis as unknown as { __shown: () => string }).__shown() === w, want, {
            polling: 'raf',
            timeout: 60_000,
          })
          .catch(async (e) => {
            const now = await s.page.evaluate(() => (globalThis as unknown as { __shown: () => string }).__shown());
            throw new Error(`The list never showed ${want} for "${typed}" (it shows ${now}): ${(e as Error).message}`);
          });
        keystroke.push(performance.now() - at - DEBOUNCE_MS);
        // Where the time went: the list request after the keystroke, from keydown.
        const request = await s.page.evaluate(() => {
          const down = (window as unknown as { __down: number }).__down;
          const entry = performance
            .getEntriesByType('resource')
            .filter((e) => e.name.includes('activities%3Alist') || e.name.includes('activities:list'))
            .at(-1) as PerformanceResourceTiming | undefined;
          return entry ? { sent: entry.startTime - down, answered: entry.responseEnd - down } : null;
        });
        if (request) {
          requestSent.push(request.sent);
          requestAnswered.push(request.answered);
        }
        echoPlain.push(await echo(s.page, '#bench-plain', key));
      }
    } finally {
      await s.close();
    }
  }
  const n = (size: number) => size.toLocaleString('en');
  return [
    {
      measure: `${n(size)}: app opened cold on the activities page → first row`,
      figure: ms(median(cold)),
      goal: size >= 10_000 ? '≤ 1 s' : '',
      anchor: `page load → first row ${ms(median(coldFromLoad))}`,
      met: size >= 10_000 ? median(cold) <= 1000 : null,
    },
    { measure: `${n(size)}:   → first findings badge`, figure: ms(median(badges)), goal: '', anchor: '', met: null },
    {
      measure: `${n(size)}: in-app navigation → first row`,
      figure: ms(median(navigation)),
      goal: size >= 10_000 ? '≤ 300 ms' : '',
      anchor: '',
      met: size >= 10_000 ? median(navigation) <= 300 : null,
    },
    {
      measure: `${n(size)}: keystroke → list updated, beyond the debounce`,
      figure: ms(median(keystroke)),
      goal: '≤ 50 ms',
      anchor: `debounce ${DEBOUNCE_MS} ms`,
      met: median(keystroke) <= 50,
    },
    {
      measure: `${n(size)}:   list request sent / answered after keydown`,
      figure: `${ms(median(requestSent))} / ${ms(median(requestAnswered))}`,
      goal: '',
      anchor: '',
      met: null,
    },
    {
      measure: `${n(size)}: keystroke echo in the search box`,
      figure: ms(median(echoBox)),
      goal: '≤ 2× plain',
      anchor: `plain <input> ${ms(median(echoPlain))}`,
      met: median(echoBox) <= 2 * median(echoPlain),
    },
  ];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-bench-page-'));
console.log(`Activities page in Chromium through the harness — realistic register; ${loadLine()}`);
try {
  for (const size of values.sizes.split(',').map(Number)) {
    printLines(
      `${size.toLocaleString('en')} activities (median of ${runs} runs, ${TYPED.length} keystrokes each)`,
      await measureSize(size, dir),
    );
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
