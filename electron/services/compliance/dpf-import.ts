import { type DpfEntry, dpfEntrySchema } from '../../shared/schemas/entities';
import { type dpfDataTypes, type dpfFrameworks, dpfStatuses } from '../../shared/vocab';
import { parseCsv } from './csv';
import { isIsoDate } from './dates';

export interface ParsedDpfList {
  snapshotDate: string;
  entries: DpfEntry[];
}

type Framework = (typeof dpfFrameworks)[number];
type DataType = (typeof dpfDataTypes)[number];
type Status = (typeof dpfStatuses)[number];

/** Spellings seen on the DoC list and in hand-made exports, folded to upper case without spaces and dots. */
const FRAMEWORKS: Record<string, Framework> = {
  'EU-US': 'EU-US',
  EUUS: 'EU-US',
  'EU-USDPF': 'EU-US',
  'UK-EXT': 'UK-Ext',
  'UK-EXTENSION': 'UK-Ext',
  UKEXTENSION: 'UK-Ext',
  'UK-US': 'UK-Ext',
  'SWISS-US': 'Swiss-US',
  SWISSUS: 'Swiss-US',
  'SWISS-USDPF': 'Swiss-US',
};
const DATA_TYPES: Record<string, DataType> = { HR: 'HR', 'NON-HR': 'non-HR', NONHR: 'non-HR' };

/** Column names accepted for each field (compared case-insensitively, ignoring spaces, "_" and "-"). */
const COLUMNS = {
  orgName: ['organizationname', 'organisationname', 'orgname', 'name', 'organization', 'organisation'],
  coveredEntities: ['coveredentities', 'coveredentity'],
  status: ['status'],
  frameworks: ['frameworks', 'framework'],
  dataTypes: ['datatypes', 'datatype'],
} as const;
type Field = keyof typeof COLUMNS;

const fold = (s: string) => s.toUpperCase().replace(/[\s.]/g, '');
const headerKey = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');

function list(value: unknown, where: string, what: string): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
  if (typeof value === 'string')
    return value
      .split(/[;|]/)
      .map((v) => v.trim())
      .filter(Boolean);
  throw new Error(`${where}: ${what} must be a list or a semicolon-separated text`);
}

function entryFrom(raw: Record<Field, unknown>, where: string): DpfEntry {
  const orgName = typeof raw.orgName === 'string' ? raw.orgName.trim() : '';
  if (orgName === '') throw new Error(`${where}: the organisation name is missing`);
  const status = String(raw.status ?? '')
    .trim()
    .toLowerCase();
  if (!(dpfStatuses as readonly string[]).includes(status)) {
    throw new Error(`${where}: status must be "active" or "inactive" (got "${String(raw.status ?? '')}")`);
  }
  const frameworks = list(raw.frameworks, where, 'frameworks').map((f) => {
    const known = FRAMEWORKS[fold(f)];
    if (!known) throw new Error(`${where}: unknown framework "${f}" (use EU-US, UK-Ext or Swiss-US)`);
    return known;
  });
  const dataTypes = list(raw.dataTypes, where, 'data types').map((d) => {
    const known = DATA_TYPES[fold(d)];
    if (!known) throw new Error(`${where}: unknown data type "${d}" (use HR or non-HR)`);
    return known;
  });
  return dpfEntrySchema.parse({
    orgName,
    coveredEntities: list(raw.coveredEntities, where, 'covered entities'),
    status: status as Status,
    frameworks: [...new Set(frameworks)],
    dataTypes: [...new Set(dataTypes)],
  });
}

function fromJson(content: string, fileName: string): { snapshotDate?: string; entries: DpfEntry[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (e) {
    throw new Error(`${fileName}: not valid JSON (${(e as Error).message})`);
  }
  const wrapped = !Array.isArray(doc) && doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>) : null;
  const items = Array.isArray(doc) ? doc : wrapped?.entries;
  if (!Array.isArray(items)) throw new Error(`${fileName}: expected an array of entries or an object with "entries"`);
  const entries = items.map((item, i) => {
    const where = `${fileName} entry ${i + 1}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw new Error(`${where}: not an object`);
    const o = item as Record<string, unknown>;
    return entryFrom(
      {
        orgName: o.orgName ?? o.name ?? o.organization ?? o.organisation,
        coveredEntities: o.coveredEntities ?? o.covered_entities,
        status: o.status,
        frameworks: o.frameworks,
        dataTypes: o.dataTypes ?? o.data_types,
      },
      where,
    );
  });
  const snapshotDate = typeof wrapped?.snapshotDate === 'string' ? wrapped.snapshotDate : undefined;
  return { snapshotDate, entries };
}

function fromCsv(content: string, fileName: string): DpfEntry[] {
  let rows: ReturnType<typeof parseCsv>;
  try {
    rows = parseCsv(content);
  } catch (e) {
    throw new Error(`${fileName}: ${(e as Error).message}`);
  }
  const [header, ...body] = rows;
  if (!header) throw new Error(`${fileName}: the file is empty`);
  const index = {} as Record<Field, number>;
  for (const field of Object.keys(COLUMNS) as Field[]) {
    index[field] = header.cells.findIndex((h) => (COLUMNS[field] as readonly string[]).includes(headerKey(h)));
  }
  for (const required of ['orgName', 'status'] as const) {
    if (index[required] < 0) {
      throw new Error(
        `${fileName} line ${header.line}: the header has no "${required === 'orgName' ? 'Organization Name' : 'Status'}" column`,
      );
    }
  }
  if (body.length === 0) throw new Error(`${fileName}: the file has a header but no entries`);
  return body.map((row) => {
    const cell = (field: Field) => (index[field] >= 0 ? (row.cells[index[field]] ?? '') : '');
    return entryFrom(
      {
        orgName: cell('orgName'),
        coveredEntities: cell('coveredEntities'),
        status: cell('status'),
        frameworks: cell('frameworks'),
        dataTypes: cell('dataTypes'),
      },
      `${fileName} line ${row.line}`,
    );
  });
}

/**
 * Reads an offline copy of the U.S. Department of Commerce DPF List (format: docs/dpf-list-format.md).
 * JSON (an array of entries, or { snapshotDate, entries }) or CSV with a header row. The snapshot
 * date is the argument, else the JSON's snapshotDate, else a YYYY-MM-DD in the file name.
 * Throws an Error naming the line or entry and the problem.
 */
export function parseDpfList(content: string, fileName: string, snapshotDate?: string): ParsedDpfList {
  const trimmed = content.replace(/^\uFEFF/, '').trimStart();
  const isJson = /\.json$/i.test(fileName) || trimmed.startsWith('[') || trimmed.startsWith('{');
  const parsed = isJson ? fromJson(content, fileName) : { snapshotDate: undefined, entries: fromCsv(content, fileName) };
  const date = snapshotDate ?? parsed.snapshotDate ?? /(\d{4}-\d{2}-\d{2})/.exec(fileName)?.[1];
  if (!date) throw new Error(`${fileName}: no snapshot date — give one, or put it in the file name (e.g. dpf-list-2026-11-01.csv)`);
  if (!isIsoDate(date)) throw new Error(`${fileName}: snapshot date "${date}" is not a calendar date YYYY-MM-DD`);
  return { snapshotDate: date, entries: parsed.entries };
}
