import type { Flow } from './flow';
import type { Face } from './fonts';
import { colour, contentWidth, page, type Rgb, type TextStyle, type } from './theme';
import { wrapText } from './wrap';

/** Baseline of a line whose box starts at `top`. */
export function baselineOf(top: number, style: TextStyle): number {
  return top + (style.leading - style.size) / 2 + style.size * 0.8;
}

/** A piece of text to print, with a tone: empty values are printed in a distinct colour, never hidden. */
export type Tone = 'normal' | 'muted' | 'bold' | 'empty';
export type Cell = string | { text: string; tone: Tone };

export function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

export function toneOf(cell: Cell): Tone {
  return typeof cell === 'string' ? 'normal' : cell.tone;
}

export function faceFor(flow: Flow, tone: Tone): Face {
  return tone === 'bold' ? flow.faces.bold : flow.faces.regular;
}

export function colourFor(tone: Tone): Rgb {
  if (tone === 'muted') return colour.muted;
  if (tone === 'empty') return colour.empty;
  return colour.text;
}

/** Draws already-wrapped lines from the cursor down, breaking pages between lines. */
export function drawLines(flow: Flow, lines: string[], face: Face, style: TextStyle, x: number, tint: Rgb): void {
  let from = 0;
  while (from < lines.length) {
    flow.ensure(style.leading);
    // As many lines as this page holds, in one run.
    const to = Math.min(lines.length, from + Math.max(1, Math.floor((page.bottom - flow.y) / style.leading)));
    flow.sink.textLines(face, style.size, x, baselineOf(flow.y, style), style.leading, lines, from, to, tint);
    flow.y += (to - from) * style.leading;
    from = to;
  }
}

export interface ParagraphOptions {
  tone?: Tone;
  style?: TextStyle;
  indent?: number;
  width?: number;
}

/** A wrapped paragraph; at least two lines stay together so no single line is stranded. */
export function paragraph(flow: Flow, text: Cell, options: ParagraphOptions = {}): void {
  const tone = options.tone ?? toneOf(text);
  const style = options.style ?? type.body;
  const indent = options.indent ?? 0;
  const face = faceFor(flow, tone);
  const lines = wrapText(cellText(text), face, style.size, (options.width ?? contentWidth) - indent);
  flow.ensure(Math.min(lines.length, 2) * style.leading);
  drawLines(flow, lines, face, style, page.left + indent, colourFor(tone));
}

const LABEL_WIDTH = 168;
/** A value that would take more lines than this beside its label is printed under it, full width. */
const STACK_AFTER_LINES = 5;

/**
 * "Label: value" as two columns; the label sits on the value's first line. A long value is printed
 * under its label across the full width instead (a narrow column of long prose wastes pages); the
 * reading order is the same. Long values continue over pages (the running header names the
 * section). Per page, the label's lines are drawn before the value's, so each reads as one run of
 * text when copied or searched.
 */
export function labelValue(
  flow: Flow,
  label: string,
  value: Cell,
  options: { indent?: number; deferred?: { key: string; size: number } } = {},
): void {
  const style = type.body;
  const indent = options.indent ?? 0;
  if (options.deferred) {
    // A one-line value known only at the end of the document (a shared form, filled in then).
    flow.ensure(style.leading);
    const baseline = baselineOf(flow.y, style);
    flow.sink.text(flow.faces.bold, style.size, page.left + indent, baseline, label, colour.muted);
    flow.sink.deferredText(
      options.deferred.key,
      flow.faces.regular,
      options.deferred.size,
      page.left + indent + LABEL_WIDTH,
      baseline,
      colour.text,
    );
    flow.y += style.leading;
    return;
  }
  const tone = toneOf(value);
  const face = faceFor(flow, tone);
  const text = cellText(value);
  const valueWidth = contentWidth - indent - LABEL_WIDTH;
  // Clearly long prose goes under its label without being wrapped twice (beside it, then under it).
  const clearlyLong = text.length > 400 && face.width(text, style.size) > (STACK_AFTER_LINES + 2) * valueWidth;
  const valueLines = clearlyLong ? [] : wrapText(text, face, style.size, valueWidth);
  if (clearlyLong || valueLines.length > STACK_AFTER_LINES) {
    const labelLines = wrapText(label, flow.faces.bold, style.size, contentWidth - indent);
    flow.keepWithNext(labelLines.length * style.leading, () => {
      drawLines(flow, labelLines, flow.faces.bold, style, page.left + indent, colour.muted);
    });
    paragraph(flow, value, { indent });
    return;
  }
  const labelLines = wrapText(label, flow.faces.bold, style.size, LABEL_WIDTH - 8);
  const valueX = page.left + indent + LABEL_WIDTH;
  const rows = Math.max(labelLines.length, valueLines.length);
  flow.ensure(Math.min(rows, 3) * style.leading);
  let row = 0;
  while (row < rows) {
    flow.ensure(style.leading);
    const end = Math.min(rows, row + Math.max(1, Math.floor((page.bottom - flow.y) / style.leading)));
    const top = flow.y;
    const baseline = baselineOf(top, style);
    flow.sink.textLines(
      flow.faces.bold,
      style.size,
      page.left + indent,
      baseline,
      style.leading,
      labelLines,
      row,
      Math.min(end, labelLines.length),
      colour.muted,
    );
    flow.sink.textLines(
      face,
      style.size,
      valueX,
      baseline,
      style.leading,
      valueLines,
      row,
      Math.min(end, valueLines.length),
      colourFor(tone),
    );
    flow.y = top + (end - row) * style.leading;
    row = end;
  }
}

/**
 * An Art 30 item heading: the litra in the margin and the official wording beside it, on the same
 * page as the start of what follows (no heading alone at a page foot).
 */
export function itemHeading(flow: Flow, litra: string, wording: string): void {
  const style = type.item;
  const hang = 20;
  const lines = wrapText(wording, flow.faces.bold, style.size, contentWidth - hang);
  flow.gap(6);
  flow.keepWithNext(lines.length * style.leading + 3, () => {
    flow.sink.text(flow.faces.bold, style.size, page.left, baselineOf(flow.y, style), `${litra})`, colour.accent);
    drawLines(flow, lines, flow.faces.bold, style, page.left + hang, colour.accent);
    flow.y += 3;
  });
}

/** A small bold sub-heading inside an item (e.g. the linkage table's title), kept with what follows. */
export function subHeading(flow: Flow, text: string): void {
  const style = type.body;
  const lines = wrapText(text, flow.faces.bold, style.size, contentWidth);
  flow.gap(4);
  flow.keepWithNext(lines.length * style.leading + 1, () => {
    drawLines(flow, lines, flow.faces.bold, style, page.left, colour.text);
    flow.y += 1;
  });
}

/** A full-width thin rule. */
export function rule(flow: Flow, tint: Rgb = colour.rule, width = 0.6): void {
  flow.sink.hline(page.left, page.width - page.right, flow.y, width, tint);
}
