/**
 * A table as an import reads it, whether from a workbook's sheet or a CSV file: where it came from
 * (the sheet's or the file's name, as problems name it), the row holding the headings, and each data
 * row with its number as the DPO sees it in Excel.
 */
export interface ReadTable {
  source: string;
  headingRow: number;
  headings: string[];
  rows: { row: number; cells: string[] }[];
}
