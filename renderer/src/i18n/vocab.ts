import type { TFunction } from 'i18next';
import type vocabDa from './vocab.da.json';

/** A vocabulary group in the resource files (vocab.<group>.<value>). */
export type VocabGroup = keyof typeof vocabDa;

/** The label of one vocabulary value, or the dash when there is none. */
export function vocabLabel(t: TFunction, group: VocabGroup, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  return t(`vocab.${group}.${value}` as never);
}

/** Options for a Select / MultiSelect over a closed vocabulary, labelled in the current language. */
export function vocabOptions(t: TFunction, group: VocabGroup, values: readonly (string | number)[]): { value: string; label: string }[] {
  return values.map((v) => ({ value: String(v), label: vocabLabel(t, group, v) }));
}
