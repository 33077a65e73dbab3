import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Transfer } from '../../electron/shared/schemas/entities';
import type { AcknowledgedFinding, FindingsReport } from '../../electron/shared/schemas/findings';
import type { RecipientSummary } from '../../electron/shared/schemas/outputs';
import { type AppSession, artifactsDir, ok, openApp } from './browser';

let session: AppSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function openExample(app: AppSession): Promise<void> {
  await app.page.getByTestId('welcome').waitFor();
  await app.page.getByTestId('welcome-load-example').click();
  await app.page.getByTestId('activity-row').first().waitFor();
}

/** The findings page has finished evaluating as of `asOf` (the report's own date). */
async function reportAsOf(page: Page, asOf: string): Promise<void> {
  await page.locator(`[data-testid="findings-report"][data-asof="${asOf}"]`).waitFor();
}

/** What the DPO sees in the window (the findings page is too long for a readable full-page shot). */
async function windowShot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

const findings = (page: Page, rule?: string) =>
  page.locator(rule ? `[data-testid="finding"][data-rule="${rule}"]` : '[data-testid="finding"]');
const openCount = (page: Page, severity: string) => page.getByTestId(`open-count-${severity}`).textContent();

describe('findings in the browser', () => {
  it('shows the engine’s findings, evaluates as of another date, and acknowledges and withdraws one', async () => {
    session = await openApp();
    const app = session;
    const { page } = app;
    await openExample(app);

    // What the engine says today, asked through the same API the page uses.
    const today = ok(await app.api<FindingsReport>('compliance:check', {}));
    const ps = today.findings.filter((f) => f.ruleId === 'TR-PS-ACTIVE');
    const stale = today.findings.filter((f) => f.ruleId === 'REV-STALE');
    expect(ps.length).toBeGreaterThan(0);
    expect(stale.length).toBeGreaterThan(0);
    const transfers = ok(await app.api<{ items: Transfer[] }>('transfers:list', { limit: 1000 })).items;
    const recipients = ok(await app.api<{ items: RecipientSummary[] }>('recipients:list', { limit: 1000, includeArchived: true })).items;
    const recipientOf = (f: AcknowledgedFinding) => {
      const tr = transfers.find((t) => t.id === f.entity.id);
      return recipients.find((r) => r.id === tr?.recipientId)?.name;
    };
    expect([...new Set(ps.map(recipientOf))].sort()).toEqual(['Google', 'HubSpot', 'MailChimp']);

    // The activities list: "Nyhedsbreve" carries today's worst open severity, CRITICAL.
    const newsletters = page.getByTestId('activity-row').filter({ hasText: 'Nyhedsbreve' });
    const newsletterBadge = newsletters.getByTestId('findings-badge');
    await newsletterBadge.waitFor();
    expect(await newsletterBadge.getAttribute('data-severity')).toBe('CRITICAL');
    expect(await newsletterBadge.textContent()).toMatch(/^Kritisk \d+$/);
    await app.screenshot('50-activities-findings-badges');

    // The findings page, in Danish: counts by severity, the Privacy Shield transfers and the overdue reviews.
    await page.getByTestId('nav-findings').click();
    await reportAsOf(page, today.asOf);
    expect(await page.getByTestId('not-built').count()).toBe(0);
    expect(await openCount(page, 'CRITICAL')).toBe(String(today.openCounts.CRITICAL));
    expect(await page.getByTestId('all-count-MEDIUM').textContent()).toContain(String(today.counts.MEDIUM));
    await expect.poll(() => findings(page).count()).toBe(Math.min(100, today.findings.length));
    expect(await findings(page, 'TR-PS-ACTIVE').count()).toBe(ps.length);
    for (const f of ps) {
      const card = page.locator(`[data-testid="finding"][data-rule="TR-PS-ACTIVE"][data-entity-id="${f.entity.id}"]`);
      expect(await card.getAttribute('data-severity')).toBe('CRITICAL');
      expect(await card.getByTestId('finding-message').textContent()).toBe(f.message.da);
      expect(await card.getByTestId('finding-fix').textContent()).toContain(f.fix.da);
      expect(await card.getByTestId('finding-event').textContent()).toContain('16. jul. 2020');
      expect(await card.getByTestId('finding-sources').textContent()).toContain(f.sources[0]!.id);
      expect(await card.getByTestId('verification-badge').getAttribute('data-tag')).toBe(f.verification);
    }
    expect(await findings(page, 'REV-STALE').count()).toBe(stale.length);
    // An uncertain finding says so, visibly, with the engine's reason.
    const staleCard = findings(page, 'REV-STALE').first();
    expect(await staleCard.getByTestId('unverified-badge').textContent()).toContain('Ikke verificeret kilde');
    expect(await staleCard.getByTestId('finding-uncertainty').textContent()).toContain(stale[0]!.uncertaintyNote!.da);
    expect(await page.getByTestId('findings-kb').textContent()).toContain(today.kb.version);
    expect(await page.getByTestId('findings-dpf').textContent()).toBe('Ingen DPF-liste importeret');
    await windowShot(page, '51-findings');
    // Folded, every card keeps its heading and message; the details come back when unfolded.
    const brief = page.getByTestId('findings-brief');
    await brief.click();
    await expect.poll(() => brief.isChecked()).toBe(true);
    expect(page.url()).toContain('brief=1');
    await app.screenshot('51-findings-brief');
    await brief.click();
    await expect.poll(() => brief.isChecked()).toBe(false);
    expect(page.url()).not.toContain('brief=1');

    // As of the 2019 privacy policy's date: Privacy Shield was still valid, so no finding mentions it.
    const input = page.getByTestId('findings-asof-input');
    await input.fill('2019-12-18');
    await input.press('Enter');
    await reportAsOf(page, '2019-12-18');
    await input.press('Escape');
    await page.getByTestId('page-title').click();
    await page.waitForTimeout(300); // the calendar's closing transition
    expect(page.url()).toContain('asOf=2019-12-18');
    const rules2019 = await findings(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules2019.filter((r) => /PS|PRIVACYSHIELD/.test(r ?? ''))).toEqual([]);
    const past = ok(await app.api<FindingsReport>('compliance:check', { asOf: '2019-12-18' }));
    expect(rules2019.length).toBe(Math.min(100, past.findings.length));
    // Acknowledgements are dated today, so they are not offered on a past date.
    expect(await page.getByTestId('finding-acknowledge').first().isDisabled()).toBe(true);
    await windowShot(page, '52-findings-2019');
    await page.reload();
    await reportAsOf(page, '2019-12-18');
    await page.getByTestId('findings-today').click();
    await reportAsOf(page, today.asOf);

    // Acknowledge one CRITICAL finding that is not on "Nyhedsbreve": the form checks the contract's rule first.
    const target = ps.find((f) => f.activityId !== 'act-newsletters') ?? ps[0]!;
    const card = page.locator(`[data-testid="finding"][data-rule="TR-PS-ACTIVE"][data-entity-id="${target.entity.id}"]`);
    await card.getByTestId('finding-acknowledge').click();
    await page.getByTestId('ack-form').waitFor();
    await page.getByTestId('ack-justification').fill('For kort');
    await page.getByTestId('ack-save').click();
    await page.getByText('Forklar med mindst 10 tegn, hvorfor fundet accepteres').waitFor();
    await windowShot(page, '53-acknowledge-invalid');
    const justification = 'Overførslen stoppes ved kontraktudløb; SCC 2021 med TIA er under forhandling med leverandøren.';
    await page.getByTestId('ack-justification').fill(justification);
    await page.getByTestId('ack-save').click();
    await page.getByTestId('ack-form').waitFor({ state: 'detached' });
    await expect.poll(() => openCount(page, 'CRITICAL')).toBe(String(today.openCounts.CRITICAL - 1));
    expect(await page.getByTestId('all-count-CRITICAL').textContent()).toContain(String(today.counts.CRITICAL));
    expect(await card.getAttribute('data-status')).toBe('acknowledged');
    expect(await card.getByTestId('acknowledged-badge').isVisible()).toBe(true);
    expect(await card.getByTestId('finding-justification').textContent()).toBe(justification);
    await page.getByTestId('acknowledged-heading').waitFor();
    const after = ok(await app.api<FindingsReport>('compliance:check', {}));
    expect(after.findings.find((f) => f.id === target.id)?.status).toBe('acknowledged');
    expect(after.openCounts.CRITICAL).toBe(today.openCounts.CRITICAL - 1);
    await page.getByTestId('acknowledged-heading').scrollIntoViewIfNeeded();
    await windowShot(page, '54-findings-acknowledged');

    // The "acknowledged" view holds exactly it.
    await page.getByTestId('findings-status-filter').getByText('Kvitterede').click();
    await expect.poll(() => findings(page).count()).toBe(1);
    await page.getByTestId('findings-reset').click();

    // The activities list still shows "Nyhedsbreve" CRITICAL, and its page lists its findings, transfers' included.
    await page.getByTestId('nav-activities').click();
    await newsletterBadge.waitFor();
    expect(await newsletterBadge.getAttribute('data-severity')).toBe('CRITICAL');
    await page.getByTestId('activity-link').filter({ hasText: 'Nyhedsbreve' }).click();
    const section = page.getByTestId('activity-findings');
    await section.waitFor();
    const forNewsletters = after.findings.filter((f) => f.activityId === 'act-newsletters' || f.entity.id === 'act-newsletters');
    await expect.poll(() => section.getByTestId('finding').count()).toBe(forNewsletters.length);
    expect(await section.locator('[data-rule="TR-PS-ACTIVE"]').count()).toBe(
      forNewsletters.filter((f) => f.ruleId === 'TR-PS-ACTIVE').length,
    );
    await app.screenshot('55-activity-findings');

    // Recipients and transfers lists carry the badges too.
    await page.getByTestId('nav-recipients').click();
    const hubspot = page.getByTestId('recipient-row').filter({ hasText: 'HubSpot' }).getByTestId('findings-badge');
    await hubspot.waitFor();
    expect(await hubspot.getAttribute('data-severity')).toBe('CRITICAL');
    await app.screenshot('56-recipients-badges');
    await page.getByTestId('nav-transfers').click();
    await page.getByTestId('transfer-row').first().waitFor();
    await expect.poll(() => page.getByTestId('transfer-row').getByTestId('findings-badge').count()).toBeGreaterThan(0);
    await app.screenshot('57-transfers-badges');

    // Withdrawing re-opens it (from the overview's card into the page, filtered to CRITICAL).
    await page.getByTestId('nav-overview').click();
    await page.getByTestId('overview-findings').waitFor();
    expect(await page.getByTestId('overview-findings').getByTestId('open-count-CRITICAL').textContent()).toBe(
      String(after.openCounts.CRITICAL),
    );
    await app.screenshot('58-overview-findings');
    await page.getByTestId('nav-findings').click();
    await reportAsOf(page, today.asOf);
    await card.getByTestId('finding-withdraw').click();
    await page.getByTestId('finding-withdraw-confirm').click();
    await expect.poll(() => openCount(page, 'CRITICAL')).toBe(String(today.openCounts.CRITICAL));
    expect(await card.getAttribute('data-status')).toBe('open');
  });

  it('lists an acknowledgement that lapsed because its entry changed, and removes it', async () => {
    session = await openApp();
    const app = session;
    const { page } = app;
    await openExample(app);
    const today = ok(await app.api<FindingsReport>('compliance:check', {}));
    const target = today.findings.find((f) => f.ruleId === 'TR-PS-ACTIVE' && f.entity.type === 'transfer')!;
    await page.getByTestId('nav-findings').click();
    await reportAsOf(page, today.asOf);
    // Nothing has lapsed in the example register.
    expect(await page.getByTestId('lapsed-acks').count()).toBe(0);

    const card = page.locator(`[data-testid="finding"][data-rule="TR-PS-ACTIVE"][data-entity-id="${target.entity.id}"]`);
    await card.getByTestId('finding-acknowledge').click();
    const justification = 'Leverandøren skifter til SCC 2021 inden årets udgang; TIA er udarbejdet.';
    await page.getByTestId('ack-justification').fill(justification);
    await page.getByTestId('ack-save').click();
    await page.getByTestId('ack-form').waitFor({ state: 'detached' });
    await expect.poll(() => card.getAttribute('data-status')).toBe('acknowledged');
    expect(await page.getByTestId('lapsed-acks').count()).toBe(0);

    // The transfer changes behind the page's back: the acknowledgement no longer counts, and says why.
    ok(await app.api('transfers:update', { id: target.entity.id, changes: { notes: 'Ændret efter kvitteringen.' } }));
    await page.reload();
    await reportAsOf(page, today.asOf);
    const section = page.getByTestId('lapsed-acks');
    await section.waitFor();
    expect(await section.textContent()).toContain('Kvitteringer der ikke længere gælder');
    const lapsed = section.getByTestId('lapsed-ack');
    expect(await lapsed.count()).toBe(1);
    expect(await lapsed.getAttribute('data-state')).toBe('entity_changed');
    expect(await lapsed.getAttribute('data-entity-id')).toBe(target.entity.id);
    expect(await lapsed.getByTestId('lapsed-ack-rule').textContent()).toBe('TR-PS-ACTIVE');
    expect(await lapsed.getByTestId('lapsed-ack-reason').textContent()).toBe(
      'Posten er ændret, efter at der blev kvitteret – gennemgå den, og kvittér igen, hvis fundet stadig er begrundet',
    );
    expect(await lapsed.textContent()).toContain(justification);
    expect(await lapsed.textContent()).toContain(target.entity.name);
    // The finding is open again, and its card says it was acknowledged before.
    expect(await card.getAttribute('data-status')).toBe('open');
    expect(await card.getByTestId('finding-ack-changed').textContent()).toBe('Tidligere kvitteret – posten er ændret siden');
    await windowShot(page, '61-findings-lapsed-ack');

    await lapsed.getByTestId('lapsed-ack-remove').click();
    await section.waitFor({ state: 'detached' });
    expect(await card.getByTestId('finding-ack-changed').count()).toBe(0);
    const left = ok(await app.api<{ state: string }[]>('compliance:acknowledgements', {}));
    expect(left).toEqual([]);
  });

  it('imports a DPF List, says why a bad file was refused, and reads in English', async () => {
    session = await openApp();
    const app = session;
    const { page } = app;
    await openExample(app);
    await page.getByTestId('nav-findings').click();
    await page.getByTestId('findings-report').waitFor();

    // A file main cannot read: its message, naming the line, in the dialog; nothing imported.
    await page.getByTestId('dpf-import').click();
    const file = page.getByTestId('dpf-form').locator('input[type="file"]');
    await file.setInputFiles({
      name: 'dpf-list-2026-11-01.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Name;Whatever\nIntuit Inc.;x\n'),
    });
    await page.getByTestId('dpf-submit').click();
    const error = page.getByTestId('dpf-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/dpf-list-2026-11-01\.csv/);
    await windowShot(page, '59-dpf-error');
    expect(ok(await app.api<{ dpfSnapshots: unknown[] }>('compliance:knowledgeBase')).dpfSnapshots).toEqual([]);

    const csv = [
      'Organization Name,Covered Entities,Status,Frameworks,Data Types',
      'Intuit Inc.,The Rocket Science Group LLC; Mailchimp,active,EU-US; UK-Ext,non-HR',
      'HubSpot Inc.,,active,EU-US,non-HR; HR',
      'Google LLC,,active,EU-US; Swiss-US,non-HR; HR',
    ].join('\n');
    await file.setInputFiles({ name: 'dpf-list-2026-11-01.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('dpf-submit').click();
    await page.getByTestId('dpf-form').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.getByTestId('findings-dpf').textContent())
      .toBe('DPF-liste: øjebliksbillede af 1. nov. 2026 (3 organisationer)');

    // In English: the engine's English texts, and the uncertainty badge in English.
    await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
    await page.getByTestId('page-title').filter({ hasText: 'Findings' }).waitFor();
    const report = ok(await app.api<FindingsReport>('compliance:check', {}));
    const first = report.findings.find((f) => f.ruleId === 'TR-PS-ACTIVE')!;
    const card = page.locator(`[data-testid="finding"][data-rule="TR-PS-ACTIVE"][data-entity-id="${first.entity.id}"]`);
    expect(await card.getByTestId('finding-message').textContent()).toBe(first.message.en);
    expect(await findings(page, 'REV-STALE').first().getByTestId('unverified-badge').textContent()).toContain('Unverified source');
    expect(await page.getByTestId('findings-dpf').textContent()).toBe('DPF List: snapshot of 1 Nov 2026 (3 organisations)');
    await windowShot(page, '60-findings-english');
  });
});
