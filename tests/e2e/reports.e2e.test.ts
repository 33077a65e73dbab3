import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildSyntheticRegister } from '../../electron/services/reports/testing/synthetic-register';
import type { ActivitySummary, RegisterStatus } from '../../electron/shared/schemas/outputs';
import type { ReportJob } from '../../electron/shared/schemas/reports';
import { type AppSession, artifactsDir, ok, openApp } from './browser';

let session: AppSession | undefined;
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-reports-e2e-'));
/** The English ICO workbook the first test downloads; the second imports it into an empty register. */
let icoWorkbook: { file: string; activityNames: string[] } | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

afterAll(() => fs.rmSync(downloads, { recursive: true, force: true }));

async function openExample(app: AppSession): Promise<void> {
  await app.page.getByTestId('welcome').waitFor();
  await app.page.getByTestId('welcome-load-example').click();
  await app.page.getByTestId('activity-row').first().waitFor();
}

/** What the DPO sees in the window. */
async function windowShot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

/** Every status main answered the page with, in order (the progress the bar was drawn from). */
function recordStatuses(page: Page): ReportJob[] {
  const seen: ReportJob[] = [];
  page.on('response', async (res) => {
    if (!res.url().endsWith('/harness/api/reports:status')) return;
    const body = (await res.json()) as { ok: boolean; data?: ReportJob };
    if (body.ok && body.data) seen.push(body.data);
  });
  return seen;
}

/** Generate → the running job → its result; returns main's view of the finished job. */
async function generate(app: AppSession, extension: string): Promise<ReportJob> {
  const { page } = app;
  const started = page.waitForResponse((r) => r.url().endsWith('/harness/api/reports:start'));
  await page.getByTestId('report-generate').click();
  const job = ((await (await started).json()) as { data: ReportJob }).data;
  expect(job.state).toBe('running');
  const result = page.locator(`[data-testid="report-result"][data-file-name="${job.fileName}"]`);
  await result.waitFor({ timeout: 30_000 });
  expect(job.fileName.endsWith(extension)).toBe(true);
  return ok(await app.api<ReportJob>('reports:status', { jobId: job.jobId }));
}

/** Save → the browser download (the harness's stand-in for the save dialog), kept under `name`. */
async function save(page: Page, name: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('report-save').click()]);
  const file = path.join(downloads, name);
  await download.saveAs(file);
  return fs.readFileSync(file);
}

async function chooseWorkbook(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page
    .getByTestId('xlsx-form')
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.getByTestId('xlsx-submit').click();
}

const activityCount = async (app: AppSession) => ok(await app.api<RegisterStatus>('register:status')).activityCount;

