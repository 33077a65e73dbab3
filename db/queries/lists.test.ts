import { afterEach, describe, expect, it } from 'vitest';
import { realisticRegister } from '../../bench/register/realistic-register';
import { createTestDb } from '../testing/create-test-db';
import { listActivities } from './activity-list';
import { listAudit } from './audit';
import { searchSmallList } from './catalogue-list';
import { listDpas } from './dpa-list';
import { listRecipients } from './recipient-list';
import { writeRegister } from './register-import';
import { dataCategoryStore, dpaStore } from './stores';
import { listTransfers } from './transfer-list';

const AT = '2026-11-25T10:00:00.000Z';
const page = { direction: 'asc' as const, offset: 0, limit: 100 };
const doc = realisticRegister({ activities: 30 });
let db: ReturnType<typeof createTestDb>;
afterEach(() => db?.dispose());

function registerDb() {
  db = createTestDb();
  writeRegister(db.db, doc, AT);
  return db.db;
}

describe('every list honours its search and filters, in SQLite', () => {
  it('activities: search, status, archived, relevance, paging', () => {
    const d = registerDb();
    const all = listActivities(d, { ...page, sort: 'name' });
    expect(all.total).toBe(30);
    const løn = listActivities(d, { ...page, sort: 'name', search: 'lønadm' });
    const expected = doc.activities.filter((a) => /lønadm/i.test(`${a.name} ${a.description}`));
    expect(løn.items.map((a) => a.id).sort()).toEqual(expected.map((a) => a.id).sort());
    expect(løn.total).toBe(expected.length);
    const active = listActivities(d, { ...page, sort: 'name', search: 'lønadm', status: ['active'] });
    expect(active.items.every((a) => a.status === 'active')).toBe(true);
    expect(active.total).toBe(expected.filter((a) => a.status === 'active').length);
    // Best match first: the name says it, not only the description.
    const ranked = listActivities(d, { ...page, sort: 'relevance', search: 'nyhedsbreve' });
    expect(ranked.items[0]?.name).toMatch(/^Nyhedsbreve/);
    const second = listActivities(d, { ...page, sort: 'name', offset: 10, limit: 10 });
    expect(second.items.map((a) => a.id)).toEqual(all.items.slice(10, 20).map((a) => a.id));
    expect(second.total).toBe(30);
  });

  it('recipients: search by name and legal name, role filter', () => {
    const d = registerDb();
    const found = listRecipients(d, { ...page, sort: 'name', search: 'nordisk host' });
    expect(found.items.map((r) => r.name)).toEqual(
      doc.recipients
        .filter((r) => r.name.startsWith('Nordisk Hosting'))
        .map((r) => r.name)
        .sort(),
    );
    const processors = listRecipients(d, { ...page, sort: 'name', search: 'nordisk', role: ['processor'] });
    expect(processors.items.every((r) => r.role === 'processor')).toBe(true);
    expect(processors.total).toBeLessThanOrEqual(found.total);
  });

  it('transfers: the search box finds by recipient, activity and mechanism, with the mechanism filter', () => {
    const d = registerDb();
    const shield = listTransfers(d, { ...page, sort: 'startOn', search: 'privacy shield' });
    const expected = doc.transfers.filter((t) => t.mechanism === 'privacy_shield' || /privacy shield/i.test(t.safeguardsText ?? ''));
    expect(shield.total).toBe(expected.length);
    expect(shield.total).toBeGreaterThan(0);
    const recipient = doc.recipients.find((r) => r.id === doc.transfers[0]!.recipientId)!;
    const byRecipient = listTransfers(d, { ...page, sort: 'startOn', search: recipient.name, limit: 1000 });
    expect(byRecipient.items.map((t) => t.id)).toContain(doc.transfers[0]!.id);
    expect(byRecipient.items.every((t) => t.recipientName === recipient.name || t.exporterName === recipient.name)).toBe(true);
    const dpfOnly = listTransfers(d, { ...page, sort: 'startOn', search: recipient.name, mechanism: ['eu_us_dpf'], limit: 1000 });
    expect(dpfOnly.items.every((t) => t.mechanism === 'eu_us_dpf')).toBe(true);
    expect(listTransfers(d, { ...page, sort: 'startOn', search: 'zzzz' }).total).toBe(0);
  });

  it('DPAs: a row without the agreement text or the document, searchable, by processor', () => {
    const d = registerDb();
    const list = listDpas(d, { ...page, sort: 'title', limit: 1000 });
    expect(list.total).toBe(doc.dpas.length);
    for (const row of list.items) {
      expect(row).not.toHaveProperty('documentBase64');
      expect(row).not.toHaveProperty('text');
    }
    expect(
      list.items
        .filter((r) => r.hasDocument)
        .map((r) => r.id)
        .sort(),
    ).toEqual(
      doc.dpas
        .filter((x) => x.documentBase64)
        .map((x) => x.id)
        .sort(),
    );
    const one = doc.dpas[3]!;
    const byRecipient = listDpas(d, { ...page, sort: 'title', recipientId: one.recipientId });
    expect(byRecipient.items.map((r) => r.id)).toEqual([one.id]);
    const searched = listDpas(d, { ...page, sort: 'title', search: one.title });
    expect(searched.items.map((r) => r.id)).toContain(one.id);
    expect(JSON.stringify(list).length).toBeLessThan(JSON.stringify(doc.dpas).length / 3);
  });

  it('catalogues: the same search', () => {
    const d = registerDb();
    expect(searchSmallList(d, dataCategoryStore, 'dataCategory', 'helbred').map((c) => c.name)).toEqual(['Helbredsoplysninger']);
    expect(searchSmallList(d, dataCategoryStore, 'dataCategory', undefined)).toHaveLength(doc.dataCategories.length);
  });
});

describe('a DPA in the audit log', () => {
  it('carries its document once, in the change that stored it, and its hash elsewhere', () => {
    const d = registerDb();
    const withDocument = doc.dpas.find((x) => x.documentBase64)!;
    dpaStore.update(d, withDocument.id, { noticePeriodDays: 30 }, undefined, AT);
    const [edit] = listAudit(d, { entity: 'DPA', entityId: withDocument.id, limit: 1 });
    const text = JSON.stringify(edit);
    expect(text).not.toContain(withDocument.documentBase64!.slice(0, 200));
    expect(edit!.before).toMatchObject({ documentSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((edit!.after as { documentSha256: string }).documentSha256).toBe((edit!.before as { documentSha256: string }).documentSha256);

    const replaced = Buffer.from('%PDF-1.7 ny aftale').toString('base64');
    dpaStore.update(d, withDocument.id, { documentBase64: replaced }, undefined, AT);
    const [swap] = listAudit(d, { entity: 'DPA', entityId: withDocument.id, limit: 1 });
    expect(JSON.stringify(swap).split(replaced).length - 1).toBe(1);
    expect(JSON.stringify(swap)).not.toContain(withDocument.documentBase64!.slice(0, 200));
  });
});
