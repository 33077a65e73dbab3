import { afterEach, describe, expect, it } from 'vitest';
import type { ActivitySummary } from '../../electron/shared/schemas/outputs';
import { type AppSession, ok, openApp } from './browser';

let session: AppSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

type Page = { items: ActivitySummary[]; total: number };

describe('the activity list of a larger register', () => {
  it('pages 100 at a time, filters by status and search, and sorts on the server', async () => {
    session = await openApp();
    const app = session;
    const { page } = app;
    ok(await app.api('register:loadExample'));
    // A few hundred activities, as a mid-sized organisation has.
    for (let i = 1; i <= 250; i += 1) {
      const status = i % 10 === 0 ? 'ended' : i % 7 === 0 ? 'planned' : 'active';
      ok(await app.api('activities:create', { name: `Aktivitet ${String(i).padStart(3, '0')}`, reference: `GEN-${i}`, status }));
    }
    const total = ok(await app.api<Page>('activities:list', { limit: 1 })).total;

    const started = Date.now();
    await page.goto(`${app.harness.url}#/activities`);
    await page.getByTestId('activity-row').nth(99).waitFor();
    const firstPaint = Date.now() - started;
    expect(await page.getByTestId('activity-row').count()).toBe(100);
    expect(await page.getByTestId('activities-total').textContent()).toBe(`Viser 1–100 af ${total}`);
    await app.screenshot('40-activities-large');

    await page.getByTestId('activities-pagination').getByRole('button', { name: '3' }).click();
    await expect.poll(() => page.getByTestId('activities-total').textContent()).toBe(`Viser 201–${Math.min(300, total)} af ${total}`);

    // Status filter (server-side): only ended activities remain.
    const ended = ok(await app.api<Page>('activities:list', { status: ['ended'] })).total;
    await page.locator('label', { hasText: 'Afsluttet' }).click();
    // Rows of the previous page can stand in while the filtered page loads: wait for the filtered rows themselves.
    await expect.poll(() => page.getByTestId('status-badge').allTextContents()).toEqual(Array(ended).fill('Afsluttet'));

    // Search narrows further as the DPO types; sorting by name descending reverses the order.
    const typed = Date.now();
    await page.getByTestId('activities-search').pressSequentially('aktivitet 2', { delay: 15 });
    const expected = ok(
      await app.api<Page>('activities:list', { status: ['ended'], search: 'aktivitet 2', limit: 100, sort: 'relevance' }),
    );
    await expect.poll(() => page.getByTestId('activity-row').count()).toBe(expected.total);
    const filtered = Date.now() - typed;
    // While searching, the best matches come first (the search index's rank) …
    await expect.poll(() => page.getByTestId('activity-link').allTextContents()).toEqual(expected.items.map((a) => a.name));
    // … until the DPO picks a column: by name, and a second click reverses it.
    const byName = ok(await app.api<Page>('activities:list', { status: ['ended'], search: 'aktivitet 2', limit: 100, sort: 'name' }));
    await page.getByTestId('sort-name').click();
    await expect.poll(() => page.getByTestId('activity-link').allTextContents()).toEqual(byName.items.map((a) => a.name));
    await page.getByTestId('sort-name').click();
    await expect.poll(() => page.getByTestId('activity-link').allTextContents()).toEqual(byName.items.map((a) => a.name).reverse());
    console.log(`activity list: first 100 rows of ${total} in ${firstPaint} ms; typing + filtering in ${filtered} ms`);
  });
});
