import { afterEach, describe, expect, it } from 'vitest';
import type { DpaSummary } from '../../electron/shared/schemas/outputs';
import type { SearchResult } from '../../electron/shared/schemas/search';
import { type AppSession, ok, openApp } from './browser';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

type Page<T> = { items: T[]; total: number };

describe('search', () => {
  it('finds anything in the register with Ctrl+K, and every list searches on the service', async () => {
    session = await openApp();
    const app = session;
    const { page } = app;
    ok(await app.api('register:loadExample'));
    ok(await app.api('activities:create', { name: 'Økonomistyring' }));
    ok(await app.api('activities:create', { name: 'Okonomi uden bogstav' }));
    await page.goto(`${app.harness.url}#/activities`);
    await page.getByTestId('activity-row').first().waitFor();

    // Ctrl+K opens the register-wide search; the groups are what the service answers.
    await page.keyboard.press('Control+K');
    const input = page.getByTestId('search-palette-input');
    await input.waitFor();
    await input.pressSequentially('hubspot', { delay: 20 });
    const expected = ok(await app.api<SearchResult>('search:query', { q: 'hubspot', lang: 'da', limit: 6 }));
    const kinds = expected.groups.map((g) => g.kind);
    expect(kinds).toEqual(expect.arrayContaining(['recipient', 'transfer', 'finding']));
    const shown = expected.groups.flatMap((g) => g.hits.map((h) => `${g.kind}:${h.id}`));
    await expect
      .poll(async () =>
        (await page.getByTestId('search-hit').evaluateAll((els) => els.map((e) => `${e.dataset.kind}:${e.dataset.id}`))).sort(),
      )
      .toEqual([...shown].sort());
    await app.screenshot('90-search-palette');
    await page.locator('[data-testid="search-hit"][data-kind="recipient"]').first().click();
    await page.waitForURL(/#\/recipients\/rcp-hubspot$/);
    await page.getByTestId('recipient-title').filter({ hasText: 'HubSpot' }).waitFor();

    // The header's button opens it too. æ, ø and å are letters of their own: "øk" finds Økonomistyring, not Okonomi.
    await page.getByTestId('search-open').click();
    await input.waitFor();
    await input.fill('');
    await input.pressSequentially('øk', { delay: 20 });
    await page.locator('[data-testid="search-hit"][data-kind="activity"]').first().waitFor();
    expect(await page.locator('[data-testid="search-hit"][data-kind="activity"]').allTextContents()).toEqual([
      expect.stringContaining('Økonomistyring'),
    ]);
    await page.keyboard.press('Escape');

    // The transfers page's search box narrows the list (it did nothing before).
    await page.goto(`${app.harness.url}#/transfers`);
    await page.getByTestId('transfer-row').first().waitFor();
    const all = ok(await app.api<Page<unknown>>('transfers:list', {}));
    const google = ok(await app.api<Page<{ recipientName: string }>>('transfers:list', { search: 'google' }));
    expect(google.total).toBeGreaterThan(0);
    expect(google.total).toBeLessThan(all.total);
    await page.getByTestId('transfers-search').pressSequentially('google', { delay: 20 });
    await expect.poll(() => page.getByTestId('transfer-row').count()).toBe(google.total);
    await app.screenshot('91-transfers-searched');

    // The DPA list: searchable; a row carries no document, its form loads the DPA in full.
    ok(
      await app.api('dpas:create', {
        recipientId: 'rcp-hubspot',
        title: 'Databehandleraftale HubSpot 2026',
        documentName: 'hubspot-dpa.pdf',
        documentBase64: Buffer.from('%PDF-1.4 aftale').toString('base64'),
        text: 'Databehandleren behandler alene personoplysninger efter instruks.',
        notes: 'Gennemgået af juridisk afdeling',
      }),
    );
    const dpas = ok(await app.api<Page<DpaSummary>>('dpas:list', { search: 'hubspot' }));
    expect(dpas.items.some((d) => 'documentBase64' in d || 'text' in d || 'notes' in d)).toBe(false);
    await page.goto(`${app.harness.url}#/dpas`);
    await page.getByTestId('dpa-table').waitFor();
    await page.getByTestId('dpas-search').pressSequentially('hubspot', { delay: 20 });
    await expect.poll(() => page.getByTestId('dpa-row').count()).toBe(dpas.total);
    await page.getByTestId('dpa-row').filter({ hasText: 'HubSpot 2026' }).getByRole('button', { name: 'Rediger' }).click();
    await page.getByTestId('dpa-form').waitFor();
    // The notes are not in the row: the form shows them because it loaded the DPA itself.
    await expect.poll(() => page.getByTestId('dpa-form').locator('textarea').last().inputValue()).toBe('Gennemgået af juridisk afdeling');
    await app.screenshot('92-dpa-edit-loaded');
  });
});
