import ExcelJS from 'exceljs';
import { cellText } from '../xlsx/read-sheet';

/** Every cell of a workbook's sheet as text, row by row (1-based rows → index 0 is row 1). */
export async function workbookCells(buffer: Buffer, sheetName?: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = sheetName ? workbook.getWorksheet(sheetName) : workbook.worksheets[0];
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** Opens a workbook, lets a test edit it, and returns the edited file. */
export async function editWorkbook(buffer: Buffer, edit: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  edit(workbook.worksheets[0]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
