import { deflateSync } from 'node:zlib';
import { ContentWriter } from './content-writer';
import type { Face } from './fonts';
import type { Rgb } from './theme';
import { page } from './theme';

/**
 * Where drawing goes: the PDF sink, or the measuring sink that only lets a layout count its pages
 * (used to know how long the table of contents will be before it is drawn). Same layout code for
 * both, so the count is exact. Coordinates are in points from the top-left corner of the page;
 * `baseline` is a text baseline.
 */
export interface DrawSink {
  /** False while measuring: callers may skip work that only affects what is drawn. */
  readonly drawing: boolean;
  startPage(): void;
  text(face: Face, size: number, x: number, baseline: number, text: string, colour: Rgb): void;
  /** Lines `from`..`to` (exclusive) of `lines`, one under the other `leading` apart, the first on `baseline`. */
  textLines(
    face: Face,
    size: number,
    x: number,
    baseline: number,
    leading: number,
    lines: string[],
    from: number,
    to: number,
    colour: Rgb,
  ): void;
  fillRect(x: number, y: number, w: number, h: number, colour: Rgb): void;
  hline(x1: number, x2: number, y: number, width: number, colour: Rgb): void;
  /** A named destination at the top of the current page region (target of TOC links). */
  destination(name: string, y: number): void;
  /** A clickable area that jumps to a named destination. */
  link(x: number, y: number, w: number, h: number, destination: string): void;
  /** A PDF bookmark (outline entry) pointing at the current page. */
  bookmark(title: string, level: 0 | 1): void;
  /**
   * Text known only when the document is finished (the total page count): drawn on each page as a
   * reference to one shared form XObject whose content resolveDeferred() writes at the end.
   */
  deferredText(key: string, face: Face, size: number, x: number, baseline: number, colour: Rgb): void;
  /**
   * Completes every page drawn so far and hands it to the output. Call only between pages: the next
   * drawing must start with startPage().
   */
  settle(): Promise<void>;
}

export const measuringSink: DrawSink = {
  drawing: false,
  startPage() {},
  text() {},
  textLines() {},
  fillRect() {},
  hline() {},
  destination() {},
  link() {},
  bookmark() {},
  deferredText() {},
  settle: () => Promise.resolve(),
};

/** Pages kept open before they are written out at a page break (a section thousands of pages long). */
const MAX_OPEN_PAGES = 25;

/** A pdfkit content stream (PDFReference), as far as the sink takes it over. */
interface PdfkitStream {
  buffer: Uint8Array[];
  compress: boolean;
  uncompressedLength: number;
  data: { Length?: number; Filter?: string };
  write(chunk: Uint8Array): void;
}

/** A pdfkit indirect object (PDFReference) that is ended later with its stream bytes. */
interface PdfkitRef {
  end(chunk?: Uint8Array): void;
}

interface PdfkitPage {
  fonts: Record<string, unknown>;
  xobjects: Record<string, unknown>;
  content: PdfkitStream;
  dictionary: { data: object };
}

/** The slice of the pdfkit document the PDF sink uses. */
export interface PdfkitLike {
  ref(data: object): PdfkitRef;
  addPage(options?: object): unknown;
  flushPages(): void;
  addNamedDestination(name: string, fitType: string, ...args: (number | null)[]): void;
  goTo(x: number, y: number, w: number, h: number, name: string): unknown;
  page: PdfkitPage;
  outline: OutlineNode;
}
interface OutlineNode {
  addItem(title: string, options?: { fit?: boolean; expanded?: boolean }): OutlineNode;
}

/**
 * Writes a page's content stream itself, in PDF's native bottom-left coordinates, while pdfkit keeps
 * owning objects, fonts, annotations and the cross-reference table. Operators are written as bytes
 * into one reused buffer and deflated once per page at a fast level (pdfkit's per-operator strings
 * and default-level deflate were the largest costs on big registers). The document must be created
 * with `bufferPages: true`; settle() writes finished pages out and forgets them.
 */
