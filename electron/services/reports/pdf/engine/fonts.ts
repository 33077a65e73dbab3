import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Face, type FaceName, type PdfkitEmbeddedFont } from './face';

export { Face, type FaceName } from './face';

/** The slice of a pdfkit document needed to select fonts. */
export interface FontHost {
  font(src: string): unknown;
}

export const REGULAR_FILE = 'NotoSans-Regular.ttf';
const BOLD_FILE = 'NotoSans-Bold.ttf';

function defaultFontsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // electron/services/reports/pdf/engine → repository root
  return path.resolve(here, '../../../../../resources/fonts');
}

/** Where the Noto Sans TTFs live; the packaged app passes its resources folder. */
export function resolveFontsDir(override?: string): string {
  const dir = override ?? process.env.ROPA_FONTS_DIR ?? defaultFontsDir();
  if (!existsSync(path.join(dir, REGULAR_FILE)) || !existsSync(path.join(dir, BOLD_FILE))) {
    throw new Error(`Report fonts not found in ${dir} (expected ${REGULAR_FILE} and ${BOLD_FILE})`);
  }
  return dir;
}

export interface FaceSet {
  regular: Face;
  bold: Face;
}

/**
 * Embeds Noto Sans Regular and Bold in the document and returns fast faces over them. pdfkit embeds
 * a font (as a subset of the glyphs used) only if a page uses it. Create the document with
 * `font: path.join(fontsDir, REGULAR_FILE)` so pdfkit never loads its default Helvetica.
 */
export function loadFaces(doc: FontHost, fontsDir: string): FaceSet {
  const load = (name: FaceName, file: string): Face => {
    doc.font(path.join(fontsDir, file));
    return new Face(name, (doc as unknown as { _font: PdfkitEmbeddedFont })._font);
  };
  return { regular: load('regular', REGULAR_FILE), bold: load('bold', BOLD_FILE) };
}
