import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { page as geometry } from '../pdf/engine/theme';

/** One piece of text as drawn (one line of one cell), with its position and size. */
export interface PdfItem {
  str: string;
  x: number;
  /** Baseline from the top of the page, like the layout's own coordinates. */
  y: number;
  size: number;
  /** Drawn in the bold face (Noto Sans Bold). */
  bold: boolean;
}

export interface PdfPageText {
  number: number;
  items: PdfItem[];
  /** Items outside the running header and footer, in drawing order. */
  body: PdfItem[];
}

export interface PdfText {
  pages: PdfPageText[];
  outlineTitles: string[];
  destinations: string[];
}

/** Reads a PDF the way a DPO's viewer would (pdfjs), for assertions on what is printed where. */
export async function readPdfText(data: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: PdfPageText[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    // Loads the page's fonts, so that their names (…+NotoSans-Bold) can be read.
    await page.getOperatorList();
    const bold = (fontName: string) => /Bold/.test((page.commonObjs.get(fontName) as { name?: string } | null)?.name ?? '');
    const items: PdfItem[] = [];
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str === '') continue;
      items.push({
        str: raw.str,
        x: raw.transform[4],
        y: geometry.height - raw.transform[5],
        size: raw.transform[0],
        bold: bold(raw.fontName),
      });
    }
    const body = items.filter((i) => i.y > geometry.headerBaseline + 4 && i.y < geometry.footerBaseline - 14);
    pages.push({ number: n, items, body });
  }
  const outline = (await doc.getOutline()) ?? [];
  const outlineTitles = outline.flatMap((o) => [o.title, ...o.items.map((i) => i.title)]);
  const destinations = Object.keys(await doc.getDestinations());
  await doc.destroy();
  return { pages, outlineTitles, destinations };
}

/**
 * Text with whitespace and hyphens removed: lets a test find a value however the layout wrapped or
 * hyphenated it, because a cell's lines are drawn one after another.
 */
export function compact(text: string): string {
  return text.replace(/[\s\-‐]/g, '');
}

/** All body text of pages `from`..`to` (1-based, inclusive), compacted. */
export function compactBody(pdf: PdfText, from: number, to: number): string {
  return pdf.pages
    .slice(from - 1, to)
    .map((p) => p.body.map((i) => i.str).join(''))
    .join('')
    .replace(/[\s\-‐]/g, '');
}

/** Lines of a page (items on one baseline joined left to right), for reading tables of contents. */
export function linesOf(page: PdfPageText): string[] {
  const byBaseline = new Map<number, PdfItem[]>();
  for (const item of page.items) {
    const key = Math.round(item.y * 2) / 2;
    const line = byBaseline.get(key) ?? [];
    line.push(item);
    byBaseline.set(key, line);
  }
  return [...byBaseline.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, line]) =>
      line
        .sort((a, b) => a.x - b.x)
        .map((i) => i.str)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

/** The body of a page as lines (items on one baseline, left to right), top to bottom. */
export function bodyLines(page: PdfPageText): PdfItem[][] {
  const byBaseline = new Map<number, PdfItem[]>();
  for (const item of page.body) {
    const key = Math.round(item.y * 2) / 2;
    const line = byBaseline.get(key) ?? [];
    line.push(item);
    byBaseline.set(key, line);
  }
  return [...byBaseline.entries()].sort((a, b) => a[0] - b[0]).map(([, line]) => line.sort((a, b) => a.x - b.x));
}
