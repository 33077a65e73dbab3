import { describe, expect, it } from 'vitest';
import { detail } from '../../../../electron/shared/errors';
import { message } from '../../../../electron/shared/i18n/message';
import { importProblems } from './import-problems';

const bad = message('xlsx.notYesNo', { value: 'Maybe' });

describe('importProblems', () => {
  it('splits main’s Sheet!C12 into sheet, column and row, and keeps the message to render', () => {
    expect(importProblems([detail('Template!AD12', bad)])).toEqual([{ sheet: 'Template', column: 'AD', row: 12, what: bad }]);
  });

  it('leaves out the place when the problem is the whole file or a whole sheet', () => {
    const unreadable = message('xlsx.unreadable', { detail: 'zip' });
    const noSheet = message('xlsx.noSheet', { sheet: 'Template' });
    expect(importProblems([detail('!0', unreadable), detail('Template!0', noSheet)])).toEqual([
      { sheet: null, column: null, row: null, what: unreadable },
      { sheet: 'Template', column: null, row: null, what: noSheet },
    ]);
  });

  it('reads a problem with the request itself (e.g. an empty file) as one with the whole file, and copes with no details', () => {
    const empty = message('validation.fileEmpty');
    expect(importProblems([detail('base64', empty)])).toEqual([{ sheet: null, column: null, row: null, what: empty }]);
    expect(importProblems(undefined)).toEqual([]);
  });
});
