import { describe, expect, it } from 'vitest';
import { importProblems } from './import-problems';

describe('importProblems', () => {
  it('splits main’s Sheet!C12 into sheet, column and row', () => {
    expect(importProblems([{ path: 'Template!AD12', message: 'bad' }])).toEqual([
      { sheet: 'Template', column: 'AD', row: 12, message: 'bad' },
    ]);
  });

  it('leaves out the place when the problem is the whole file or a whole sheet', () => {
    expect(
      importProblems([
        { path: '!0', message: 'Not a readable .xlsx file' },
        { path: 'Template!0', message: 'no sheet' },
      ]),
    ).toEqual([
      { sheet: null, column: null, row: null, message: 'Not a readable .xlsx file' },
      { sheet: 'Template', column: null, row: null, message: 'no sheet' },
    ]);
  });

  it('reads a problem with the request itself (e.g. an empty file) as one with the whole file, and copes with no details', () => {
    expect(importProblems([{ path: 'base64', message: 'The file is empty' }])).toEqual([
      { sheet: null, column: null, row: null, message: 'The file is empty' },
    ]);
    expect(importProblems(undefined)).toEqual([]);
  });
});
