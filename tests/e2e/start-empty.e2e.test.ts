import { afterEach, describe, expect, it } from 'vitest';
import type { Activity, DataCategory, Recipient } from '../../electron/shared/schemas/entities';
import type { RegisterStatus } from '../../electron/shared/schemas/outputs';
import { type AppSession, ok, openApp } from './browser';

let session: AppSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('starting an empty register', () => {
  it('fills in the controller, a catalogue entry, a recipient and a first activity with its purpose and legal basis', async () => {
    session = await openApp();
    const app = session;
    const { page } = app;

    // Start empty → the organisation form; saving it makes the register non-empty.
    await page.getByTestId('welcome-start-empty').click();
    await page.getByTestId('organisation-form').waitFor();
    await page.getByTestId('organisation-save').click();
    await page.getByText('Skal udfyldes').first().waitFor();
    await page.getByTestId('organisation-form').getByTestId('field-name').fill('Testfirma ApS');
    await page.getByTestId('organisation-save').click();
    await page.getByTestId('header-organisation').filter({ hasText: 'Testfirma ApS' }).waitFor();
    const status = ok(await app.api<RegisterStatus>('register:status'));
    expect(status).toMatchObject({ empty: false, organisationName: 'Testfirma ApS' });

    // A catalogue entry through its modal form.
    await page.getByTestId('nav-catalogues').click();
    await page.getByTestId('dataCategories-new').click();
    const dcForm = page.getByTestId('dataCategories-form');
    await dcForm.getByLabel('Navn').fill('Helbredsoplysninger');
    await dcForm.getByLabel('Art af oplysninger', { exact: true }).click();
    await page.getByRole('option', { name: 'Særlig kategori (art. 9)' }).click();
    await page.getByTestId('dataCategories-save').click();
    await page.getByTestId('dataCategories-table').getByText('Helbredsoplysninger').waitFor();
    const categories = ok(await app.api<DataCategory[]>('dataCategories:list', {}));
    expect(categories).toMatchObject([{ name: 'Helbredsoplysninger', sensitivity: 'special' }]);
    await app.screenshot('30-catalogue');
    await page.getByTestId('tab-dataSubjectCategories').click();
    await page.getByTestId('dataSubjectCategories-new').click();
    await page.getByTestId('dataSubjectCategories-form').getByLabel('Navn').fill('Medarbejdere');
    await page.getByTestId('dataSubjectCategories-save').click();
    await page.getByTestId('dataSubjectCategories-table').getByText('Medarbejdere').waitFor();

    // A recipient, with its country typed as a code.
    await page.getByTestId('nav-recipients').click();
    await page.getByTestId('recipient-new').click();
    await page.getByTestId('recipient-form').getByTestId('field-name').fill('Lønbureauet A/S');
    await page.getByTestId('recipient-form').getByLabel('Land (landekode)').fill('dk');
    await page.getByTestId('recipient-save').click();
    await page.getByTestId('recipient-title').filter({ hasText: 'Lønbureauet A/S' }).waitFor();
    const recipients = ok(await app.api<{ items: Recipient[] }>('recipients:list', {}));
    expect(recipients.items).toMatchObject([{ name: 'Lønbureauet A/S', country: 'DK', role: 'processor' }]);

    // A first activity, then a purpose with its Art 6 basis through the edit form.
    await page.getByTestId('nav-activities').click();
    await page.getByTestId('activity-new').click();
    await page.getByRole('dialog').getByLabel('Navn').fill('Lønadministration');
    await page.getByRole('dialog').getByRole('button', { name: 'Opret' }).click();
    await page.getByTestId('activity-record').waitFor();
    await page.getByTestId('activity-edit').click();
    await page.getByTestId('purpose-add').click();
    await page.getByTestId('purpose-0-description').fill('Udbetaling af løn');
    await page.getByTestId('purpose-0-art6Basis').click();
    await page.getByRole('option', { name: 'c) Retlig forpligtelse' }).click();
    // What the activity links to: data subjects, a data category with its erasure limit, a recipient, the linkage.
    await page.getByTestId('field-dataSubjectIds').click();
    await page.getByRole('option', { name: 'Medarbejdere' }).click();
    await page.getByTestId('data-category-add').click();
    await page.getByTestId('data-category-0').click();
    await page.getByRole('option', { name: 'Helbredsoplysninger' }).click();
    await page.getByTestId('data-category-row').getByLabel('Slettefrist (måneder)').fill('60');
    await page.getByTestId('recipient-add').click();
    await page.getByTestId('recipient-relation-0').click();
    await page.getByRole('option', { name: 'Lønbureauet A/S' }).click();
    await page.getByTestId('link-add').click();
    await page.getByTestId('link-0-category').click();
    await page.getByRole('option', { name: 'Helbredsoplysninger' }).click();
    await page.getByTestId('link-0-subject').click();
    await page.getByRole('option', { name: 'Medarbejdere' }).click();
    await page.getByTestId('link-0-recipient').click();
    await page.getByRole('option', { name: 'Lønbureauet A/S' }).click();
    await app.screenshot('31-new-activity-edit');
    await page.getByTestId('activity-save').click();
    await page.getByTestId('activity-form').waitFor({ state: 'detached' });
    const table = page.getByTestId('purposes-table');
    await table.getByText('Udbetaling af løn').waitFor();
    expect(await table.getByText('c) Retlig forpligtelse').count()).toBe(1);
    await page.getByTestId('section-f').getByText('5 år').waitFor();
    expect(await page.getByTestId('section-c').getByText('Særlig kategori (art. 9)').count()).toBe(1);
    expect(await page.getByTestId('recipients-processor').getByText('Lønbureauet A/S').count()).toBe(1);
    expect(await page.getByTestId('linkage-table').getByText('Lønbureauet A/S').count()).toBe(1);
    await app.screenshot('32-new-activity');

    const list = ok(await app.api<{ items: { id: string }[] }>('activities:list', {}));
    const stored = ok(await app.api<{ activity: Activity }>('activities:get', { id: list.items[0]!.id }));
    expect(stored.activity.purposes).toMatchObject([{ description: 'Udbetaling af løn', art6Basis: 'c' }]);
    expect(stored.activity.dataCategories).toMatchObject([{ retentionMonths: 60 }]);
    expect(stored.activity.dataLinks).toHaveLength(1);
    expect(stored.activity.recipients).toMatchObject([{ role: 'processor' }]);
  });
});