export class PdfSink implements DrawSink {
  readonly drawing = true;
  private readonly out = new ContentWriter();
  private fontsOnPage = new Set<string>();
  /** Current fill and stroke state of the page, by identity of the theme's colour constants. */
  private fill: Rgb | null = null;
  private stroke: Rgb | null = null;
  private strokeWidth = -1;
  private outlineParent: OutlineNode | null = null;
  /** Pages started since the last settle(). */
  private open: PdfkitPage[] = [];
  private deferred = new Map<string, { ref: PdfkitRef; face: Face; size: number; colour: Rgb }>();

  constructor(
    private readonly doc: PdfkitLike,
    private readonly deflateLevel = 1,
  ) {}

  startPage(): void {
    this.finishPage();
    // A section can run to thousands of pages (the transfers annex of a big register): write pages
    // out at page breaks too, not only at the layout's yield points, so memory stays flat.
    if (this.open.length >= MAX_OPEN_PAGES) this.writeOpenPages();
    this.doc.addPage({ size: [page.width, page.height], margin: 0 });
    this.open.push(this.doc.page);
    // Drop pdfkit's initial y-flip ("1 0 0 -1 0 h cm"): we write native coordinates and compress ourselves.
    const content = this.doc.page.content;
    content.buffer = [];
    content.uncompressedLength = 0;
    content.data.Length = 0;
    content.compress = false;
    content.data.Filter = 'FlateDecode';
    this.fontsOnPage.clear();
    this.fill = null;
    this.stroke = null;
    this.strokeWidth = -1;
  }

  /** Compresses the current page's operators into its content stream (once per page). */
  private finishPage(): void {
    if (this.out.size === 0) return;
    // Synchronous on purpose: compressing on the thread pool (tried) cost more CPU and 75 MB more
    // memory than it saved; one-shot async zlib contexts are freed only at GC.
    this.doc.page.content.write(deflateSync(this.out.view(), { level: this.deflateLevel }));
    this.out.reset();
  }

  async settle(): Promise<void> {
    this.finishPage();
    this.writeOpenPages();
  }

  /** Writes every finished page out (the current one must be finished). */
  private writeOpenPages(): void {
    this.doc.flushPages();
    // A written page object is only ever referred to by number again ("12 0 R" in /Kids, bookmarks,
    // destinations): drop its dictionary so 30,000 pages do not stay in memory.
    for (const written of this.open) written.dictionary.data = {};
    this.open = [];
  }

  private selectFont(face: Face): void {
    if (this.fontsOnPage.has(face.resourceId)) return;
    this.doc.page.fonts[face.resourceId] = face.resourceRef();
    this.fontsOnPage.add(face.resourceId);
  }

  private colour(c: Rgb): void {
    this.out.num(c[0]).num(c[1]).num(c[2]);
  }

  private setFill(c: Rgb): void {
    if (c === this.fill) return;
    this.colour(c);
    this.out.ascii('rg\n');
    this.fill = c;
  }

  private setStroke(c: Rgb, width: number): void {
    if (c !== this.stroke) {
      this.colour(c);
      this.out.ascii('RG\n');
    }
    if (width !== this.strokeWidth) this.out.num(width).ascii('w\n');
    this.stroke = c;
    this.strokeWidth = width;
  }

  text(face: Face, size: number, x: number, baseline: number, text: string, colour: Rgb): void {
    if (text === '') return;
    this.selectFont(face);
    this.setFill(colour);
    this.out
      .ascii(`BT /${face.resourceId} `)
      .num(size)
      .ascii('Tf ')
      .num(x)
      .num(page.height - baseline)
      .ascii('Td ');
    this.out.literal(text, face).ascii(' Tj ET\n');
  }

