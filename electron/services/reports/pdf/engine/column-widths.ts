import type { Face } from './fonts';

/**
 * Column widths for a table, chosen like a careful typesetter would: every column at least as wide
 * as its longest word (so no word is cut when the table can hold them all), and the rest of the
 * width moved to where it saves the most lines. The starting point is the designer's shares; then
 * room moves between pairs of columns while that lowers the estimated height of the sampled rows.
 * Heights are estimated from each paragraph's natural width (no wrapping per try), so this costs a
 * few thousand additions per table.
 */

export interface MeasuredCell {
  /** Natural width (points) of each paragraph of the cell's text. */
  paragraphs: number[];
  /** Width (points) of its longest word. */
  widestWord: number;
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
      widest = Math.max(widest, word);
      word = 0;
      line = 0;
      continue;
    }
    const w = face.advanceAt(text, i);
    line += w;
    if (unit === 32) {
      widest = Math.max(widest, word);
      word = 0;
    } else word += w;
  }
  return { paragraphs, widestWord: (widest * size) / 1000 };
}

/** Greedy wrapping fills lines to about this share of the width on average. */
const FILL = 0.92;

function linesAt(cell: MeasuredCell, inner: number): number {
  let lines = 0;
  for (const p of cell.paragraphs) lines += p <= inner ? 1 : Math.ceil(p / (inner * FILL));
  return lines;
}

/** Estimated total lines of the rows at these widths (each row as tall as its tallest cell). */
function cost(rows: MeasuredCell[][], widths: number[], pad: number): number {
  let total = 0;
  for (const row of rows) {
    let tallest = 0;
    for (let c = 0; c < widths.length; c++) {
      const cell = row[c];
      if (cell) tallest = Math.max(tallest, linesAt(cell, widths[c] - pad));
    }
    total += tallest;
  }
  return total;
}

/** Moves tried between two columns, as shares of what the giving column can spare. */
const SHARES_OF_SLACK = [1, 0.75, 0.5, 0.25, 0.125];
const MAX_ROUNDS = 8;

/**
 * `start`: widths from the shares (summing to the table width). `minimum`: per column, the least
 * width it should get (its longest word plus padding), or less when the table cannot hold them all.
 */
export function fitColumns(start: number[], minimum: number[], rows: MeasuredCell[][], pad: number): number[] {
  const width = start.reduce((s, w) => s + w, 0);
  const widths = [...start];
  const need = minimum.reduce((s, m) => s + m, 0);
  if (need <= width) {
    // Widen the columns whose words do not fit, taking the room from those with more than they need.
    const deficit = widths.reduce((s, w, i) => s + Math.max(0, minimum[i] - w), 0);
    const slack = widths.reduce((s, w, i) => s + Math.max(0, w - minimum[i]), 0);
    if (deficit > 0)
      widths.forEach((w, i) => {
        widths[i] = w < minimum[i] ? minimum[i] : w - ((w - minimum[i]) / slack) * deficit;
      });
  }
  const floor = need <= width ? minimum : widths.map((w) => Math.min(w, ...minimum));
  if (rows.length === 0 || widths.length < 2) return widths;
  // Best-improvement search over moves of room between pairs of columns; large moves are tried
  // too, because line counts step (a column gains nothing until it gains a whole line).
  let best = cost(rows, widths, pad);
  // Every row on one line already: nothing to gain.
  if (best === rows.length) return widths;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let move: { to: number; from: number; by: number } | null = null;
    for (let to = 0; to < widths.length; to++) {
      for (let from = 0; from < widths.length; from++) {
        const slack = widths[from] - floor[from];
        if (to === from || slack < 1) continue;
        for (const share of SHARES_OF_SLACK) {
          const by = slack * share;
          widths[to] += by;
          widths[from] -= by;
          const c = cost(rows, widths, pad);
          widths[to] -= by;
          widths[from] += by;
          if (c < best) {
            best = c;
            move = { to, from, by };
          }
        }
      }
    }
    if (!move) break;
    widths[move.to] += move.by;
    widths[move.from] -= move.by;
  }
  return widths;
}
