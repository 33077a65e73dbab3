import { baselineOf, type Cell, cellText, colourFor, faceFor, toneOf } from './blocks';
import type { Flow } from './flow';
import { colour, contentWidth, page, type } from './theme';
import { wrapText } from './wrap';

export interface Column {
  title: string;
  /** Share of the table width; shares are normalised. */
  share: number;
}

const PAD_X = 4;
const PAD_Y = 2.5;
const style = type.table;

interface LaidOutRow {
  lines: string[][];
  tones: ReturnType<typeof toneOf>[];
  height: number;
}

/**
 * A table that breaks across pages the way a reader expects: the header row is repeated on every
 * page, the header never sits alone at a page foot, a row moves whole to the next page when it fits
 * there, and only a row taller than a page is split (between lines).
 */
export function table(flow: Flow, columns: Column[], rows: Iterable<Cell[]>, indent = 0): void {
  const totalShare = columns.reduce((s, c) => s + c.share, 0);
  const width = contentWidth - indent;
  const widths = columns.map((c) => (c.share / totalShare) * width);
  const xs: number[] = [];
  let x = page.left + indent;
  for (const w of widths) {
    xs.push(x);
    x += w;
  }
  const headerLines = columns.map((c, i) => wrapText(c.title, flow.faces.bold, style.size, widths[i] - 2 * PAD_X));
  const headerHeight = Math.max(...headerLines.map((l) => l.length)) * style.leading + 2 * PAD_Y;

  const layout = (row: Cell[]): LaidOutRow => {
    const tones = row.map(toneOf);
    const lines = row.map((cell, i) => wrapText(cellText(cell), faceFor(flow, tones[i]), style.size, widths[i] - 2 * PAD_X));
    return { lines, tones, height: Math.max(...lines.map((l) => l.length)) * style.leading + 2 * PAD_Y };
  };

  const drawHeader = () => {
    flow.sink.fillRect(xs[0], flow.y, width, headerHeight, colour.tableHeader);
    headerLines.forEach((lines, i) => {
      lines.forEach((line, j) => {
        const baseline = baselineOf(flow.y + PAD_Y + j * style.leading, style);
        flow.sink.text(flow.faces.bold, style.size, xs[i] + PAD_X, baseline, line, colour.text);
      });
    });
    flow.y += headerHeight;
    flow.sink.hline(xs[0], xs[0] + width, flow.y, 0.6, colour.rule);
  };

  const startOnNewPage = () => {
    flow.newPage();
    drawHeader();
  };

  // Rows are taken one at a time (a long annex is never held whole).
  const iterator = rows[Symbol.iterator]();
  const head = iterator.next();
  const first = head.done ? null : layout(head.value);
  // Keep the header with the first row (or its first three lines when the row is very tall).
  const firstNeed = first ? Math.min(first.height, 3 * style.leading + 2 * PAD_Y) : 0;
  flow.ensure(headerHeight + firstNeed);
  drawHeader();

  const usable = page.bottom - page.top - headerHeight;
  let index = 0;
  for (let laid = first; laid !== null; index++) {
    if (flow.y + laid.height > page.bottom && laid.height <= usable) startOnNewPage();
    drawRow(flow, laid, xs, width, index % 2 === 1, startOnNewPage);
    const next = iterator.next();
    laid = next.done ? null : layout(next.value);
  }
  flow.y += 5;
}

/** Draws one row; a row taller than the space left is continued on the next page, line by line. */
function drawRow(flow: Flow, row: LaidOutRow, xs: number[], width: number, zebra: boolean, startOnNewPage: () => void): void {
  const maxLines = Math.max(...row.lines.map((l) => l.length));
  let from = 0;
  while (from < maxLines) {
    const fit = Math.max(1, Math.floor((page.bottom - flow.y - 2 * PAD_Y) / style.leading));
    const to = Math.min(maxLines, from + fit);
    const height = (to - from) * style.leading + 2 * PAD_Y;
    if (zebra) flow.sink.fillRect(xs[0], flow.y, width, height, colour.zebra);
    row.lines.forEach((lines, i) => {
      const tone = row.tones[i];
      for (let j = from; j < Math.min(to, lines.length); j++) {
        const baseline = baselineOf(flow.y + PAD_Y + (j - from) * style.leading, style);
        flow.sink.text(faceFor(flow, tone), style.size, xs[i] + PAD_X, baseline, lines[j], colourFor(tone));
      }
    });
    flow.y += height;
    flow.sink.hline(xs[0], xs[0] + width, flow.y, 0.3, colour.rule);
    from = to;
    if (from < maxLines) startOnNewPage();
  }
}
