/** Display helpers: pure functions of (value, language). */

const dash = '—';

/** The UI language as an Intl locale: English dates in the European order (1 May 2024), as a Danish DPO writes them. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language === 'da' ? 'da-DK' : language;
}

/**
 * One Intl formatter per language and kind, made on first use: building one costs far more than
 * formatting with it (a list of 100 rows formats hundreds of dates on every render).
 */
function once<T>(make: (locale: string) => T): (language: string) => T {
  const made = new Map<string, T>();
  return (language) => {
    let f = made.get(language);
    if (!f) {
      f = make(intlLocale(language));
      made.set(language, f);
    }
    return f;
  };
}
const dateFormat = once((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
const dateTimeFormat = once((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
const regionNames = once((locale) => new Intl.DisplayNames([locale], { type: 'region' }));

/** "2024-05-01" → "1. maj 2024" / "1 May 2024". Invalid or empty input shows the dash. */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return dash;
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(language).format(d);
}

/** An ISO UTC moment in local time, e.g. for audit entries and "last changed". */
export function formatDateTime(iso: string | null | undefined, language: string): string {
  if (!iso) return dash;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dateTimeFormat(language).format(d);
}

/** "US" → "USA" / "United States"; unknown codes (e.g. an international organisation's) stay as they are. */
export function countryName(code: string | null | undefined, language: string): string {
  if (!code) return dash;
  try {
    const name = regionNames(language).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** "1 May 2024 – 30 Apr 2025", "from 1 May 2024", or the dash when neither end is recorded. */
export function formatPeriod(start: string | null, end: string | null, language: string): string {
  if (!start && !end) return dash;
  return `${start ? formatDate(start, language) : '…'} – ${end ? formatDate(end, language) : '…'}`;
}

/** Free text or the dash. */
export function text(value: string | null | undefined): string {
  return value?.trim() ? value : dash;
}

/** Empty or blank text becomes null (for fields whose schema does not turn "" into null itself). */
export function blankToNull(value: string | null | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}

/** Groups items by a key, keeping first-seen order of the keys. */
export function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.entries()];
}
