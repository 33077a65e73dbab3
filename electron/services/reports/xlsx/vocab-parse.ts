import {
  type ActivityStatus,
  type Art6Basis,
  type Art9Condition,
  type Art10Ground,
  activityStatuses,
  art6Bases,
  art9Conditions,
  art10Grounds,
  type CprGround,
  cprGrounds,
  type DpiaStatus,
  dpiaStatuses,
} from '../../../shared/vocab';
import { vocabLabels } from '../labels/vocab-labels';

/**
 * Reads vocabulary labels back from cells, in Danish or English: the exact labels the export writes,
 * and for the legal bases also the citation alone ("Art 6(1)(f)", "art. 6, stk. 1, litra f") or the
 * short name alone ("Legitimate interests", "Samtykke"), as a DPO may type them.
 */
type Parsed<T> = T | null | { error: string };

function table<K extends string>(keys: readonly K[], label: (lang: 'da' | 'en', key: K) => string): Map<string, K> {
  const map = new Map<string, K>();
  for (const lang of ['da', 'en'] as const) for (const key of keys) map.set(norm(label(lang, key)), key);
  return map;
}

function norm(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

const da = vocabLabels('da');
const en = vocabLabels('en');
const pick = (lang: 'da' | 'en') => (lang === 'da' ? da : en);

const art6Labels = table(art6Bases, (l, k) => pick(l).art6(k));
const art6Short = table(art6Bases, (l, k) => pick(l).art6(k).split(' – ')[1] ?? '');
const art9Labels = table(art9Conditions, (l, k) => pick(l).art9(k));
const art9Short = table(art9Conditions, (l, k) => pick(l).art9(k).split(' – ')[1] ?? '');
const art10Labels = table(art10Grounds, (l, k) => pick(l).art10(k));
const cprLabels = table(cprGrounds, (l, k) => pick(l).cpr(k));
const dpiaLabels = table(dpiaStatuses, (l, k) => pick(l).dpia(k));
const statusLabels = table(activityStatuses, (l, k) => pick(l).status(k));

function litra<T extends string>(cell: string, article: 6 | 9, allowed: readonly T[]): T | null {
  const stk = article === 6 ? 1 : 2;
  const patterns = [
    new RegExp(`${article}\\s*\\(${stk}\\)\\s*\\(([a-j])\\)`, 'i'),
    new RegExp(`${article},\\s*stk\\.\\s*${stk},\\s*litra\\s*([a-j])`, 'i'),
  ];
  for (const p of patterns) {
    const m = p.exec(cell);
    if (m && (allowed as readonly string[]).includes(m[1].toLowerCase())) return m[1].toLowerCase() as T;
  }
  return null;
}

export function parseArt6(cell: string): Parsed<Art6Basis> {
  if (cell.trim() === '') return null;
  const found = art6Labels.get(norm(cell)) ?? litra(cell, 6, art6Bases) ?? art6Short.get(norm(cell));
  return found ?? { error: `"${cell}" is not an Article 6(1) lawful basis (e.g. "Art 6(1)(b) – contract")` };
}

export function parseArt9(cell: string): Parsed<Art9Condition> {
  if (cell.trim() === '') return null;
  const found = art9Labels.get(norm(cell)) ?? litra(cell, 9, art9Conditions) ?? art9Short.get(norm(cell));
  return found ?? { error: `"${cell}" is not an Article 9(2) condition (e.g. "Art 9(2)(a) – explicit consent")` };
}

export function art10FromLabel(line: string): Art10Ground | undefined {
  return art10Labels.get(norm(line));
}

export function cprFromLabel(line: string): CprGround | undefined {
  return cprLabels.get(norm(line));
}

export function parseDpiaStatus(cell: string): Parsed<DpiaStatus> {
  if (cell.trim() === '') return null;
  return dpiaLabels.get(norm(cell)) ?? { error: `"${cell}" is not a DPIA status (${dpiaStatuses.map((s) => en.dpia(s)).join(', ')})` };
}

export function parseStatus(cell: string): Parsed<ActivityStatus> {
  if (cell.trim() === '') return null;
  return statusLabels.get(norm(cell)) ?? { error: `"${cell}" is not a status (${activityStatuses.map((s) => en.status(s)).join(', ')})` };
}

export function isError(value: unknown): value is { error: string } {
  return typeof value === 'object' && value !== null && 'error' in value;
}
