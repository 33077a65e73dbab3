import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildFixtureRegister } from '../testing/fixture';
import { editWorkbook } from '../testing/workbook-cells';
import { applyImportToRegister } from './apply-import';
import { exportWorkbook } from './export-workbook';
import { col, columnLetter, ICO_HEADINGS } from './ico-layout';
import { parseIcoWorkbook } from './parse-ico-workbook';

const register = buildFixtureRegister();
const exported = () => exportWorkbook(register, { profile: 'ico', lang: 'da' });
const letter = (c: number) => columnLetter(c);

describe('parseIcoWorkbook', () => {
  it('checks every row before answering, and names sheet, row and column of each problem', async () => {
    const edited = await editWorkbook(await exported(), (sheet) => {
      sheet.getCell(`${letter(col.art6)}10`).value = 'Art 6(1)(z)';
      sheet.getCell(`${letter(col.automatedDecisions)}13`).value = 'Måske';
      sheet.getCell(`${letter(col.retention)}14`).value = '• Ukendt kategori: 12 måneder';
      sheet.getCell(`${letter(col.dpiaProgress)}15`).value = 'Halvvejs';
    });
    const result = await parseIcoWorkbook(edited, register);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.errors.map((e) => `${e.sheet}!${e.column}${e.row}`);
    expect(where).toEqual(expect.arrayContaining(['Template!L10', 'Template!Q13', 'Template!J14', 'Template!V15']));
    expect(result.errors.find((e) => e.column === 'L')?.message).toMatch(/Article 6 lawful basis/);
  });

  it('refuses rows of one activity that disagree on an activity-level column', async () => {
    const edited = await editWorkbook(await exported(), (sheet) => {
      sheet.getCell(`${letter(col.individuals)}11`).value = 'Kursister';
    });
    const result = await parseIcoWorkbook(edited, register);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.objectContaining({ sheet: 'Template', row: 11, column: 'D', message: expect.stringMatching(/differs from row 10/) }),
    ]);
  });

  it('refuses a sheet whose row 9 is not the ICO layout', async () => {
    const edited = await editWorkbook(await exported(), (sheet) => {
      sheet.getCell('B9').value = 'Formål';
    });
    const result = await parseIcoWorkbook(edited, register);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ sheet: 'Template', row: 9, column: 'B' })] });
  });

  it('refuses a file that is not a workbook, or has no Template sheet', async () => {
    expect((await parseIcoWorkbook(Buffer.from('not a zip'), register)).ok).toBe(false);
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ark1');
    const result = await parseIcoWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), register);
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ message: expect.stringMatching(/no sheet named "Template"/) })],
    });
  });

  it('imports a genuine ICO sheet (30 columns only): one activity per row, unknown names marked as new', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Template');
    sheet.getRow(9).values = [...ICO_HEADINGS];
    const row = (values: Record<number, string>) => {
      const cells: string[] = new Array(30).fill('');
      for (const [c, v] of Object.entries(values)) cells[Number(c)] = v;
      return cells;
    };
    sheet.getRow(10).values = row({
      [col.purpose]: 'Payroll',
      [col.individuals]: 'Ansatte og undervisere\nPensioners',
      [col.art6]: 'Legal obligation',
    });
    sheet.getRow(11).values = row({
      [col.purpose]: 'Video surveillance',
      [col.art6]: 'Art. 6, stk. 1, litra f',
      [col.recipients]: 'Securitas A/S',
    });
    const result = await parseIcoWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), register);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.activities.map((a) => [a.name, a.purposes[0].art6Basis])).toEqual([
      ['Payroll', 'c'],
      ['Video surveillance', 'f'],
    ]);
    expect(result.activities[0].dataSubjects).toEqual([
      { id: 'ds-ansat', name: 'Ansatte og undervisere' },
      { id: null, name: 'Pensioners' },
    ]);
    let n = 0;
    const applied = applyImportToRegister(register, result.activities, { newId: (kind) => `${kind}-${++n}`, now: '2026-11-25T12:00:00Z' });
    const pensioners = applied.dataSubjectCategories.find((s) => s.name === 'Pensioners');
    expect(pensioners?.id).toMatch(/^dataSubject-\d+$/);
    const securitas = applied.recipients.find((r) => r.name === 'Securitas A/S');
    expect(securitas).toMatchObject({ role: 'processor', country: null });
    expect(applied.activities.length).toBe(register.activities.length + 2);
  });
});
