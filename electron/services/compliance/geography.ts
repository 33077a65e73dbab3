import { countryName } from '../../shared/i18n/countries';
import type { LocalizedText } from '../../shared/schemas/findings';
import type { KnowledgeBase } from './knowledge-base';

/** Where a recipient sits for Chapter V: inside the EEA, in a third country or international organisation, or not recorded. */
export type Destination = 'eea' | 'third' | 'unknown';

/**
 * EEA membership on a date. The EEA list comes from the knowledge base; an exception such as
 * the UK (treated as EEA before 2021-01-01, the Brexit transition) applies only before its date.
 * Greenland and the Faroe Islands are simply not on the list: they are third countries.
 */
export function isEea(kb: KnowledgeBase, country: string, asOf: string): boolean {
  if (kb.eea.has(country)) return true;
  return kb.files.countries.exceptions.some((x) => x.country === country && asOf < x.treatAsEeaBefore);
}

export function destinationOf(kb: KnowledgeBase, country: string | null, isInternationalOrganisation: boolean, asOf: string): Destination {
  if (country === null) return isInternationalOrganisation ? 'third' : 'unknown';
  if (isInternationalOrganisation || kb.files.countries.internationalOrganisations.includes(country)) return 'third';
  return isEea(kb, country, asOf) ? 'eea' : 'third';
}

/** An interim arrangement (the UK bridge of 2021) in force on the date, if any. */
export function bridgeOn(kb: KnowledgeBase, country: string, asOf: string) {
  return kb.files.countries.bridges.find((b) => b.country === country && b.from <= asOf && asOf <= b.until) ?? null;
}

/** The EEA exception that applies to the country on the date (its tag is M), if any. */
export function eeaExceptionOn(kb: KnowledgeBase, country: string, asOf: string) {
  return kb.files.countries.exceptions.find((x) => x.country === country && asOf < x.treatAsEeaBefore) ?? null;
}

const labels = new Map<string | null, LocalizedText>();

/** The country's name in both languages (one shared object per code). */
export function countryLabel(code: string | null): LocalizedText {
  let label = labels.get(code);
  if (!label) {
    label = { da: countryName(code, 'da'), en: countryName(code, 'en') };
    labels.set(code, label);
  }
  return label;
}