  /**
   * A run of lines in one text object: the leading set once and each next line started with T*,
   * instead of a positioned text object per line (a quarter of a page's bytes, which are then
   * compressed, and of the number formatting).
   */
  textLines(
    face: Face,
    size: number,
    x: number,
    baseline: number,
    leading: number,
    lines: string[],
    from: number,
    to: number,
    colour: Rgb,
  ): void {
    if (to - from === 1) {
      this.text(face, size, x, baseline, lines[from] ?? '', colour);
      return;
    }
    if (from >= to) return;
    this.selectFont(face);
    this.setFill(colour);
    this.out
      .ascii(`BT /${face.resourceId} `)
      .num(size)
      .ascii('Tf ')
      .num(leading)
      .ascii('TL ')
      .num(x)
      .num(page.height - baseline)
      .ascii('Td');
    for (let i = from; i < to; i++) {
      if (i > from) this.out.ascii(' T*');
      const line = lines[i];
      if (line) this.out.ascii(' ').literal(line, face).ascii(' Tj');
    }
    this.out.ascii(' ET\n');
  }

  fillRect(x: number, y: number, w: number, h: number, colour: Rgb): void {
    this.setFill(colour);
    this.out
      .num(x)
      .num(page.height - y - h)
      .num(w)
      .num(h)
      .ascii('re f\n');
  }

  hline(x1: number, x2: number, y: number, width: number, colour: Rgb): void {
    this.setStroke(colour, width);
    const py = page.height - y;
    this.out.num(x1).num(py).ascii('m ').num(x2).num(py).ascii('l S\n');
  }

  deferredText(key: string, face: Face, size: number, x: number, baseline: number, colour: Rgb): void {
    let form = this.deferred.get(key);
    if (!form) {
      const ref = this.doc.ref({
        Type: 'XObject',
        Subtype: 'Form',
        // Wide enough either side of the origin for a right-aligned text of any length on the page.
        BBox: [-page.width, -size, page.width, 2 * size],
        Resources: { Font: { [face.resourceId]: face.resourceRef() } },
      });
      form = { ref, face, size, colour };
      this.deferred.set(key, form);
    }
    this.doc.page.xobjects[`D${key}`] = form.ref;
    this.out
      .ascii('q 1 0 0 1 ')
      .num(x)
      .num(page.height - baseline)
      .ascii(`cm /D${key} Do Q\n`);
  }

  /**
   * Writes the content of a deferred text, once its value is known (before doc.end()): starting at
   * the point where it was placed, or ending there (`right`).
   */
  resolveDeferred(key: string, text: string, align: 'left' | 'right' = 'left'): void {
    const form = this.deferred.get(key);
    if (!form) return;
    const out = new ContentWriter();
    const x = align === 'right' ? -form.face.width(text, form.size) : 0;
    out.num(form.colour[0]).num(form.colour[1]).num(form.colour[2]).ascii('rg\n');
    out.ascii(`BT /${form.face.resourceId} `).num(form.size).ascii('Tf ').num(x).ascii('0 Td ').literal(text, form.face).ascii(' Tj ET\n');
    form.ref.end(Buffer.from(out.view()));
    this.deferred.delete(key);
  }

  /**
   * Moves the last `count` pages to position `index` of the page tree: pages drawn last (the table of
   * contents, whose numbers are known only at the end) are read where they belong.
   */
  movePages(count: number, index: number): void {
    const kids = (this.doc as unknown as { _root: { data: { Pages: { data: { Kids: unknown[] } } } } })._root.data.Pages.data.Kids;
    const moved = kids.splice(kids.length - count, count);
    kids.splice(index, 0, ...moved);
  }

  destination(name: string, y: number): void {
    this.doc.addNamedDestination(name, 'XYZ', null, y, null);
  }

  link(x: number, y: number, w: number, h: number, destination: string): void {
    this.doc.goTo(x, y, w, h, destination);
  }

  bookmark(title: string, level: 0 | 1): void {
    if (level === 0) {
      this.outlineParent = this.doc.outline.addItem(title, { fit: true, expanded: true });
    } else {
      (this.outlineParent ?? this.doc.outline).addItem(title, { fit: true });
    }
  }
}
