import { AppError } from '../../shared/errors';
import { type Message, message } from '../../shared/i18n/message';
import { type DpfEntry, dpfEntrySchema } from '../../shared/schemas/entities';
import { type dpfDataTypes, type dpfFrameworks, dpfStatuses } from '../../shared/vocab';
import { readCsv } from '../exchange/read-csv';
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

/** A DPF List that cannot be read: the file is refused as a whole, the message names the place. */
function refuse(what: Message): AppError {
  return new AppError('VALIDATION', message('problem.dpfUnreadable', { detail: what }));
}

type Where = Message;

function list(value: unknown, where: Where, what: 'frameworks' | 'dataTypes' | 'coveredEntities'): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
  if (typeof value === 'string')
    return value
      .split(/[;|]/)
      .map((v) => v.trim())
      .filter(Boolean);
  throw refuse(message('dpf.notList', { where, what: message(`field.${what}`) }));
}

function entryFrom(raw: Record<Field, unknown>, where: Where): DpfEntry {
  const orgName = typeof raw.orgName === 'string' ? raw.orgName.trim() : '';
  if (orgName === '') throw refuse(message('dpf.noName', { where }));
  const status = String(raw.status ?? '')
    .trim()
    .toLowerCase();
  if (!(dpfStatuses as readonly string[]).includes(status)) {
    throw refuse(message('dpf.badStatus', { where, value: String(raw.status ?? '') }));
  }
  const frameworks = list(raw.frameworks, where, 'frameworks').map((f) => {
    const known = FRAMEWORKS[fold(f)];
    if (!known) throw refuse(message('dpf.badFramework', { where, value: f }));
    return known;
  });
  const dataTypes = list(raw.dataTypes, where, 'dataTypes').map((d) => {
    const known = DATA_TYPES[fold(d)];
    if (!known) throw refuse(message('dpf.badDataType', { where, value: d }));
    return known;
  });
  return dpfEntrySchema.parse({
    orgName,
    coveredEntities: list(raw.coveredEntities, where, 'coveredEntities'),
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
    throw refuse(message('dpf.notJson', { file: fileName, detail: (e as Error).message }));
  }
  const wrapped = !Array.isArray(doc) && doc !== null && typeof doc === 'object' ? (doc as Record<string, unknown>) : null;
  const items = Array.isArray(doc) ? doc : wrapped?.entries;
  if (!Array.isArray(items)) throw refuse(message('dpf.notArray', { file: fileName }));
  const entries = items.map((item, i) => {
    const where = message('dpf.atEntry', { file: fileName, n: i + 1 });
    if (item === null || typeof item !== 'object' || Array.isArray(item)) throw refuse(message('dpf.notObject', { where }));
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
  let rows: ReturnType<typeof readCsv>;
  try {
    rows = readCsv(content, fileName);
  } catch (e) {
    throw e instanceof AppError ? refuse({ key: e.key, params: e.params }) : e;
  }
  const [header, ...body] = rows;
  if (!header) throw refuse(message('dpf.empty', { file: fileName }));
  const index = {} as Record<Field, number>;
  for (const field of Object.keys(COLUMNS) as Field[]) {
    index[field] = header.cells.findIndex((h) => (COLUMNS[field] as readonly string[]).includes(headerKey(h)));
  }
  for (const required of ['orgName', 'status'] as const) {
    if (index[required] < 0) {
      const column = required === 'orgName' ? 'Organization Name' : 'Status';
      throw refuse(message('dpf.noColumn', { where: message('dpf.atLine', { file: fileName, line: header.line }), column }));
    }
  }
  if (body.length === 0) throw refuse(message('dpf.noEntries', { file: fileName }));
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
      message('dpf.atLine', { file: fileName, line: row.line }),
    );
  });
}

/**
 * Reads an offline copy of the U.S. Department of Commerce DPF List (format: docs/dpf-list-format.md).
 * JSON (an array of entries, or { snapshotDate, entries }) or CSV with a header row. The snapshot
 * date is the argument, else the JSON's snapshotDate, else a YYYY-MM-DD in the file name.
 * Throws a VALIDATION AppError naming the line or entry and the problem.
 */
export function parseDpfList(content: string, fileName: string, snapshotDate?: string): ParsedDpfList {
  const trimmed = content.replace(/^\uFEFF/, '').trimStart();
  const isJson = /\.json$/i.test(fileName) || trimmed.startsWith('[') || trimmed.startsWith('{');
  const parsed = isJson ? fromJson(content, fileName) : { snapshotDate: undefined, entries: fromCsv(content, fileName) };
  const date = snapshotDate ?? parsed.snapshotDate ?? /(\d{4}-\d{2}-\d{2})/.exec(fileName)?.[1];
  if (!date) throw refuse(message('dpf.noDate', { file: fileName }));
  if (!isIsoDate(date)) throw refuse(message('dpf.badDate', { file: fileName, date }));
  return { snapshotDate: date, entries: parsed.entries };
}
