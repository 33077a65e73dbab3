import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allChannels } from '../../electron/shared/contract';

// The type checker proves the preload has every area and verb (`satisfies RopaApi`); this proves
// each method invokes its own channel, so a copy-paste slip cannot route one verb to another.
describe('the preload', () => {
  const source = fs.readFileSync('electron/preload/index.ts', 'utf8');

  it('binds every method to the channel of the same area and verb, once', () => {
    const bindings: string[] = [];
    let area = '';
    for (const line of source.split('\n')) {
      const areaMatch = /^ {2}(\w+): \{$/.exec(line);
      if (areaMatch) area = areaMatch[1]!;
      const method = /^ {4}(\w+): \(input\) => ipcRenderer\.invoke\('([\w:]+)', input\),$/.exec(line);
      if (method) {
        expect(method[2], `${area}.${method[1]}`).toBe(`${area}:${method[1]}`);
        bindings.push(method[2]!);
      }
    }
    expect(bindings.sort()).toEqual(
      allChannels()
        .map((c) => c.name)
        .sort(),
    );
  });

  it('exposes no generic invoke and imports nothing but electron and shared types', () => {
    expect(source).not.toMatch(/invoke\(\s*channel/);
    const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imports).toEqual(['electron', '../shared/contract']);
    expect(source).toMatch(/^import type \{ RopaApi \} from '..\/shared\/contract';$/m);
  });
});
