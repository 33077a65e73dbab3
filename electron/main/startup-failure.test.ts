import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors';
import { message } from '../shared/i18n/message';
import { classifyStartupFailure, RegisterFolderError, startupFailureMessage } from './startup-failure';

// Node's own wording when a native module was built for another runtime (here: Electron 45's ABI).
const abiMismatch = new Error(
  "The module '/opt/ROPA Desk/resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node'\n" +
    'was compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\n' +
    'NODE_MODULE_VERSION 140. Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` or `npm install`).',
);

describe('startup failures', () => {
  it.each([
    [abiMismatch, 'nativeModule'],
    [new AppError('IO', message('problem.openFailed', { file: 'x', detail: 'Could not locate the bindings file.' })), 'nativeModule'],
    [new RegisterFolderError('/home/dpo/.config/ROPA Desk', new Error('EACCES: permission denied')), 'folderUnwritable'],
    [
      new AppError('IO', message('problem.prepareFailed', { file: 'x', detail: 'attempt to write a readonly database' })),
      'folderUnwritable',
    ],
    [new AppError('INTEGRITY', message('problem.newerVersion', { file: 'x' })), 'newerVersion'],
    [new AppError('INTEGRITY', message('problem.migrationFailed', { file: 'x', where: '', detail: 'no such table' })), 'migrationFailed'],
    [new AppError('IO', message('problem.openFailed', { file: 'x', detail: 'file is not a database' })), 'openFailed'],
  ] as const)('classifies %s as %s', (error, kind) => {
    expect(classifyStartupFailure(error)).toBe(kind);
  });

  it('says what happened, what to do, which file and the detail, in the OS language', () => {
    const en = startupFailureMessage(abiMismatch, '/home/dpo/.config/ROPA Desk/register.sqlite', 'en-GB');
    expect(en.content.split('\n').slice(0, 4)).toEqual([
      'The database module (better-sqlite3) in this installation does not match the app’s version of Electron, so the register cannot be opened.',
      'Reinstall ROPA Desk from the official installer. Your register has not been changed.',
      '',
      'Register: /home/dpo/.config/ROPA Desk/register.sqlite',
    ]);
    expect(en.content).toContain('NODE_MODULE_VERSION 115');
    const da = startupFailureMessage(abiMismatch, '/x.sqlite', 'da-DK');
    expect(da.title).toBe('ROPA Desk kan ikke starte');
    expect(da.content).toMatch(/^Databasemodulet \(better-sqlite3\)/);
  });
});
