import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type AppSession, ok, openApp } from './browser';

let session: AppSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the About and help dialog', () => {
  it('shows the app version, the register format, who last wrote the file, and how to run the command line, in Danish and English', async () => {
    session = await openApp();
    const { page } = session;
    ok(await session.api('register:loadExample'));
    await page.reload();
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8'));

    await page.getByTestId('about-open').click();
    const dialog = page.getByRole('dialog', { name: 'Om ROPA Desk' });
    await dialog.getByTestId('about-versions').waitFor();
    expect(await dialog.getByTestId('about-app-version').textContent()).toBe(pkg.version);
    expect(await dialog.getByTestId('about-register-format').textContent()).toBe(String(journal.entries.length));
    expect(await dialog.getByTestId('about-last-written-by').textContent()).toBe(pkg.version);
    await dialog.getByText('Kommandolinjen').waitFor();
    await dialog.getByTestId('about-cli').getByText('"/opt/ROPA Desk/ropa" check --json').waitFor();
    await session.screenshot('about-da');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await page.getByTestId('about-open').click();
    const english = page.getByRole('dialog', { name: 'About ROPA Desk' });
    await english.getByText('Last written by version').waitFor();
    await english.getByText('The command line').waitFor();
    await session.screenshot('about-en');
  });
});
