import type { TFunction } from 'i18next';
import { type Message, message } from '../../../shared/i18n/message';
import { translator } from '../../../shared/i18n/translate';
import { bareVocabLabel, legalBasisCitation, vocabLabel } from '../../../shared/i18n/vocab-labels';
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
  type DataSensitivity,
  type DpiaStatus,
  dataSensitivities,
  dpiaStatuses,
  languages,
  type RecipientRole,
  recipientRoles,
} from '../../../shared/vocab';

/**
 * Reads vocabulary labels back from cells, in Danish or English: the exact labels the export writes
 * (the catalogue's), and for the legal bases also the citation alone ("Art 6(1)(f)", "art. 6, stk. 1,
 * litra f") or the label alone ("Legitimate interests", "Samtykke"), as a DPO may type them.
 */
type Parsed<T> = T | null | { error: Message };

function norm(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

function table<K extends string>(keys: readonly K[], label: (t: TFunction, key: K) => string): Map<string, K> {
  const map = new Map<string, K>();
  for (const lang of languages) for (const key of keys) map.set(norm(label(translator(lang), key)), key);
  return map;
}

const art6Labels = table(art6Bases, (t, k) => legalBasisCitation(t, 'art6', k));
const art6Short = table(art6Bases, (t, k) => bareVocabLabel(t, 'art6', k));
const art9Labels = table(art9Conditions, (t, k) => legalBasisCitation(t, 'art9', k));
const art9Short = table(art9Conditions, (t, k) => bareVocabLabel(t, 'art9', k));
const art10Labels = table(art10Grounds, (t, k) => vocabLabel(t, 'art10', k));
const cprLabels = table(cprGrounds, (t, k) => vocabLabel(t, 'cpr', k));
const dpiaLabels = table(dpiaStatuses, (t, k) => vocabLabel(t, 'dpiaStatus', k));
const statusLabels = table(activityStatuses, (t, k) => vocabLabel(t, 'activityStatus', k));

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
  return found ?? { error: message('xlsx.notArt6', { value: cell }) };
}

export function parseArt9(cell: string): Parsed<Art9Condition> {
  if (cell.trim() === '') return null;
  const found = art9Labels.get(norm(cell)) ?? litra(cell, 9, art9Conditions) ?? art9Short.get(norm(cell));
  return found ?? { error: message('xlsx.notArt9', { value: cell }) };
}

export function art10FromLabel(line: string): Art10Ground | undefined {
  return art10Labels.get(norm(line));
}

export function cprFromLabel(line: string): CprGround | undefined {
  return cprLabels.get(norm(line));
}

export function parseDpiaStatus(cell: string): Parsed<DpiaStatus> {
  if (cell.trim() === '') return null;
  return dpiaLabels.get(norm(cell)) ?? { error: message('xlsx.notDpiaStatus', { value: cell }) };
}

export function parseStatus(cell: string): Parsed<ActivityStatus> {
  if (cell.trim() === '') return null;
  return statusLabels.get(norm(cell)) ?? { error: message('xlsx.notStatus', { value: cell }) };
}

export function isError(value: unknown): value is { error: Message } {
  return typeof value === 'object' && value !== null && 'error' in value;
}

const roleLabels = table(recipientRoles, (t, k) => vocabLabel(t, 'recipientRole', k));

export function roleFromLabel(label: string): RecipientRole | undefined {
  return roleLabels.get(norm(label));
}

const sensitivityLabels = table(dataSensitivities, (t, k) => vocabLabel(t, 'sensitivity', k));

export function sensitivityFromLabel(label: string): DataSensitivity | undefined {
  return sensitivityLabels.get(norm(label));
}
