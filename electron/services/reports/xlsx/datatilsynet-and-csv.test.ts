import { describe, expect, it } from 'vitest';
import { exportCsv } from '../csv';
import { reportLabels } from '../labels/report-labels';
import { buildFixtureRegister } from '../testing/fixture';
import { workbookCells } from '../testing/workbook-cells';
import { exportWorkbook } from './export-workbook';
import { sheetTable } from './sheet-table';

const register = buildFixtureRegister();

/** A small RFC 4180 reader, to prove the writer's quoting. */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('Datatilsynet-style workbook', () => {
  it('uses the official Danish wording of Art 30(1) as headings, plus legal basis, linkage and status, one row per activity', async () => {
    const t = reportLabels('da');
    const rows = await workbookCells(await exportWorkbook(register, { profile: 'datatilsynet', lang: 'da' }), 'Fortegnelse');
    const headings = rows[3];
    // (c) is split into its two halves, data subjects and personal data; the others are verbatim.
    for (const litra of ['a', 'b', 'd', 'e', 'f', 'g'] as const) {
      expect(headings).toContain(`${litra}) ${t.controllerItems[litra]}`);
    }
    expect(headings).toContain(`c) ${t.subjectCategories}`);
    expect(headings).toEqual(expect.arrayContaining([t.legalBasis, t.status, t.linkageTitle]));
    const data = rows.slice(4);
    expect(data.map((r) => r[0])).toEqual([
      'Kursusadministration og udstedelse af kursusbeviser',
      'Lønadministration og personaleadministration',
      'Ældre kursusarkiv – lang beskrivelse',
      'Rekruttering (kladde uden oplysninger)',
    ]);
    const linkage = data[0][headings.indexOf(t.linkageTitle)];
    expect(linkage).toContain('Kontaktoplysninger (navn, adresse, e-mail, telefon) → Kursister → HubSpot Inc.');
    expect(linkage).toContain(`→ ${t.noRecipient}`);
    expect(data[1][headings.indexOf(t.legalBasis)]).toContain('Art. 6, stk. 1, litra c – Retlig forpligtelse');
  });
});

describe('exportCsv', () => {
  it.each(['ico', 'datatilsynet'] as const)('has the same columns and cells as the %s workbook, RFC 4180 with a UTF-8 BOM', (profile) => {
    const csv = exportCsv(register, { profile, lang: 'da' });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const table = sheetTable(register, profile, 'da');
    expect(parseCsv(csv.slice(1))).toEqual([table.headings, ...table.rows]);
  });

  it('quotes fields with the delimiter, quotes and line breaks, and can use a semicolon', () => {
    const tricky = buildFixtureRegister();
    tricky.activities.find((a) => a.id === 'act-kursus')!.businessFunction = 'Salg; "Kurser", og\nmarketing';
    const csv = exportCsv(tricky, { profile: 'ico', lang: 'da', delimiter: ';' });
    expect(csv).toContain('"Salg; ""Kurser"", og\nmarketing"');
    expect(parseCsv(csv.slice(1), ';')[1][0]).toBe('Salg; "Kurser", og\nmarketing');
  });
});
