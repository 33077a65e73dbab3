import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot, resourcePath, shippedResources } from './resource-paths';

const root = appRoot();

/** Every .ts/.mjs/.tsx file under a folder (tests and their helpers excluded). */
function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).flatMap((f) => {
    const file = path.join(dir, f);
    if (!/\.(ts|tsx|mjs)$/.test(f) || /\.test\.tsx?$/.test(f) || /(^|\/)testing\//.test(file)) return [];
    return [file];
  });
}

/**
 * Ways to reach a file on disk without naming it through resource-paths: a path relative to the
 * module (import.meta.url, __dirname) or a literal path into a shipped folder. Either would work from
 * the sources and break in the bundle or the package, where modules move and only shipped files exist.
 */
const pathPatterns = [
  /new URL\(\s*['"`]\.{1,2}\//,
  /__dirname|__filename|import\.meta\.(dirname|filename)/,
  /['"`](\.\.?\/)*(resources|db\/migrations|out)\//,
];

/** Places that may do so, and why. */
const allowed: Record<string, string> = {
  'electron/services/resource-paths.ts': 'the one module that resolves shipped paths',
  'electron/services/reports/pdf/render-in-worker.ts':
    'starts pdf-worker.ts through tsx only when running from the TypeScript sources (tests)',
  'electron/services/derived/worker-host.ts':
    'starts derived-worker.ts through tsx only when running from the TypeScript sources (tests, the harness)',
  'electron/cli/bin.mjs': 'the npx entry point, which loads the built CLI from out/main',
  'db/drizzle.config.ts': "drizzle-kit's own configuration (development only)",
};

describe('resource paths', () => {
  it('finds the app root from the module itself', () => {
    expect(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).name).toBe('ropa-desk');
  });

  it('names files that exist in the source tree (built ones are checked by tests/packaging)', () => {
    const built = (p: string) => p.startsWith('out/');
    for (const [name, relative] of Object.entries(shippedResources)) {
      if (!built(relative)) expect(fs.existsSync(resourcePath(name as keyof typeof shippedResources)), name).toBe(true);
    }
  });

  it('is the only way the app, the worker and the CLI reach a file of their own on disk', () => {
    const offenders: string[] = [];
    for (const file of [...sources('electron'), ...sources('db')]) {
      if (file.startsWith('electron/tools/') || allowed[file]) continue;
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      text.split('\n').forEach((line, i) => {
        if (pathPatterns.some((p) => p.test(line))) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders, 'resolve shipped files with resourcePath() and add new ones to shippedResources').toEqual([]);
  });
});
