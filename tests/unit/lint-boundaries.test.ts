import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Process boundaries are folder boundaries: prove the lint rule catches a crossing in each folder.
const probes = [
  { file: 'renderer/src/__boundary_probe__.ts', source: "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n" },
  { file: 'renderer/src/__boundary_probe_node__.ts', source: "import fs from 'node:fs';\nexport const x = fs;\n" },
  {
    file: 'renderer/src/__boundary_probe_db__.ts',
    source: "import { openDatabase } from '../../db/client';\nexport const x = openDatabase;\n",
  },
  { file: 'db/__boundary_probe__.ts', source: "import { app } from 'electron';\nexport const x = app;\n" },
  { file: 'electron/services/__boundary_probe__.ts', source: "import { app } from 'electron';\nexport const x = app;\n" },
  { file: 'electron/preload/__boundary_probe__.ts', source: "import { z } from 'zod';\nexport const x = z;\n" },
];

afterAll(() => {
  for (const p of probes) fs.rmSync(p.file, { force: true });
});

describe('lint enforces the process boundaries', () => {
  it.each(probes)('rejects the forbidden import in $file', ({ file, source }) => {
    fs.writeFileSync(file, source);
    let output = '';
    try {
      execFileSync(path.resolve('node_modules/.bin/biome'), ['lint', file], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      output = `${(e as { stdout?: string }).stdout ?? ''}${(e as { stderr?: string }).stderr ?? ''}`;
    }
    expect(output).toMatch(/noRestrictedImports/);
  });
});
