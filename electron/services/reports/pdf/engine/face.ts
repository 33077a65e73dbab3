/**
 * Fast text metrics and glyph encoding on top of one of pdfkit's embedded TrueType fonts.
 *
 * pdfkit's own text path shapes every word through fontkit (GSUB/GPOS) and caches the runs per word
 * for the life of the document; on a 10,000-activity register that is most of the run time and an
 * ever-growing cache. Report text is Latin (Danish/English), so we measure and encode per character:
 * one fontkit lookup per distinct character, then array reads. Kerning is given up; Noto Sans uses no
 * default ligatures for these scripts.
 */

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}

/**
 * The slice of pdfkit's EmbeddedFont we rely on (pdfkit 0.20; not part of its typed API): the fontkit
 * font, the subset, and the widths/unicode tables pdfkit turns into /W and /ToUnicode at the end.
 */
export interface PdfkitEmbeddedFont {
  id: string;
  ref(): unknown;
  scale: number;
  subset: { includeGlyph(glyphId: number): number };
  widths: number[];
  unicode: number[][];
  font: { hasGlyphForCodePoint(codePoint: number): boolean; glyphForCodePoint(codePoint: number): FontkitGlyph };
}

export type FaceName = 'regular' | 'bold';

/** Code units below this use flat arrays; everything else (rare in Danish text) a Map. */
const TABLE_SIZE = 0x2000;
const QUESTION_MARK = 0x3f;

export class Face {
  /** Width in 1/1000 em per code unit below TABLE_SIZE (NaN = not yet measured). */
  private readonly widths = new Float64Array(TABLE_SIZE).fill(Number.NaN);
  /** Subset glyph id per code unit below TABLE_SIZE (-1 = not yet used). */
  readonly gids = new Int32Array(TABLE_SIZE).fill(-1);
  private readonly rareWidths = new Map<number, number>();
  private readonly rareGids = new Map<number, number>();

  constructor(
    readonly name: FaceName,
    private readonly pdfFont: PdfkitEmbeddedFont,
  ) {}

  get resourceId(): string {
    return this.pdfFont.id;
  }

  resourceRef(): unknown {
    return this.pdfFont.ref();
  }

  /** Characters the font lacks print as "?" so the reader sees that something is missing. */
  private printable(codePoint: number): number {
    return this.pdfFont.font.hasGlyphForCodePoint(codePoint) ? codePoint : QUESTION_MARK;
  }

  private measure(codePoint: number): number {
    return this.pdfFont.font.glyphForCodePoint(this.printable(codePoint)).advanceWidth * this.pdfFont.scale;
  }

  /**
   * Advance of the UTF-16 code unit at `i` in 1/1000 em. A high surrogate carries the whole code
   * point's width and its low surrogate none, so sums over code units stay right.
   */
  advanceAt(text: string, i: number): number {
    const unit = text.charCodeAt(i);
    if (unit < TABLE_SIZE) {
      const w = this.widths[unit];
      if (!Number.isNaN(w)) return w;
      const measured = this.measure(unit);
      this.widths[unit] = measured;
      return measured;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return 0;
    const codePoint = text.codePointAt(i) ?? unit;
    let w = this.rareWidths.get(codePoint);
    if (w === undefined) {
      w = this.measure(codePoint);
      this.rareWidths.set(codePoint, w);
    }
    return w;
  }

  /** Width of `text` in points at `size`. */
  width(text: string, size: number): number {
    let total = 0;
    for (let i = 0; i < text.length; i++) total += this.advanceAt(text, i);
    return (total * size) / 1000;
  }

  /**
   * Glyph id (in the embedded subset) of the character at `i`, registering it on first use: the
   * same bookkeeping pdfkit's encode() does, without shaping. The Unicode map filled here is what
   * makes the text selectable and searchable. A high surrogate stands for its whole code point.
   */
  glyphAt(text: string, i: number): number {
    const unit = text.charCodeAt(i);
    if (unit < TABLE_SIZE) {
      const known = this.gids[unit];
      if (known >= 0) return known;
      const gid = this.encodeGlyph(unit);
      this.gids[unit] = gid;
      return gid;
    }
    const codePoint = text.codePointAt(i) ?? unit;
    let gid = this.rareGids.get(codePoint);
    if (gid === undefined) {
      gid = this.encodeGlyph(codePoint);
      this.rareGids.set(codePoint, gid);
    }
    return gid;
  }

  private encodeGlyph(codePoint: number): number {
    const printed = this.printable(codePoint);
    const glyph = this.pdfFont.font.glyphForCodePoint(printed);
    const gid = this.pdfFont.subset.includeGlyph(glyph.id);
    this.pdfFont.widths[gid] ??= glyph.advanceWidth * this.pdfFont.scale;
    this.pdfFont.unicode[gid] ??= [printed];
    return gid;
  }
}
