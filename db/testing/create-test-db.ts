import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type OpenedDatabase, openDatabase } from '../client';

/** A fresh register file in a temp folder, migrated with the real migrations. */
export function createTestDb(): OpenedDatabase & { dir: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-test-'));
  const opened = openDatabase(path.join(dir, 'register.sqlite'));
  return {
    ...opened,
    dir,
    dispose() {
      opened.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
