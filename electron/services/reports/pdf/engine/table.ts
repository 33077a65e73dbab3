import { baselineOf, type Cell, cellText, colourFor, faceFor, type Tone, toneOf } from './blocks';
import { fitColumns, type MeasuredCell, measureCell } from './column-widths';
import type { Flow } from './flow';
import type { Face } from './fonts';
import { colour, contentWidth, page, type } from './theme';
import { wrapText } from './wrap';

export interface Column {
  title: string;
  /** Share of the table width; shares are normalised. */
  share: number;
  /**
   * Printed under the row's other cells, across the whole table (its title under theirs in the
   * header): for long prose, which in a narrow column makes tall rows and breaks words.
   */
  wide?: boolean;
}

const PAD_X = 4;
const PAD_Y = 2.5;
const style = type.table;
/** Rows looked at to size the columns (a long annex streams its rows and is never held whole). */
const SIZING_ROWS = 100;
/** No column is widened past this share of the table to keep its words whole. */
const MAX_COLUMN_SHARE = 0.45;
/** A row at least this many lines tall is split at a page foot rather than moved whole (no big gaps). */
const SPLIT_ROWS_FROM = 8;
/** When a row is split, at least this many of its lines stay on each page. */
const MIN_LINES_PER_PAGE = 3;

/**
 * A row laid out: each cell's lines. It prints as `cellLines` lines of the narrow cells side by side,
 * then each wide cell's lines (column `wide[k]` from line `wideStart[k]` of the row).
 */
interface LaidOutRow {
  lines: string[][];
  tones: Tone[];
  cellLines: number;
  wideStart: number[];
  /** Printed lines in all. */
  height: number;
}

interface Geometry {
  xs: number[];
  widths: number[];
  width: number;
  left: number;
  narrow: number[];
  wide: number[];
}

/** Column titles are the same in every table of a kind: measured once (per face, since documents differ). */
const titles = new WeakMap<Face, Map<string, MeasuredCell>>();
function measureTitle(flow: Flow, title: string): MeasuredCell {
  let byTitle = titles.get(flow.faces.bold);
  if (!byTitle) {
    byTitle = new Map();
    titles.set(flow.faces.bold, byTitle);
  }
  let measured = byTitle.get(title);
  if (!measured) {
    measured = measureCell(title, flow.faces.bold, style.size);
    byTitle.set(title, measured);
  }
  return measured;
}

/** Column geometry: narrow columns side by side (widths fitted to the content), wide ones under them. */
function geometry(flow: Flow, columns: Column[], sample: Cell[][], indent: number): Geometry {
  const width = contentWidth - indent;
  const narrow = columns.flatMap((c, i) => (c.wide ? [] : [i]));
  const wide = columns.flatMap((c, i) => (c.wide ? [i] : []));
  const totalShare = narrow.reduce((s, i) => s + columns[i].share, 0);
  // The header row counts like a data row: its titles should not break mid-word either.
  const rows = [
    narrow.map((i) => measureTitle(flow, columns[i].title)),
    ...sample.map((row) => narrow.map((i) => measureCell(cellText(row[i] ?? ''), faceFor(flow, toneOf(row[i] ?? '')), style.size))),
  ];
  const minimum = narrow.map(() => 0);
  const maximum = narrow.map(() => 0);
  for (const row of rows) {
    for (let k = 0; k < narrow.length; k++) {
      if (row[k].widestWord > minimum[k]) minimum[k] = row[k].widestWord;
      if (row[k].widest > maximum[k]) maximum[k] = row[k].widest;
    }
  }
  for (let k = 0; k < narrow.length; k++) {
    minimum[k] = Math.min(minimum[k] + 2 * PAD_X + 0.5, MAX_COLUMN_SHARE * width);
    maximum[k] += 2 * PAD_X + 0.5;
  }
  const fitted = fitColumns(
    narrow.map((i) => (columns[i].share / totalShare) * width),
    minimum,
    maximum,
    rows,
    2 * PAD_X,
  );
  const widths = columns.map(() => width);
  narrow.forEach((i, k) => {
    widths[i] = fitted[k];
  });
  const left = page.left + indent;
  const xs: number[] = columns.map(() => left);
  let x = left;
  for (const i of narrow) {
    xs[i] = x;
    x += widths[i];
  }
  return { xs, widths, width, left, narrow, wide };
}

function layoutRow(flow: Flow, g: Geometry, row: Cell[]): LaidOutRow {
  const tones = row.map(toneOf);
  const lines = row.map((cell, i) => {
    const text = cellText(cell);
    // An empty wide cell takes no line; an empty narrow cell is simply blank beside the others.
    if (g.wide.includes(i) && text === '') return [];
    return wrapText(text, faceFor(flow, tones[i]), style.size, g.widths[i] - 2 * PAD_X);
  });
  let cellLines = 0;
  for (const i of g.narrow) if (lines[i].length > cellLines) cellLines = lines[i].length;
  let height = cellLines;
  const wideStart = g.wide.map((i) => {
    const start = height;
    height += lines[i].length;
    return start;
  });
  return { lines, tones, cellLines, wideStart, height };
}

const heightOf = (lines: number) => lines * style.leading + 2 * PAD_Y;

/**
 * A table that breaks across pages the way a reader expects: the header row is repeated on every
 * page, the header never sits alone at a page foot (it keeps its first row), a short row moves
 * whole to the next page, and a tall row is split between lines rather than leaving half a page
 * empty. Rows are taken one at a time, so a table of 50,000 rows is never held whole.
 */
