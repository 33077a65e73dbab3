import ExcelJS from 'exceljs';
import type { Register } from '../../../shared/schemas/register';
import type { Language } from '../../../shared/vocab';
import { reportLabels } from '../labels/report-labels';
import { addressLine } from '../model/contact';
import { registerContentHash } from '../register-hash';
import { ART30_COLUMNS, ICO_FIRST_DATA_ROW, ICO_HEADING_ROW, ICO_HEADINGS, ICO_SHEET } from './ico-layout';
import { type SheetProfile, sheetTable } from './sheet-table';

export interface WorkbookOptions {
  profile: SheetProfile;
  lang: Language;
}

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
/** ICO's colour code: green headings are Art 30 requirements, blue ones optional. */
const REQUIRED = fill('FFD8EAD3');
const OPTIONAL = fill('FFD9E5F1');
const EXTRA = fill('FFEDEDED');
const wrapTop: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };

function writeRows(sheet: ExcelJS.Worksheet, firstRow: number, rows: string[][]): void {
  rows.forEach((cells, i) => {
    const row = sheet.getRow(firstRow + i);
    cells.forEach((text, c) => {
      if (text !== '') row.getCell(c + 1).value = text;
    });
    row.alignment = wrapTop;
  });
}

/** Rows 1–6: who the controller, the DPO and the representative are (Name / Address / Email / Telephone). */
function icoContactBlock(sheet: ExcelJS.Worksheet, register: Register, lang: Language): void {
  const t = reportLabels(lang);
  const org = register.organisation;
  const block: (string | null | undefined)[][] = [
    ['', t.controller, t.dpo, t.representative],
    [t.name, org?.name, org?.dpoName, org?.euRepresentativeName],
    [t.address, org ? addressLine(org, lang) : null, null, org?.euRepresentativeContact],
    [t.email, org?.email, org?.dpoEmail, null],
    [t.phone, org?.phone, org?.dpoPhone, null],
    [t.registrationNumber, org?.registrationNumber, null, null],
    [t.registerVersion, registerContentHash(register), null, null],
  ];
  block.forEach((cells, r) => {
    const row = sheet.getRow(r + 1);
    cells.forEach((value, c) => {
      if (value) row.getCell(c + 1).value = value;
    });
    row.getCell(1).font = { bold: true };
    if (r === 0) row.font = { bold: true };
  });
}

function icoSheet(workbook: ExcelJS.Workbook, register: Register, lang: Language): void {
  const sheet = workbook.addWorksheet(ICO_SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: ICO_HEADING_ROW }] });
  icoContactBlock(sheet, register, lang);
  const table = sheetTable(register, 'ico', lang);
  const heading = sheet.getRow(ICO_HEADING_ROW);
  table.headings.forEach((text, c) => {
    const cell = heading.getCell(c + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = wrapTop;
    cell.fill = c >= ICO_HEADINGS.length ? EXTRA : ART30_COLUMNS.includes(c) ? REQUIRED : OPTIONAL;
  });
  table.headings.forEach((_, c) => {
    sheet.getColumn(c + 1).width = c === 0 ? 22 : 32;
  });
  writeRows(sheet, ICO_FIRST_DATA_ROW, table.rows);
}

function datatilsynetSheet(workbook: ExcelJS.Workbook, register: Register, lang: Language): void {
  const t = reportLabels(lang);
  const sheet = workbook.addWorksheet(lang === 'da' ? 'Fortegnelse' : 'Record', { views: [{ state: 'frozen', xSplit: 1, ySplit: 4 }] });
  const org = register.organisation;
  sheet.getCell('A1').value = org ? `${t.controllerTitle} – ${org.name}` : t.controllerTitle;
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = `${t.registerVersion}: ${registerContentHash(register)}`;
  const table = sheetTable(register, 'datatilsynet', lang);
  const heading = sheet.getRow(4);
  table.headings.forEach((text, c) => {
    const cell = heading.getCell(c + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = wrapTop;
    cell.fill = REQUIRED;
    sheet.getColumn(c + 1).width = c < 4 ? 24 : 40;
  });
  writeRows(sheet, 5, table.rows);
}

/**
 * The register as an XLSX workbook: the ICO controller template (`profile: 'ico'`) or a Danish
 * Art 30 record with Datatilsynet-style headings (`profile: 'datatilsynet'`).
 */
export async function exportWorkbook(register: Register, options: WorkbookOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ROPA Desk';
  // Fixed dates keep the file a function of the register (exceljs would stamp the wall clock).
  workbook.created = new Date(register.organisation?.updatedAt ?? '2000-01-01T00:00:00Z');
  workbook.modified = workbook.created;
  if (options.profile === 'ico') icoSheet(workbook, register, options.lang);
  else datatilsynetSheet(workbook, register, options.lang);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
