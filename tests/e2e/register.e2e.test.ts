import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../electron/shared/schemas/entities';
import type { ActivitySummary, AuditEntry } from '../../electron/shared/schemas/outputs';
import { type AppSession, ok, openApp } from './browser';

let session: AppSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function start(): Promise<AppSession> {
  session = await openApp();
  return session;
}

/** First start on an empty register: the welcome screen, then the example register, landing on the activity list. */
async function openExample(app: AppSession): Promise<void> {
  await app.page.getByTestId('welcome').waitFor();
  await app.page.getByTestId('welcome-load-example').click();
  await app.page.getByTestId('activity-row').first().waitFor();
}

async function openActivity(app: AppSession, name: string): Promise<void> {
  await app.page.getByTestId('activity-link').filter({ hasText: name }).click();
  await app.page.getByTestId('activity-record').waitFor();
}

function rows(page: Page) {
  return page.getByTestId('activity-row');
}

describe('the register in the browser', () => {
  it('opens the example, filters as the DPO types, edits an activity, and the change persists with an audit row', async () => {
    const app = await start();
    const { page } = app;
    await page.getByTestId('welcome').waitFor();
    await app.screenshot('01-welcome');
    await openExample(app);

    // The list shows what the register holds (asked through the same API, not hard-coded).
    const all = ok(await app.api<{ items: ActivitySummary[]; total: number }>('activities:list', { limit: 100 }));
    expect(all.total).toBeGreaterThan(1);
    await expect.poll(() => rows(page).count()).toBe(all.total);
    for (const a of all.items) await page.getByTestId('activity-link').filter({ hasText: a.name }).first().waitFor();
    await app.screenshot('02-activities');

    // Typing filters (debounced, on the server): the rows become what the API returns for that search.
    const term = 'nyhedsbrev';
    const filtered = ok(await app.api<{ items: ActivitySummary[]; total: number }>('activities:list', { search: term }));
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(all.total);
    await page.getByTestId('activities-search').pressSequentially(term, { delay: 20 });
    await expect.poll(() => rows(page).count()).toBe(filtered.total);
    await app.screenshot('03-activities-filtered');

    const target = filtered.items[0]!;
    await openActivity(app, target.name);
    // Every Art 30(1) letter, in order, then the Danish linkage table.
    const sections = await page.locator('[data-testid^="section-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(sections).toEqual([
      'section-summary',
      'section-a',
      'section-b',
      'section-c',
      'section-d',
      'section-e',
      'section-f',
      'section-g',
      'section-linkage',
      'section-further',
    ]);
    await app.screenshot('04-activity');

    const owner = 'Mette Jensen, kursusafdelingen';
    await page.getByTestId('activity-edit').click();
    await page.getByTestId('field-owner').fill(owner);
    await app.screenshot('05-activity-edit');
    await page.getByTestId('activity-save').click();
    await page.getByTestId('activity-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('value-owner').textContent()).toBe(owner);

    await page.reload();
    await page.getByTestId('activity-record').waitFor();
    expect(await page.getByTestId('value-owner').textContent()).toBe(owner);

    // In the file: the activity and an audit row of the change.
    const stored = ok(await app.api<{ activity: Activity }>('activities:get', { id: target.id }));
    expect(stored.activity.owner).toBe(owner);
    const audit = ok(await app.api<AuditEntry[]>('audit:list', { entityId: target.id }));
    const update = audit.find((e) => e.action === 'update' && (e.after as { owner?: string } | null)?.owner === owner);
    expect(update, JSON.stringify(audit.map((e) => e.action))).toBeDefined();
  });

  it('shows a clear error for invalid input and keeps everything typed, also when main refuses the save', async () => {
    const app = await start();
    const { page } = app;
    await openExample(app);
    const first = ok(await app.api<{ items: ActivitySummary[] }>('activities:list', { limit: 1 })).items[0]!;
    await openActivity(app, first.name);

    // An empty name: the form says which field and why, and nothing is sent.
    await page.getByTestId('activity-edit').click();
    await page.getByTestId('field-name').fill('');
    await page.getByTestId('field-owner').fill('Skal ikke gå tabt');
    await page.getByTestId('field-notes').fill('Noter, der også skal blive stående');
    await page.getByTestId('activity-save').click();
    await page.getByTestId('activity-form-invalid').waitFor();
    const nameError = await page.getByTestId('field-name').getAttribute('aria-invalid');
    expect(nameError).toBe('true');
    // The contract's message, in the UI's language.
    expect(await page.getByText('Skal udfyldes').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('field-owner').inputValue()).toBe('Skal ikke gå tabt');
    expect(await page.getByTestId('field-notes').inputValue()).toBe('Noter, der også skal blive stående');
    await app.screenshot('06-activity-invalid');
    const unchanged = ok(await app.api<{ activity: Activity }>('activities:get', { id: first.id }));
    expect(unchanged.activity.name).toBe(first.name);

    // Someone else saves the same activity meanwhile: main answers CONFLICT; the message shows, the typing stays.
    ok(await app.api('activities:update', { id: first.id, changes: { notes: 'Ændret et andet sted' } }));
    await page.getByTestId('field-name').fill(`${first.name} (rettet)`);
    await page.getByTestId('activity-save').click();
    const alert = page.getByTestId('activity-form-error');
    await alert.waitFor();
    // The service's refusal, worded in the UI's language from the catalogue.
    expect(await alert.textContent()).toContain('Posten (Behandlingsaktivitet) er ændret et andet sted, efter du åbnede den.');
    expect(await page.getByTestId('field-name').inputValue()).toBe(`${first.name} (rettet)`);
    expect(await page.getByTestId('field-owner').inputValue()).toBe('Skal ikke gå tabt');
    await page.getByTestId('activity-form-conflict').waitFor();
    await app.screenshot('07-activity-conflict');

    // Saving again, knowingly, overwrites the other change with what was typed.
    await page.getByTestId('activity-save').click();
    await page.getByTestId('activity-form').waitFor({ state: 'detached' });
    const saved = ok(await app.api<{ activity: Activity }>('activities:get', { id: first.id }));
    expect(saved.activity.name).toBe(`${first.name} (rettet)`);
    expect(saved.activity.owner).toBe('Skal ikke gå tabt');
  });

  it('switches the whole UI to English and remembers the choice', async () => {
    const app = await start();
    const { page } = app;
    await openExample(app);
    const first = ok(await app.api<{ items: ActivitySummary[] }>('activities:list', { limit: 1 })).items[0]!;
    await openActivity(app, first.name);
    const heading = () => page.getByTestId('section-a').locator('h4').first().textContent();
    expect(await heading()).toMatch(/^a\) Dataansvarlig/);

    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await expect.poll(heading).toMatch(/^\(a\) Controller/);
    expect(await page.getByTestId('section-g').locator('h4').first().textContent()).toMatch(/security measures/);
    await app.screenshot('08-activity-english');

    await page.reload();
    await page.getByTestId('activity-record').waitFor();
    expect(await heading()).toMatch(/^\(a\) Controller/);
    expect(ok(await app.api('settings:get', { key: 'language' }))).toBe('en');

    // Validation follows the language too: zod words it from the catalogue when it runs.
    await page.getByTestId('activity-edit').click();
    await page.getByTestId('field-name').fill('');
    await page.getByTestId('activity-save').click();
    await page.getByTestId('activity-form-invalid').waitFor();
    expect(await page.getByText('Required', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Skal udfyldes').count()).toBe(0);
  });

  it('visits every screen without one request leaving the machine', async () => {
    const app = await start();
    const { page } = app;
    await openExample(app);
    const screens = [
      'overview',
      'activities',
      'recipients',
      'dpas',
      'transfers',
      'catalogues',
      'processorRecord',
      'organisation',
      'findings',
      'reports',
    ] as const;
    for (const [i, key] of screens.entries()) {
      await page.getByTestId(`nav-${key}`).click();
      await page.getByTestId('page-title').first().waitFor();
      await page.waitForLoadState('networkidle');
      await app.screenshot(`1${i}-screen-${key}`);
    }
    await page.getByTestId('nav-recipients').click();
    await page.getByTestId('recipient-row').first().locator('a').click();
    await page.getByTestId('recipient-dpas').waitFor();
    await app.screenshot('20-recipient');

    expect(app.requests.length).toBeGreaterThan(0);
    const foreign = app.requests.filter((u) => new URL(u).hostname !== '127.0.0.1');
    expect(foreign).toEqual([]);
  });
});
