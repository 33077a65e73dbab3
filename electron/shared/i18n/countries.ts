import type { Language } from '../vocab';
import { lookup } from './message';
import { translator } from './translate';

const names = new Map<string, string>();
const displayNames = new Map<Language, Intl.DisplayNames>();

/**
 * A country's name in the user's language, from the Unicode CLDR data every JavaScript runtime
 * carries (Intl.DisplayNames); codes that are not ISO regions (an international organisation such
 * as EPO) are named by the catalogue (`country.<code>`), and shown as given when it has none.
 */
export function countryName(code: string | null | undefined, lang: Language): string {
  const t = translator(lang);
  if (!code) return lookup(t, 'country.unknown');
  const id = `${lang}:${code}`;
  let name = names.get(id);
  if (name === undefined) {
    name = lookup(t, `country.${code}`, { defaultValue: '' }) || regionName(code, lang) || code;
    names.set(id, name);
  }
  return name;
}

function regionName(code: string, lang: Language): string | null {
  let dn = displayNames.get(lang);
  if (!dn) {
    dn = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    displayNames.set(lang, dn);
  }
  try {
    return dn.of(code) ?? null;
  } catch {
    return null;
  }
}
