import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const staticImport = /(?:^|[\n;])\s*(?:import|export)\s+(?:[^'"`;]*?\s+from\s+)?["']([^"']+)["']/g;
const dynamicImport = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

export interface ImportGraph {
  /** Bundle files reached (relative to the start file's folder). */
  files: string[];
  /** Bare specifiers (packages and node: built-ins) imported by those files. */
  packages: string[];
}

/**
 * The imports reachable from a bundle file, following relative imports between bundle files.
 * With `dynamic: false` only what loads at start-up (static imports) is followed.
 */
export function importGraph(entry: string, { dynamic }: { dynamic: boolean }): ImportGraph {
  const base = path.dirname(entry);
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = fs.readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(staticImport)].map((m) => m[1]!);
    if (dynamic) specifiers.push(...[...text.matchAll(dynamicImport)].map((m) => m[1]!));
    for (const spec of specifiers) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(path.resolve(entry));
  return { files: [...files].map((f) => path.relative(base, f)), packages: [...packages].sort() };
}

/** The package a specifier names ('drizzle-orm/sqlite-core' → 'drizzle-orm', '@a/b/c' → '@a/b'), or null for a Node built-in. */
export function packageName(specifier: string): string | null {
  if (specifier.startsWith('node:') || builtinModules.includes(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}
