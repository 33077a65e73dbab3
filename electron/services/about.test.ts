import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../db/testing/create-test-db';
import { handlers } from './api';
import { dispatch } from './dispatch';

const db = createTestDb();
afterAll(() => db.dispose());

describe('register:about', () => {
  it('gives the versions of the app, the formats, the knowledge base, and of the register file', async () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8'));
    const meta = JSON.parse(fs.readFileSync('resources/legal/meta.json', 'utf8'));
    const result = await dispatch(handlers, { database: db, now: () => new Date() }, 'register:about', undefined);
    expect(result).toEqual({
      ok: true,
      data: {
        appVersion: pkg.version,
        registerFileFormat: journal.entries.length,
        exchangeFormat: 1,
        knowledgeBase: { version: meta.version, asOf: meta.asOf },
        registerFile: db.file,
        lastWrittenBy: pkg.version,
      },
    });
  });
});
