import type { Language } from '../../../shared/vocab';

/** EU member states plus Iceland, Liechtenstein and Norway: transfers outside these are Chapter V transfers. */
const EEA = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

export function isThirdCountry(code: string | null): boolean {
  return code !== null && !EEA.has(code);
}

/** Country name in the report language: the same name the app and the rules engine use. */
export { countryName } from '../../../shared/i18n/countries';

const MONTHS_DA = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Short date for tables: Danish 25.11.2026, English ISO 2026-11-25 (unambiguous for any reader). */
export function shortDate(iso: string, lang: Language): string {
  if (lang === 'en') return iso;
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

/** Long date for the cover: "25. november 2026" / "25 November 2026". */
export function longDate(iso: string, lang: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  return lang === 'da' ? `${d}. ${MONTHS_DA[m - 1]} ${y}` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

const collators = new Map<Language, Intl.Collator>();

/** Collator for sorting names the way a Danish or English reader expects (æ, ø, å after z in Danish). */
export function collator(lang: Language): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
    collators.set(lang, c);
  }
  return c;
}