export function table(flow: Flow, columns: Column[], rows: Iterable<Cell[]>, indent = 0): void {
  const iterator = rows[Symbol.iterator]();
  const sample: Cell[][] = [];
  for (let next = iterator.next(); ; next = iterator.next()) {
    if (next.done) break;
    sample.push(next.value);
    if (sample.length >= SIZING_ROWS) break;
  }
  const g = geometry(flow, columns, sample, indent);
  const titleLines = columns.map((c, i) => wrapText(c.title, flow.faces.bold, style.size, g.widths[i] - 2 * PAD_X));
  const headerLines = Math.max(0, ...g.narrow.map((i) => titleLines[i].length)) + g.wide.reduce((s, i) => s + titleLines[i].length, 0);
  const headerHeight = heightOf(headerLines);

  const drawHeader = () => {
    flow.sink.fillRect(g.left, flow.y, g.width, headerHeight, colour.tableHeader);
    let line = 0;
    for (const i of g.narrow) {
      titleLines[i].forEach((text, j) => {
        flow.sink.text(
          flow.faces.bold,
          style.size,
          g.xs[i] + PAD_X,
          baselineOf(flow.y + PAD_Y + j * style.leading, style),
          text,
          colour.text,
        );
      });
      line = Math.max(line, titleLines[i].length);
    }
    for (const i of g.wide) {
      for (const text of titleLines[i]) {
        flow.sink.text(
          flow.faces.bold,
          style.size,
          g.left + PAD_X,
          baselineOf(flow.y + PAD_Y + line * style.leading, style),
          text,
          colour.muted,
        );
        line++;
      }
    }
    flow.y += headerHeight;
    flow.sink.hline(g.left, g.left + g.width, flow.y, 0.6, colour.rule);
  };
  const startOnNewPage = () => {
    flow.newPage();
    drawHeader();
  };

  const usableLines = Math.floor((page.bottom - page.top - headerHeight - 2 * PAD_Y) / style.leading);
  let index = 0;
  const next = (): LaidOutRow | null => {
    const cells = index < sample.length ? sample[index] : undefined;
    if (cells) return layoutRow(flow, g, cells);
    const more = iterator.next();
    return more.done ? null : layoutRow(flow, g, more.value);
  };

  const first = next();
  // The header keeps its first row: the whole row, or the first lines of one that may be split.
  const firstLines = first ? first.height : 0;
  const splittable = firstLines >= SPLIT_ROWS_FROM || firstLines > usableLines;
  flow.ensure(headerHeight + heightOf(splittable ? MIN_LINES_PER_PAGE : firstLines));
  drawHeader();
  for (let row = first; row !== null; index++, row = next()) {
    const lines = row.height;
    const fitLines = Math.floor((page.bottom - flow.y - 2 * PAD_Y) / style.leading);
    if (lines > fitLines) {
      // Short rows move whole; a tall one is split when enough of it fits here and enough is left over.
      const split = lines >= SPLIT_ROWS_FROM && fitLines >= MIN_LINES_PER_PAGE && lines - fitLines >= MIN_LINES_PER_PAGE;
      if (!split && lines <= usableLines) startOnNewPage();
    }
    drawRow(flow, g, row, index % 2 === 1, startOnNewPage);
  }
  flow.y += 4;
}

/** Draws one row from the cursor down; what does not fit continues on the next page, line by line. */
function drawRow(flow: Flow, g: Geometry, row: LaidOutRow, zebra: boolean, startOnNewPage: () => void): void {
  let from = 0;
  while (from < row.height) {
    let fit = Math.max(1, Math.floor((page.bottom - flow.y - 2 * PAD_Y) / style.leading));
    // Never leave fewer than MIN_LINES_PER_PAGE lines of a split row for the next page.
    const left = row.height - from - fit;
    if (left > 0 && left < MIN_LINES_PER_PAGE) fit = Math.max(1, fit - (MIN_LINES_PER_PAGE - left));
    const to = Math.min(row.height, from + fit);
    const top = flow.y;
    if (zebra) flow.sink.fillRect(g.left, top, g.width, heightOf(to - from), colour.zebra);
    // Column by column, each cell's lines on this page as one run (reads as one text when copied).
    const baseline = baselineOf(top + PAD_Y, style);
    for (const i of g.narrow) {
      const face = faceFor(flow, row.tones[i]);
      const end = Math.min(to, row.cellLines, row.lines[i].length);
      flow.sink.textLines(face, style.size, g.xs[i] + PAD_X, baseline, style.leading, row.lines[i], from, end, colourFor(row.tones[i]));
    }
    g.wide.forEach((i, k) => {
      // Lines of this wide cell that fall in [from, to), as indices into its own lines.
      const start = row.wideStart[k];
      const first = Math.max(from, start);
      const last = Math.min(to, start + row.lines[i].length);
      if (first >= last) return;
      const face = faceFor(flow, row.tones[i]);
      const at = baselineOf(top + PAD_Y + (first - from) * style.leading, style);
      flow.sink.textLines(
        face,
        style.size,
        g.left + PAD_X,
        at,
        style.leading,
        row.lines[i],
        first - start,
        last - start,
        colourFor(row.tones[i]),
      );
    });
    flow.y = top + heightOf(to - from);
    flow.sink.hline(g.left, g.left + g.width, flow.y, 0.3, colour.rule);
    from = to;
    if (from < row.height) startOnNewPage();
  }
}
