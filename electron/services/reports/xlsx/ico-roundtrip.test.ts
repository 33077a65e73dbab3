import { describe, expect, it } from 'vitest';
import type { Register } from '../../../shared/schemas/register';
import { buildFixtureRegister } from '../testing/fixture';
import { workbookCells } from '../testing/workbook-cells';
import { applyImportToRegister, type NewIdKind } from './apply-import';
import { exportWorkbook } from './export-workbook';
import { col, ICO_FIRST_DATA_ROW, ICO_HEADING_ROW, ICO_HEADINGS, ICO_SHEET, ROPA_HEADINGS } from './ico-layout';
import { parseIcoWorkbook } from './parse-ico-workbook';

function counterIds() {
  const counts = new Map<NewIdKind, number>();
  return (kind: NewIdKind) => {
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    return `imp-${kind}-${n}`;
  };
}

const now = '2026-11-25T12:00:00Z';

async function roundTrip(source: Register, target: Register, lang: 'da' | 'en') {
  const first = await exportWorkbook(source, { profile: 'ico', lang });
  const parsed = await parseIcoWorkbook(first, target);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const applied = applyImportToRegister(target, parsed.activities, { newId: counterIds(), now });
  const second = await exportWorkbook(applied, { profile: 'ico', lang });
  return { before: await workbookCells(first, ICO_SHEET), after: await workbookCells(second, ICO_SHEET), applied };
}

describe('ICO workbook', () => {
  it('has sheet "Template", the contact block in rows 1–6, the 30 ICO headings verbatim in row 9, data from row 10', async () => {
    const register = buildFixtureRegister();
    const rows = await workbookCells(await exportWorkbook(register, { profile: 'ico', lang: 'en' }), ICO_SHEET);
    expect(rows[ICO_HEADING_ROW - 1].slice(0, 30)).toEqual([...ICO_HEADINGS]);
    expect(rows[ICO_HEADING_ROW - 1].slice(30, 33)).toEqual([...ROPA_HEADINGS]);
    const block = rows.slice(0, 6).flat();
    for (const value of [
      'Jensens Kurser A/S',
      'Mette Ørsted Læsø',
      'dpo@jensenskurser.dk',
      'kontakt@jensenskurser.dk',
      '+45 86 12 34 56',
    ]) {
      expect(block).toContain(value);
    }
    const data = rows.slice(ICO_FIRST_DATA_ROW - 1);
    // One row per purpose: BA-001 has three, BA-002 two, the other two activities none (one row each).
    expect(data.length).toBe(7);
    expect(data[0][col.purpose]).toBe('Administration af tilmeldinger og afholdelse af kurser');
    expect(data[0][col.art6]).toBe('Art 6(1)(b) – Contract');
    expect(data[1][col.art9]).toBe('Art 9(2)(a) – Explicit consent');
    expect(data[0][col.thirdCountries]).toBe('United States');
    expect(data[0][col.processorContract]).toContain('HubSpot Inc.: HubSpot Data Processing Agreement');
    expect(data[3][col.schedule1]).toContain('Danish Data Protection Act s. 11(2)(1) (required by law)');
    expect(data.map((r) => r[col.activityName])).not.toContain('Gammel konkurrence på Facebook (arkiveret)');
  });

  it.each(['da', 'en'] as const)('round-trips onto the same register without changing a cell (%s)', async (lang) => {
    const register = buildFixtureRegister();
    const { before, after, applied } = await roundTrip(register, register, lang);
    // Row 7 carries the register version, which moves because updatedAt moved.
    expect(after.slice(ICO_HEADING_ROW - 1)).toEqual(before.slice(ICO_HEADING_ROW - 1));
    expect(after.slice(0, 6)).toEqual(before.slice(0, 6));
    // Nothing the sheet cannot hold was lost: linkage, descriptions and disclosure purposes stay.
    const original = register.activities.find((a) => a.id === 'act-kursus')!;
    const updated = applied.activities.find((a) => a.id === 'act-kursus')!;
    expect(updated.dataLinks).toEqual(original.dataLinks);
    expect(updated.description).toBe(original.description);
    expect(updated.recipients).toEqual(original.recipients);
    expect(updated.purposes.map((p) => p.id)).toEqual(original.purposes.map((p) => p.id));
    expect(applied.activities.length).toBe(register.activities.length);
  });

  it('round-trips into a register that has only the catalogues: same cells for every column the layout can hold', async () => {
    const register = buildFixtureRegister();
    const cataloguesOnly: Register = { ...register, activities: [], transfers: [] };
    const { before, after, applied } = await roundTrip(register, cataloguesOnly, 'da');
    const transferColumns = new Set<number>([col.thirdCountries, col.safeguards]);
    const strip = (rows: string[][]) => rows.slice(ICO_HEADING_ROW - 1).map((r) => r.map((c, i) => (transferColumns.has(i) ? '' : c)));
    expect(strip(after)).toEqual(strip(before));
    expect(applied.activities.map((a) => a.id).sort()).toEqual(['imp-activity-1', 'imp-activity-2', 'imp-activity-3', 'imp-activity-4']);
    // No catalogue entry was duplicated: every name was matched.
    expect(applied.dataCategories.length).toBe(register.dataCategories.length);
    expect(applied.recipients.length).toBe(register.recipients.length);
  });
});
