import type { Face } from './fonts';

/**
 * Column widths for a table from its content: every column at least as wide as its longest word
 * (so no word is cut when the table can hold them all), short values on one line, long prose
 * given the room. Measured once per cell from cached glyph widths: no wrapping per try.
 */

export interface MeasuredCell {
  /** Natural width (points) of each paragraph of the cell's text. */
  paragraphs: number[];
  /** Width (points) of its longest word. */
  widestWord: number;
  /** Width (points) of its longest paragraph: the width that keeps it on one line. */
  widest: number;
}

/** Natural widths of the paragraphs of `text` and of its longest word, in points. */
export function measureCell(text: string, face: Face, size: number): MeasuredCell {
  const paragraphs: number[] = [];
  let widest = 0;
  let word = 0;
  let line = 0;
  for (let i = 0; i <= text.length; i++) {
    const unit = i < text.length ? text.charCodeAt(i) : 10;
    if (unit === 10) {
      paragraphs.push((line * size) / 1000);
      if (word > widest) widest = word;
      word = 0;
      line = 0;
      continue;
    }
    const w = face.advanceAt(text, i);
    line += w;
    if (unit === 32) {
      if (word > widest) widest = word;
      word = 0;
    } else word += w;
  }
  return { paragraphs, widestWord: (widest * size) / 1000, widest: Math.max(0, ...paragraphs) };
}

/** Greedy wrapping fills lines to about this share of the width on average. */
const FILL = 0.92;
/** The width left after every column has its minimum is handed out in this many slices. */
const SLICES = 16;

function linesAt(cell: MeasuredCell | undefined, inner: number): number {
  if (!cell) return 0;
  let lines = 0;
  for (const p of cell.paragraphs) lines += p <= inner ? 1 : Math.ceil(p / (inner * FILL));
  return lines;
}

/** How far a cell's paragraphs run past one line each, in lines (fractional; 0 when every paragraph fits). */
function overflow(cell: MeasuredCell | undefined, inner: number): number {
  if (!cell) return 0;
  let over = 0;
  for (const p of cell.paragraphs) if (p > inner) over += p / (inner * FILL) - 1;
  return over;
}

/**
 * `shares`: the designer's widths (summing to the table width). `minimum`: per column, the least
 * width it should get (its longest word plus padding); `maximum`: the width at which all its cells
 * are on one line. `rows`: the measured cells (header included). `pad`: padding inside a cell.
 *
 * From the minimums, the rest of the width is handed out a slice at a time to the column where it
 * helps most: first the rows' height (the sum of each row's tallest cell), then the number of
 * wrapped cell lines (short values stay on one line), then how much wrapped text it eases (two
 * columns that must both widen to save a line get there slice by slice). A column never gets more
 * than its maximum; what nobody needs goes by the designer's shares. When not even the minimums
 * fit, the designer's shares are kept (long words are then cut).
 */
export function fitColumns(shares: number[], minimum: number[], maximum: number[], rows: MeasuredCell[][], pad: number): number[] {
  const width = shares.reduce((s, w) => s + w, 0);
  const least = minimum.reduce((s, m) => s + m, 0);
  if (least > width || shares.length < 2) return shares;
  const cols = shares.length;
  const most = maximum.reduce((s, m, c) => s + Math.max(m, minimum[c]), 0);
  // Every cell fits on one line: each column its widest, the rest by the designer's shares.
  if (most <= width) return maximum.map((m, c) => Math.max(m, minimum[c]) + ((width - most) * shares[c]) / width);
  const widths = [...minimum];
  const lines = rows.map((row) => widths.map((w, c) => linesAt(row[c], w - pad)));
  const slice = (width - least) / SLICES;
  let spare = 0;
  for (let s = 0; s < SLICES; s++) {
    let best = -1;
    let bestScore = 0;
    for (let c = 0; c < cols; c++) {
      if (widths[c] >= maximum[c]) continue;
      const next = Math.min(maximum[c], widths[c] + slice);
      let score = 0;
      for (let r = 0; r < rows.length; r++) {
        const row = lines[r];
        const cell = rows[r][c];
        const now = linesAt(cell, next - pad);
        score += overflow(cell, widths[c] - pad) - overflow(cell, next - pad);
        if (now === row[c]) continue;
        let others = 0;
        for (let k = 0; k < cols; k++) if (k !== c && row[k] > others) others = row[k];
        score += 1000 * (Math.max(row[c], others) - Math.max(now, others)) + 10 * (row[c] - now);
      }
      // On a tie (nothing to gain either way), the column furthest below its designer's share.
      const tie = Math.abs(score - bestScore) <= 1e-9 && shares[c] - widths[c] > shares[best] - widths[best];
      if (best < 0 || score > bestScore + 1e-9 || tie) {
        best = c;
        bestScore = score;
      }
    }
    if (best < 0) {
      spare += slice;
      continue;
    }
    const next = Math.min(maximum[best], widths[best] + slice);
    spare += widths[best] + slice - next;
    widths[best] = next;
    for (let r = 0; r < rows.length; r++) lines[r][best] = linesAt(rows[r][best], next - pad);
  }
  // Room no column needs: by the designer's shares.
  return widths.map((w, c) => w + (spare * shares[c]) / width);
}