describe('reports in the browser', () => {
  it('generates the Danish PDF with the findings annex and an English ICO workbook, saves both, and refuses a broken workbook', async () => {
    session = await openApp();
    const app = session;
    const { page } = app;
    await openExample(app);
    const statuses = recordStatuses(page);

    await page.getByTestId('nav-reports').click();
    await page.getByTestId('report-card').waitFor();
    expect(await page.getByTestId('not-built').count()).toBe(0);
    expect(await page.getByTestId('nav-reports').textContent()).toBe('Rapporter');
    // The defaults: the controller record as a Danish PDF with the processors and transfers annexes.
    expect(await page.getByTestId('report-format-pdf').isChecked()).toBe(true);
    expect(await page.getByTestId('report-record-controller').isChecked()).toBe(true);
    expect(await page.getByTestId('report-lang-da').isChecked()).toBe(true);
    expect(await page.getByTestId('report-annex-processors').isChecked()).toBe(true);
    expect(await page.getByTestId('report-annex-findings').isChecked()).toBe(false);
    await page.getByTestId('report-annex-findings').check();
    const today = ok(await app.api<{ asOf: string }>('compliance:check', {})).asOf;
    expect(await page.getByTestId('report-asof').inputValue()).toBe(today);
    await windowShot(page, '70-reports');

    // The Danish controller PDF: real progress from main until done = total, then the file's facts.
    const pdf = await generate(app, '.pdf');
    expect(pdf).toMatchObject({ state: 'done', mimeType: 'application/pdf' });
    expect(pdf.done).toBe(pdf.total);
    const last = statuses.filter((s) => s.jobId === pdf.jobId).at(-1);
    expect(last).toMatchObject({ state: 'done', done: pdf.total, total: pdf.total });
    const dones = statuses.filter((s) => s.jobId === pdf.jobId).map((s) => s.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(await page.getByTestId('report-file-name').textContent()).toBe(pdf.fileName);
    expect(await page.getByTestId('report-pages').textContent()).toBe(String(pdf.pages));
    expect(await page.getByTestId('report-version').textContent()).toBe(pdf.registerHash!.slice(0, 12));
    expect(await page.getByTestId('report-size').textContent()).toMatch(/^\d+(,\d)? kB$/);

    const pdfBytes = await save(page, pdf.fileName);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfBytes.length).toBe(pdf.bytes);
    const pdfFile = path.join(downloads, pdf.fileName);
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Jensens Kurser A/S',
      'Nyhedsbreve',
      'Side 1 af',
      'Fund fra compliance-kontrollen',
      pdf.registerHash!.slice(0, 12),
    ]) {
      expect(text).toContain(expected);
    }
    expect(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${pdf.pages}\\b`));
    // In a browser the report is downloaded: the page says so, and offers no Open.
    await page
      .getByTestId('report-saved')
      .filter({ hasText: `Hentet som ${pdf.fileName}` })
      .waitFor();
    expect(await page.getByTestId('report-open').count()).toBe(0);
    await windowShot(page, '71-report-pdf-done');
    await app.screenshot('71-report-pdf-done-full');

    // An English workbook in ICO's template: spreadsheet choices replace the PDF-only ones.
    await page.getByTestId('report-format-xlsx').check();
    expect(await page.getByTestId('report-annexes').count()).toBe(0);
    expect(await page.getByTestId('report-record-processor').isDisabled()).toBe(true);
    await page.getByTestId('report-profile-ico').check();
    await page.getByTestId('report-lang-en').check();
    await windowShot(page, '72-report-xlsx-options');
    const xlsx = await generate(app, '.xlsx');
    expect(xlsx.fileName).toMatch(/^Record-of-processing-Jensens-Kurser-A-S-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(await page.getByTestId('report-pages').count()).toBe(0);
    const xlsxBytes = await save(page, xlsx.fileName);
    expect(xlsxBytes.length).toBeGreaterThan(0);
    expect(xlsxBytes.length).toBe(xlsx.bytes);
    expect(xlsxBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsxBytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Template')?.getCell('B9').text).toBe('Purpose of processing');
    await windowShot(page, '72-report-xlsx-done');
    const activities = ok(await app.api<{ items: ActivitySummary[] }>('activities:list', { limit: 1000 })).items;
    icoWorkbook = { file: path.join(downloads, xlsx.fileName), activityNames: activities.map((a) => a.name).sort() };

    // A text file named .xlsx: refused as a whole, nothing imported.
    const before = await activityCount(app);
    await chooseWorkbook(page, 'not-a-workbook.xlsx', Buffer.from('Name;Purpose\nPayroll;Pay staff\n'));
    const problems = page.getByTestId('xlsx-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Intet blev importeret');
    expect(await problems.textContent()).toContain('not-a-workbook.xlsx kunne ikke læses som et Excel-regneark');
    expect(await problems.getByTestId('xlsx-problem').count()).toBe(1);
    expect(await problems.getByTestId('xlsx-problem').first().textContent()).toContain('Hele filen');
    await page.getByTestId('xlsx-import').scrollIntoViewIfNeeded();
    await windowShot(page, '73-import-not-a-workbook');

    // The downloaded workbook with two bad cells: both named by sheet, row and column; still nothing imported.
    const template = workbook.getWorksheet('Template')!;
    template.getCell('L10').value = 'Art 6(1)(z)';
    template.getCell('Q11').value = 'Maybe';
    await chooseWorkbook(page, 'broken-ico.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    await expect.poll(() => problems.getByTestId('xlsx-problem').count()).toBe(2);
    expect(await problems.textContent()).toContain('broken-ico.xlsx har 2 problemer');
    const rows = await problems
      .getByTestId('xlsx-problem')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)));
    expect(rows).toEqual([
      ['Template', '10', 'L'],
      ['Template', '11', 'Q'],
    ]);
    expect(await problems.getByTestId('xlsx-problem').first().textContent()).toMatch(/Article 6 lawful basis/);
    expect(await activityCount(app)).toBe(before);
    await page.getByTestId('xlsx-import').scrollIntoViewIfNeeded();
    await windowShot(page, '73-import-problems');
  });

  it('imports the downloaded ICO workbook into an empty register, and the activity list shows its activities', async () => {
    if (!icoWorkbook) throw new Error('The first test did not download the ICO workbook.');
    session = await openApp();
    const app = session;
    const { page } = app;
    await page.getByTestId('welcome-start-empty').click();
    await page.getByTestId('organisation-form').waitFor();
    // The (empty) activity list is cached before the import: it must refresh after it.
    await page.getByTestId('nav-activities').click();
    await page.getByTestId('page-title').filter({ hasText: 'Behandlingsaktiviteter' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('activity-row').count()).toBe(0);
    expect(await activityCount(app)).toBe(0);

    await page.getByTestId('nav-reports').click();
    await chooseWorkbook(page, path.basename(icoWorkbook.file), fs.readFileSync(icoWorkbook.file));
    const imported = page.getByTestId('xlsx-imported');
    await imported.waitFor();
    const n = icoWorkbook.activityNames.length;
    expect(await imported.locator('[data-key="activities"]').getAttribute('data-count')).toBe(String(n));
    expect(await imported.locator('[data-key="activities"]').textContent()).toBe(`${n} behandlingsaktiviteter`);
    const names = ok(await app.api<{ items: ActivitySummary[] }>('activities:list', { limit: 1000 }))
      .items.map((a) => a.name)
      .sort();
    expect(names).toEqual(icoWorkbook.activityNames);
    await page.getByTestId('xlsx-import').scrollIntoViewIfNeeded();
    await windowShot(page, '74-import-done');

    await page.getByTestId('xlsx-show-activities').click();
    await expect.poll(() => page.getByTestId('activity-row').count()).toBe(n);
    await page.getByTestId('activity-link').filter({ hasText: 'Nyhedsbreve' }).first().waitFor();
    await app.screenshot('75-activities-imported');

    // In English the page speaks English; the choices made before (a Danish PDF) are still there.
    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('page-title').filter({ hasText: 'Reports' }).waitFor();
    expect(await page.getByTestId('report-lang-da').isChecked()).toBe(true);
    await page.getByTestId('report-lang-en').check();
    await page.getByTestId('report-format-csv').check();
    expect(await page.getByTestId('report-profile').textContent()).toContain('the exact Datatilsynet template columns are not verified');
    await windowShot(page, '77-reports-english');
  });

  it('shows the real progress of a long PDF, as main counts it, until the report is ready', async () => {
    session = await openApp();
    const app = session;
    const { page } = app;
    // A large register (1,000 activities, some 3,000 pages) takes long enough to watch the bar move.
    ok(await app.api('register:importJson', { json: JSON.stringify(buildSyntheticRegister(1000)) }));
    const statuses = recordStatuses(page);
    await page.goto(`${app.harness.url}#/reports`);
    await page.reload();
    await page.getByTestId('report-card').waitFor();
    // Two reports already being written (asked for elsewhere): this one waits its turn, shown as queued.
    const others = [
      ok(await app.api<ReportJob>('reports:start', { format: 'pdf' })),
      ok(await app.api<ReportJob>('reports:start', { format: 'pdf' })),
    ];
    expect(others.map((j) => j.state)).toEqual(['running', 'running']);
    await page.getByTestId('report-generate').click();
    const queued = page.getByTestId('report-queued');
    await queued.waitFor();
    expect(await queued.textContent()).toContain('I kø');
    await windowShot(page, '76-report-queued');
    const moving = page.locator('[data-testid="report-running"]:not([data-done="0"])');
    await moving.waitFor({ timeout: 60_000 });
    expect(statuses.some((s) => s.state === 'queued')).toBe(true);
    const done = Number(await moving.getAttribute('data-done'));
    const total = Number(await moving.getAttribute('data-total'));
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(total);
    expect(await page.getByTestId('report-progress-text').textContent()).toMatch(/^\d+ af \d+ trin$/);
    await windowShot(page, '76-report-progress');

    // Away and back while it runs: the page still follows the same report to its end.
    await page.getByTestId('nav-organisation').click();
    await page.getByTestId('organisation-form').waitFor();
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('report-result').waitFor({ timeout: 60_000 });
    // The bar was drawn from main's own counts: several different steps while running, then all of them.
    const running = statuses.filter((s) => s.state === 'running' && s.done > 0);
    expect(new Set(running.map((s) => s.done)).size).toBeGreaterThan(1);
    expect(running.every((s) => s.total === total)).toBe(true);
    expect(statuses.at(-1)).toMatchObject({ state: 'done', done: total, total });
    expect(Number(await page.getByTestId('report-pages').textContent())).toBeGreaterThan(1000);
  }, 180_000); // a register this size takes a while on two busy cores, three times
});
