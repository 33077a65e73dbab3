import { existsSync } from 'node:fs';
import path from 'node:path';
import { resourcePath } from '../../../resource-paths';
import { Face, type FaceName, type PdfkitEmbeddedFont } from './face';

export { Face, type FaceName } from './face';

/** The slice of a pdfkit document needed to select fonts. */
export interface FontHost {
  font(src: string): unknown;
}

export const REGULAR_FILE = 'NotoSans-Regular.ttf';
const BOLD_FILE = 'NotoSans-Bold.ttf';

/** Where the Noto Sans TTFs live: the shipped resources/fonts unless a caller (a test) names another folder. */
export function resolveFontsDir(override?: string): string {
  const dir = override ?? resourcePath('fonts');
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
