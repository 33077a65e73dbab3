import { type Message, message } from '../../../shared/i18n/message';
import type { Language } from '../../../shared/vocab';
import { reportLabels } from '../labels/report-labels';

/**
 * How list-like and structured values are written into one spreadsheet cell, and read back.
 * Lists are one item per line. Retention and security cells hold free text first and then bullet
 * lines ("• "), so the free text and the per-item part survive a round trip separately.
 */

export const BULLET = '• ';

export function lines(items: (string | null | undefined)[]): string {
  return items.filter((x): x is string => !!x && x.trim() !== '').join('\n');
}

/** Non-empty trimmed lines of a cell. */
export function splitLines(cell: string): string[] {
  return cell
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Free text and bullet items of a cell: "text\n• a\n• b" → { text, bullets: [a, b] }. */
export function splitBullets(cell: string): { text: string | null; bullets: string[] } {
  const text: string[] = [];
  const bullets: string[] = [];
  for (const line of cell.split(/\r?\n/)) {
    if (line.startsWith(BULLET)) bullets.push(line.slice(BULLET.length).trim());
    else text.push(line);
  }
  const joined = text.join('\n').trim();
  return { text: joined === '' ? null : joined, bullets };
}

export function withBullets(text: string | null, bullets: string[]): string {
  return lines([text, ...bullets.map((b) => `${BULLET}${b}`)]);
}

export interface RetentionItem {
  name: string;
  months: number | null;
  text: string | null;
}

/** "Kontaktoplysninger: 36 måneder – Fra kursets afslutning" (the dash part only when there is a note). */
export function formatRetention(item: RetentionItem, lang: Language): string {
  const t = reportLabels(lang);
  const period = item.months === null ? '–' : t.months(item.months);
  return `${item.name}: ${period}${item.text ? ` – ${item.text}` : ''}`;
}

const MONTHS = /^(\d{1,4}) (?:måned|måneder|month|months)$/i;

/**
 * Reads a retention bullet back, given the names it may start with (the row's data categories).
 * Returns null when the line names none of them or the period cannot be read.
 */
export function parseRetention(line: string, names: string[]): RetentionItem | { error: Message } {
  const name = [...names].sort((a, b) => b.length - a.length).find((n) => line.startsWith(`${n}: `));
  if (!name) return { error: message('xlsx.retentionNoCategory', { value: line }) };
  const rest = line.slice(name.length + 2);
  const dash = rest.indexOf(' – ');
  const period = (dash >= 0 ? rest.slice(0, dash) : rest).trim();
  const text = dash >= 0 ? rest.slice(dash + 3).trim() : null;
  if (period === '–') return { name, months: null, text };
  const m = MONTHS.exec(period);
  if (!m) return { error: message('xlsx.notMonths', { value: period }) };
  return { name, months: Number(m[1]), text };
}

export function yesNo(value: boolean, lang: Language): string {
  const t = reportLabels(lang);
  return value ? t.yes : t.no;
}

export function parseYesNo(cell: string): boolean | null | { error: Message } {
  const v = cell.trim().toLowerCase();
  if (v === '') return null;
  if (v === 'yes' || v === 'ja') return true;
  if (v === 'no' || v === 'nej') return false;
  return { error: message('xlsx.notYesNo', { value: cell }) };
}

/** "HubSpot Inc. (privacy@hubspot.com)" → candidates to match against catalogue names. */
export function nameCandidates(line: string): string[] {
  const m = /^(.*?)\s*\([^()]*\)$/.exec(line);
  return m && m[1] !== '' ? [line, m[1]] : [line];
}
