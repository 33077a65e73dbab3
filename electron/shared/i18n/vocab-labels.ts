import type { TFunction } from 'i18next';
import type { Language } from '../vocab';
import type { Catalogue } from './catalogue';
import { lookup } from './message';
import { translator } from './translate';

/** A closed vocabulary's group in the catalogue (vocab.<group>.<value>). */
export type VocabGroup = Exclude<keyof Catalogue['vocab'], 'format'>;

/** Groups whose values are letters of an article (a, b, …): the label is shown after its letter. */
const litraGroups = new Set<VocabGroup>(['art6', 'art9']);

/**
 * The label of one vocabulary value — the one label it has everywhere — or the dash when there is
 * none. Art 6(1) and 9(2) values carry their letter: "a) Samtykke".
 */
export function vocabLabel(t: TFunction, group: VocabGroup, value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const label = lookup(t, `vocab.${group}.${value}`);
  return litraGroups.has(group) ? t('vocab.format.litra', { litra: value, label }) : label;
}

/** The value's label without a letter in front, e.g. inside a citation. */
export function bareVocabLabel(t: TFunction, group: VocabGroup, value: string | number): string {
  return lookup(t, `vocab.${group}.${value}`);
}

/** An Art 6(1) or 9(2) value cited in full, as the report prints it: "Art. 6, stk. 1, litra a – Samtykke". */
export function legalBasisCitation(t: TFunction, article: 'art6' | 'art9', litra: string): string {
  return t(`vocab.format.${article}`, { litra, label: bareVocabLabel(t, article, litra) });
}

/** Options for a Select / MultiSelect over a closed vocabulary. */
export function vocabOptions(t: TFunction, group: VocabGroup, values: readonly (string | number)[]): { value: string; label: string }[] {
  return values.map((v) => ({ value: String(v), label: vocabLabel(t, group, v) }));
}

const both = new Map<string, { da: string; en: string }>();

/** A value's label in both languages at once, for texts that carry both (the rules engine's findings). */
export function vocabText(group: VocabGroup, value: string | number): { da: string; en: string } {
  const id = `${group}.${value}`;
  let text = both.get(id);
  if (!text) {
    text = { da: bareVocabLabel(translator('da'), group, value), en: bareVocabLabel(translator('en'), group, value) };
    both.set(id, text);
  }
  return text;
}

/**
 * A label written inside a sentence: a capital that only starts the label ("Databehandler",
 * "Retsgrundlag (fritekst)") becomes small; one that belongs to a name or an abbreviation
 * ("EU-US …", "UK IDTA") stays. For common nouns only; names of instruments are left as they are.
 */
export function inSentence(text: { da: string; en: string }): { da: string; en: string } {
  const lower = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
  return { da: lower(text.da), en: lower(text.en) };
}

/** The same for any catalogue key (field names, fixed words). */
export function catalogueText(key: string): Record<Language, string> {
  let text = both.get(key);
  if (!text) {
    text = { da: lookup(translator('da'), key), en: lookup(translator('en'), key) };
    both.set(key, text);
  }
  return text;
}
