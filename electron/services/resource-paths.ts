import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every file or folder that the app, the PDF worker and the CLI read at run time, relative to the
 * app root. The one list: code asks for a path by name here, electron-builder ships these paths
 * (electron-builder.yml `files`), and the packaging check (tests/packaging) fails when an entry is
 * missing from the packaged app or when code reads a shipped path without going through this module.
 */
export const shippedResources = {
  /** drizzle-kit's migrations, applied when a register is opened. */
  migrations: 'db/migrations',
  /** The legal knowledge base (versioned, sourced JSON). */
  legal: 'resources/legal',
  /** The public keys trusted to sign knowledge-base updates. */
  kbTrustedKeys: 'resources/kb-trusted-keys.json',
  /** Noto Sans, embedded in every PDF. */
  fonts: 'resources/fonts',
  /** The JSON Schema of the exchange format, shipped so a DPO or an integrator can validate files. */
  registerSchema: 'resources/schema/register.schema.json',
  /** The bundled PDF worker (built by electron-vite beside the main bundle). */
  pdfWorker: 'out/main/pdf-worker.js',
  /** The bundled worker that computes findings, summaries and counts per register revision. */
  derivedWorker: 'out/main/derived-worker.js',
  /** The window's preload (CommonJS, sandboxed). */
  preload: 'out/preload/index.cjs',
  /** The built renderer, served to the window over the app:// scheme. */
  renderer: 'out/renderer',
} as const;

export type ShippedResource = keyof typeof shippedResources;

/** The package's name, which marks the app root (the repository in development, app.asar when packaged). */
const ROOT_MARKER = 'ropa-desk';

let cachedRoot: string | null = null;

function isAppRoot(dir: string): boolean {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
    return pkg.name === ROOT_MARKER;
  } catch {
    return false;
  }
}

/**
 * The app root, found by walking up from this module's own file to the folder whose package.json
 * is ROPA Desk's. The same rule holds wherever this code runs: from the TypeScript sources
 * (tests, tsx), from the bundle in out/main (npm start, `npx ropa`), and inside app.asar in the
 * packaged app, where Electron's fs reads the archive (in worker threads too), so no case needs
 * app.getAppPath() or process.resourcesPath and this module stays free of Electron.
 */
export function appRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (isAppRoot(dir)) {
      cachedRoot = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`ROPA Desk's files were not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** The absolute path of a shipped resource. */
export function resourcePath(name: ShippedResource): string {
  return path.join(appRoot(), shippedResources[name]);
}
