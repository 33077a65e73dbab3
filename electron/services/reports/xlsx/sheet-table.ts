import type { Register } from '../../../shared/schemas/register';
import type { Language } from '../../../shared/vocab';
import { datatilsynetTable } from './datatilsynet-rows';
import { icoTable } from './ico-rows';

/** The two spreadsheet layouts: the ICO controller template, and a Danish Art 30 record. */
export type SheetProfile = 'ico' | 'datatilsynet';

/** A layout as plain text: headings and one array of cell texts per row, the same for XLSX and CSV. */
export interface SheetTable {
  headings: string[];
  rows: string[][];
}

export function sheetTable(register: Register, profile: SheetProfile, lang: Language): SheetTable {
  return profile === 'ico' ? icoTable(register, lang) : datatilsynetTable(register, lang);
}
