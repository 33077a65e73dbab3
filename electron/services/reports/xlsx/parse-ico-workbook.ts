import ExcelJS from 'exceljs';
import { message } from '../../../shared/i18n/message';
import type { Register } from '../../../shared/schemas/register';
import type { RecipientRole } from '../../../shared/vocab';
import { type ActivityImport, type CatalogueRef, type IcoImportResult, type ImportError, importProblem } from './activity-import';
import {
  col,
  columnLetter,
  DERIVED_COLUMNS,
  ICO_FIRST_DATA_ROW,
  ICO_HEADING_ROW,
  ICO_HEADINGS,
  ICO_SHEET,
  ROPA_HEADINGS,
} from './ico-layout';
import { type IcoRow, readIcoRow } from './read-ico-row';
import { rowTexts } from './read-sheet';
import type { ReadTable } from './read-table';

/** Columns that belong to a purpose; every other column describes the activity and must agree across its rows. */
const PURPOSE_COLUMNS = new Set<number>([
  col.purpose,
  col.art6,
  col.art9,
  col.legitimateInterest,
  col.liaLink,
  col.consentLink,
  col.schedule1,
  col.art6Again,
]);
const WIDTH = ICO_HEADINGS.length + ROPA_HEADINGS.length;

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Case-insensitive name lookup over a catalogue; archived entries only when nothing else matches. */
function catalogue(list: { id: string; name: string; archivedAt?: string | null }[]) {
  const byName = new Map<string, string>();
  for (const item of [...list].sort((a, b) => Number(!!a.archivedAt) - Number(!!b.archivedAt))) {
    if (!byName.has(norm(item.name))) byName.set(norm(item.name), item.id);
  }
  return (candidates: string[]): CatalogueRef => {
    for (const c of candidates) {
      const id = byName.get(norm(c));
      if (id) return { id, name: c };
    }
    return { id: null, name: candidates[candidates.length - 1] };
  };
}

function checkHeadings(table: ReadTable, errors: ImportError[]): boolean {
  const headings = table.headings;
  ICO_HEADINGS.forEach((expected, c) => {
    if (norm(headings[c] ?? '') !== norm(expected)) {
      errors.push(
        importProblem(table.source, table.headingRow, columnLetter(c), message('xlsx.heading', { expected, found: headings[c] ?? '' })),
      );
    }
  });
  return norm(headings[col.activityName] ?? '') === norm(ROPA_HEADINGS[0]);
}

