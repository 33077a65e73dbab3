import type { Face } from './face';

const SPACE = 32;

/**
 * Greedy line breaking in one scan over the characters, with cached per-character widths: no words
 * are split out and no growing substring is ever re-measured (the cost that makes naive
 * heightOfString-style layout slow on long text). Paragraph breaks in the DPO's text are kept; runs
 * of blank lines collapse to one; a word wider than the column is cut, with a hyphen between letters.
 */
export function wrapText(text: string, face: Face, size: number, maxWidth: number): string[] {
  const source = text.indexOf('\r') >= 0 || text.indexOf('\t') >= 0 ? text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ') : text;
  const limit = (maxWidth * 1000) / size;
  const lines: string[] = [];
  let blankPending = false;
  let start = 0;
  const n = source.length;
  while (start <= n) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = n;
    const before = lines.length;
    wrapParagraph(source, start, end, face, limit, lines, blankPending);
    if (lines.length === before) blankPending = lines.length > 0;
    else blankPending = false;
    start = end + 1;
    if (end === n) break;
  }
  return lines.length > 0 ? lines : [''];
}

function wrapParagraph(text: string, from: number, to: number, face: Face, limit: number, lines: string[], blankFirst: boolean): void {
  let i = from;
  let first = true;
  while (i < to) {
    while (i < to && text.charCodeAt(i) === SPACE) i++;
    if (i >= to) return;
    if (first && blankFirst) lines.push('');
    first = false;
    const lineStart = i;
    let width = 0;
    let lastSpace = -1;
    let broke = false;
    while (i < to) {
      const unit = text.charCodeAt(i);
      if (unit === SPACE) lastSpace = i;
      const w = face.advanceAt(text, i);
      if (width + w > limit && i > lineStart && !isLowSurrogate(unit)) {
        if (unit === SPACE || lastSpace > lineStart) {
          const cut = unit === SPACE ? i : lastSpace;
          lines.push(trimEnd(text, lineStart, cut));
          i = cut + 1;
        } else {
          i = cutWord(text, lineStart, i, width, face, limit, lines);
        }
        broke = true;
        break;
      }
      width += w;
      i++;
    }
    if (!broke) lines.push(trimEnd(text, lineStart, to));
  }
}

/**
 * Cuts an over-long word at `at`. A word of letters (a long Danish compound) gets a hyphen and never
 * carries fewer than three letters over ("Underskreve-t" reads worse than "Underskre-vet"); anything
 * else (a URL, an e-mail address, a hash) is cut without one, since a hyphen would change it.
 */
function cutWord(text: string, start: number, at: number, width: number, face: Face, limit: number, lines: string[]): number {
  let wordEnd = at;
  while (wordEnd < text.length && text.charCodeAt(wordEnd) !== SPACE && text.charCodeAt(wordEnd) !== 10) wordEnd++;
  let letters = true;
  for (let i = start; i < wordEnd && letters; i++) letters = isLetter(text, i) || text.charCodeAt(i) === 0x2d;
  if (!letters || !isLetter(text, at - 1) || !isLetter(text, at)) {
    lines.push(text.slice(start, at));
    return at;
  }
  const hyphen = face.advanceAt('-', 0);
  let cut = at;
  let w = width;
  while (cut > start + 1 && w + hyphen > limit) {
    cut--;
    w -= face.advanceAt(text, cut);
  }
  if (wordEnd - cut < 3 && wordEnd - start > 5) cut = Math.max(start + 2, wordEnd - 3);
  lines.push(`${text.slice(start, cut)}-`);
  return cut;
}

function trimEnd(text: string, from: number, to: number): string {
  let end = to;
  while (end > from && text.charCodeAt(end - 1) === SPACE) end--;
  return text.slice(from, end);
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function isLetter(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if ((unit >= 65 && unit <= 90) || (unit >= 97 && unit <= 122)) return true;
  return unit > 127 && /\p{L}/u.test(text.charAt(i));
}

/** Shortens one line to fit `maxWidth`, ending in an ellipsis (for running headers and TOC lines). */
export function truncate(text: string, face: Face, size: number, maxWidth: number): string {
  const limit = (maxWidth * 1000) / size;
  let width = 0;
  for (let i = 0; i < text.length; i++) width += face.advanceAt(text, i);
  if (width <= limit) return text;
  const budget = limit - face.advanceAt('…', 0);
  let end = 0;
  width = 0;
  while (end < text.length) {
    const w = face.advanceAt(text, end);
    if (width + w > budget) {
      if (isLowSurrogate(text.charCodeAt(end))) end--; // never split a surrogate pair
      break;
    }
    width += w;
    end++;
  }
  return `${text.slice(0, end).trimEnd()}…`;
}
