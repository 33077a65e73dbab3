import type ExcelJS from 'exceljs';

/**
 * Cell values as the text a DPO sees: rich text joined, hyperlinks as their text, formulas as their
 * cached result, dates as YYYY-MM-DD, numbers and booleans as written. Excel's _x000D_ artefacts and
 * Windows line ends become plain "\n".
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return clean(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return clean(value.richText.map((r) => r.text).join(''));
    if ('hyperlink' in value) return clean(String(value.text ?? value.hyperlink));
    if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('error' in value) return '';
  }
  return '';
}

function clean(text: string): string {
  return text
    .replace(/_x000D_/g, '')
    .replace(/\r\n?/g, '\n')
    .trim();
}

/** The texts of one row, columns 1..width (zero-based array). */
export function rowTexts(sheet: ExcelJS.Worksheet, rowNumber: number, width: number): string[] {
  const row = sheet.getRow(rowNumber);
  const out: string[] = [];
  for (let c = 1; c <= width; c++) out.push(cellText(row.getCell(c).value));
  return out;
}
