import { describe, expect, it } from 'vitest';
import { readCsv } from '../exchange/read-csv';
import { parseDpfList } from './dpf-import';

describe('readCsv', () => {
  it('handles quotes, escaped quotes, commas and newlines inside quotes, CRLF and a BOM, with the line each record starts on', () => {
    const rows = readCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"multi\nline",z\r\n\r\nlast,row\r\n', 'x.csv');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['multi\nline', 'z'] },
      { line: 6, cells: ['last', 'row'] },
    ]);
  });

  it('names the file and line of an unterminated quote', () => {
    expect(() => readCsv('a,b\n"open,c\n', 'x.csv')).toThrow(/x\.csv line 2: a quoted field is never closed/);
  });
});

describe('parseDpfList: CSV', () => {
  const csv = [
    'Organization Name,Covered Entities,Status,Frameworks,Data Types',
    'Intuit Inc.,"The Rocket Science Group LLC; Mailchimp",Active,"EU-U.S. DPF; UK Extension; Swiss-U.S. DPF",Non-HR',
    'Google LLC,,active,EU-US,HR;non-HR',
  ].join('\r\n');

  it('reads entries with case-insensitive headers and normalised values', () => {
    const parsed = parseDpfList(csv, 'dpf-list-2026-11-01.csv');
    expect(parsed.snapshotDate).toBe('2026-11-01');
    expect(parsed.entries).toEqual([
      {
        orgName: 'Intuit Inc.',
        coveredEntities: ['The Rocket Science Group LLC', 'Mailchimp'],
        status: 'active',
        frameworks: ['EU-US', 'UK-Ext', 'Swiss-US'],
        dataTypes: ['non-HR'],
      },
      { orgName: 'Google LLC', coveredEntities: [], status: 'active', frameworks: ['EU-US'], dataTypes: ['HR', 'non-HR'] },
    ]);
  });

  it('accepts snake_case headers in another order and an explicit snapshot date', () => {
    const parsed = parseDpfList('status,org_name,data_types\ninactive,Old Corp,HR\n', 'list.csv', '2026-10-01');
    expect(parsed).toEqual({
      snapshotDate: '2026-10-01',
      entries: [{ orgName: 'Old Corp', coveredEntities: [], status: 'inactive', frameworks: [], dataTypes: ['HR'] }],
    });
  });

  it('names the line and the problem', () => {
    expect(() => parseDpfList('Organization Name,Status\nAcme,pending\n', 'x-2026-01-01.csv')).toThrow(
      /line 2: status must be "active" or "inactive" \(got "pending"\)/,
    );
    expect(() => parseDpfList('Organization Name,Status,Frameworks\nAcme,active,EU-China\n', 'x-2026-01-01.csv')).toThrow(
      /line 2: unknown framework "EU-China"/,
    );
    expect(() => parseDpfList('Name,Status\n,active\n', 'x-2026-01-01.csv')).toThrow(/line 2: the organisation name is missing/);
    expect(() => parseDpfList('Company,Status\nAcme,active\n', 'x-2026-01-01.csv')).toThrow(
      /line 1: the header has no "Organization Name" column/,
    );
    expect(() => parseDpfList('Organization Name,Status\n', 'x-2026-01-01.csv')).toThrow(/no entries/);
  });

  it('requires a snapshot date', () => {
    expect(() => parseDpfList(csv, 'dpf.csv')).toThrow(/no snapshot date/);
    expect(() => parseDpfList(csv, 'dpf.csv', '2026-02-30')).toThrow(/not a calendar date/);
  });
});

describe('parseDpfList: JSON', () => {
  it('reads an array with alternative key names', () => {
    const json = JSON.stringify([
      { name: 'Intuit Inc.', covered_entities: ['Mailchimp'], status: 'ACTIVE', frameworks: ['EU-US'], data_types: 'non-HR' },
      { organization: 'Meta Platforms, Inc.', status: 'active', frameworks: 'EU-US;UK-Ext', dataTypes: ['HR', 'non-HR'] },
    ]);
    const parsed = parseDpfList(json, 'dpf.json', '2026-11-01');
    expect(parsed.entries.map((e) => [e.orgName, e.status, e.frameworks, e.dataTypes])).toEqual([
      ['Intuit Inc.', 'active', ['EU-US'], ['non-HR']],
      ['Meta Platforms, Inc.', 'active', ['EU-US', 'UK-Ext'], ['HR', 'non-HR']],
    ]);
  });

  it('reads { snapshotDate, entries }', () => {
    const parsed = parseDpfList(
      JSON.stringify({ snapshotDate: '2026-09-30', entries: [{ orgName: 'A', status: 'active' }] }),
      'export.json',
    );
    expect(parsed.snapshotDate).toBe('2026-09-30');
  });

  it('names the entry and the problem', () => {
    expect(() => parseDpfList('[{"orgName":"A","status":"active","dataTypes":["staff"]}]', 'a.json', '2026-01-01')).toThrow(
      /entry 1: unknown data type "staff"/,
    );
    expect(() => parseDpfList('{"entries": 3}', 'a.json', '2026-01-01')).toThrow(/expected an array/);
    expect(() => parseDpfList('[1,', 'a.json', '2026-01-01')).toThrow(/not valid JSON/);
  });
});