/** Whether a table's headings are the ICO layout's (the first of them, as a test before reading it as one). */
export function isIcoTable(headings: string[]): boolean {
  return norm(headings[0] ?? '') === norm(ICO_HEADINGS[0]!) && norm(headings[1] ?? '') === norm(ICO_HEADINGS[1]!);
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function toActivity(group: IcoRow[], register: Register): ActivityImport {
  const first = group[0];
  const subjects = catalogue(register.dataSubjectCategories);
  const categories = catalogue(register.dataCategories);
  const recipients = catalogue(register.recipients);
  const measures = catalogue(register.securityMeasures);
  const roleOf = (ref: CatalogueRef, fallback: RecipientRole): RecipientRole =>
    register.recipients.find((r) => r.id === ref.id)?.role ?? fallback;
  const refKey = (r: CatalogueRef) => r.id ?? `new:${norm(r.name)}`;
  const joint = first.jointControllers.map((c) => ({ recipient: recipients(c), role: 'joint_controller' as const }));
  // A recipient not in the catalogue is created as a processor: the compliance check then asks for its
  // agreement, which prompts the DPO to confirm the role rather than silently assuming none is needed.
  const others = first.recipients.map((c) => {
    const recipient = recipients(c);
    return { recipient, role: roleOf(recipient, 'processor') };
  });
  return {
    rows: group.map((r) => r.row),
    name: first.name,
    reference: first.reference,
    status: first.status,
    businessFunction: first.cells[col.businessFunction] || null,
    dataSources: first.cells[col.source] || null,
    dataLocation: first.cells[col.location] || null,
    securityDescription: first.securityDescription,
    retentionSummary: first.retentionSummary,
    dpiaStatus: first.dpiaStatus,
    dpiaReference: first.cells[col.dpiaLink] || null,
    automatedDecisionMaking: first.automatedDecisionMaking,
    purposes: group.map((r) => r.purpose).filter((p) => p !== null),
    dataSubjects: uniqueBy(
      first.individuals.map((n) => subjects([n])),
      refKey,
    ),
    dataCategories: uniqueBy(
      first.personalData.map((n) => categories([n])),
      refKey,
    ).map((category) => {
      const retention = first.retention.find((r) => norm(r.name) === norm(category.name));
      return { category, retentionMonths: retention?.months ?? null, retentionText: retention?.text ?? null };
    }),
    recipients: uniqueBy([...joint, ...others], (r) => refKey(r.recipient)),
    securityMeasures: uniqueBy(
      first.measures.map((n) => measures([n])),
      refKey,
    ),
  };
}

/**
 * Reads an ICO-layout workbook (sheet `Template`, headings in row 9, data from row 10) into activity
 * imports. Every row is checked before anything is returned; errors name sheet, row and column.
 * Names are matched to the register's catalogues (case-insensitive); unknown names come back with
 * `id: null`, to be created by applyImportToRegister.
 */
export async function parseIcoWorkbook(buffer: Buffer, register: Register): Promise<IcoImportResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, errors: [importProblem('', 0, '', message('xlsx.unreadable', { detail: (e as Error).message }))] };
  }
  const sheet = workbook.worksheets.find((w) => norm(w.name) === norm(ICO_SHEET));
  if (!sheet) return { ok: false, errors: [importProblem(ICO_SHEET, 0, '', message('xlsx.noSheet', { sheet: ICO_SHEET }))] };
  const rows: ReadTable['rows'] = [];
  for (let r = ICO_FIRST_DATA_ROW; r <= sheet.rowCount; r++) rows.push({ row: r, cells: rowTexts(sheet, r, WIDTH) });
  return parseIcoTable(
    { source: ICO_SHEET, headingRow: ICO_HEADING_ROW, headings: rowTexts(sheet, ICO_HEADING_ROW, WIDTH), rows },
    register,
  );
}

/**
 * Reads a table in the ICO layout (its 30 headings, then the ROPA Desk columns if present) into
 * activity imports; every row is checked first, problems name the table, row and column.
 */
export function parseIcoTable(table: ReadTable, register: Register): IcoImportResult {
  const errors: ImportError[] = [];
  const hasRopaColumns = checkHeadings(table, errors);
  if (errors.length > 0) return { ok: false, errors };

  const groups = new Map<string, IcoRow[]>();
  for (const { row: r, cells: raw } of table.rows) {
    const cells = Array.from({ length: WIDTH }, (_, c) => (raw[c] ?? '').replace(/\r\n?/g, '\n').trim());
    if (cells.every((c) => c === '')) continue;
    const read = readIcoRow(table.source, r, cells, hasRopaColumns, errors);
    const key = hasRopaColumns ? `${norm(read.name)}\u0000${read.reference ?? ''}` : `row:${r}`;
    const group = groups.get(key);
    if (group) group.push(read);
    else groups.set(key, [read]);
  }
  for (const group of groups.values()) {
    const first = group[0];
    for (const other of group.slice(1)) {
      first.cells.forEach((text, c) => {
        if (PURPOSE_COLUMNS.has(c) || DERIVED_COLUMNS.includes(c) || other.cells[c] === text) return;
        const heading = ICO_HEADINGS[c] ?? ROPA_HEADINGS[c - ICO_HEADINGS.length];
        errors.push(
          importProblem(table.source, other.row, columnLetter(c), message('xlsx.differs', { heading, row: first.row, name: first.name })),
        );
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, activities: [...groups.values()].map((g) => toActivity(g, register)) };
}
