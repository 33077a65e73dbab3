import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildExampleRegister } from '../../db/seed/example-register';
import { exportCsv } from '../../electron/services/reports/csv';
import type { Activity } from '../../electron/shared/schemas/entities';
import type { ActivitySummary } from '../../electron/shared/schemas/outputs';
import { type AppSession, ok, openApp } from './browser';

let session: AppSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function attach(app: AppSession, testId: string, name: string, mimeType: string, text: string) {
  await app.page
    .getByTestId(testId)
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
}

describe('the whole register in and out of the app', () => {
  it('exports the register as JSON, refuses a broken file naming the place, replaces the register with a good one, and reads activities from a CSV file', async () => {
    const app = await openApp();
    session = app;
    const { page } = app;
    await page.getByTestId('welcome-load-example').click();
    await page.getByTestId('activity-row').first().waitFor();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('register-file').waitFor();

    // Export: the file the DPO saves is exactly the exchange format the CLI writes.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('register-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^ropa-register-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = fs.readFileSync((await download.path())!, 'utf8');
    expect(exported).toBe(ok(await app.api<{ json: string }>('register:exportJson')).json);
    await page.getByTestId('register-exported').waitFor();

    // Into a register with entries, without "replace": refused, in Danish, nothing changed.
    await attach(app, 'register-import-form', 'register.json', 'application/json', exported);
    await page.getByTestId('register-import').click();
    const refused = page.getByTestId('register-import-error');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Registret har allerede indhold');

    // A broken file, even with "replace": every problem named with its place, and nothing written.
    const broken = JSON.parse(exported) as { activities: { name: string }[] };
    broken.activities[2]!.name = '';
    await attach(app, 'register-import-form', 'broken.json', 'application/json', JSON.stringify(broken));
    await page.getByTestId('register-import-replace').check();
    await page.getByTestId('register-import').click();
    await page.getByTestId('register-import-error-details').waitFor();
    expect(await page.getByTestId('register-import-error').textContent()).toContain('Behandlingsaktiviteter 3 › Navn: Skal udfyldes');
    await app.screenshot('80-register-import-refused');
    expect(ok(await app.api<{ json: string }>('register:exportJson')).json).toBe(exported);

    // A good file with "replace": the register is the file's, with what it added listed.
    const renamed = JSON.parse(exported) as { activities: Activity[] };
    renamed.activities[0]!.name = 'Omdøbt i filen';
    await attach(app, 'register-import-form', 'renamed.json', 'application/json', JSON.stringify(renamed));
    await page.getByTestId('register-import').click();
    await page.getByTestId('register-imported').waitFor();
    const names = ok(await app.api<{ items: ActivitySummary[] }>('activities:list', { limit: 100 })).items.map((a) => a.name);
    expect(names).toContain('Omdøbt i filen');
    await app.screenshot('81-register-imported');

    // A CSV file in the Datatilsynet layout (as Danish Excel saves it, with semicolons) updates the activity it names.
    const register = buildExampleRegister();
    const target = register.activities.find((a) => a.status === 'active')!;
    target.owner = 'Ny ejer fra regnearket';
    const csv = exportCsv(register, { profile: 'datatilsynet', lang: 'da', delimiter: ';' });
    await attach(app, 'xlsx-form', 'fortegnelse.csv', 'text/csv', csv);
    await page.getByTestId('xlsx-submit').click();
    await page.getByTestId('xlsx-imported').waitFor();
    const updated = ok(await app.api<{ activity: Activity }>('activities:get', { id: target.id })).activity;
    expect(updated.owner).toBe('Ny ejer fra regnearket');

    // A CSV file in no layout the app knows: the file is named, nothing changes.
    await attach(app, 'xlsx-form', 'andet.csv', 'text/csv', 'Navn;Noget\nA;B\n');
    await page.getByTestId('xlsx-submit').click();
    await page.getByTestId('xlsx-problems').waitFor();
    expect(await page.getByTestId('xlsx-problem').first().textContent()).toContain('andet.csv');

    // The same refusal in English.
    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await page.getByText('Import from a spreadsheet (XLSX or CSV)').waitFor();
    await attach(app, 'register-import-form', 'broken.json', 'application/json', JSON.stringify(broken));
    await page.getByTestId('register-import').click();
    await page.getByTestId('register-import-error-details').waitFor();
    expect(await page.getByTestId('register-import-error').textContent()).toContain('Processing activities 3 › Name: Required');
    await app.screenshot('82-register-import-refused-english');
  });
});
