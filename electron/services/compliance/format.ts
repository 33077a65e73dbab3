import type { LocalizedText } from '../../shared/schemas/findings';
import type { Language } from '../../shared/vocab';

/** Presentation of dates and lists inside finding texts, in Danish and English. */

const MONTHS: Record<Language, string[]> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const formatted = new Map<string, string>();

/** "16. juli 2020" / "16 Jul 2020". */
export function formatDate(iso: string, lang: Language): string {
  const key = lang + iso;
  let text = formatted.get(key);
  if (text === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    const month = MONTHS[lang][m - 1];
    text = lang === 'da' ? `${d}. ${month} ${y}` : `${d} ${month} ${y}`;
    formatted.set(key, text);
  }
  return text;
}

/** "a, b og c" / "a, b and c". */
export function formatList(items: string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'da' ? 'og' : 'and'} ${last}`;
}

/** The same text in both languages. */
export function both(text: string): LocalizedText {
  return { da: text, en: text };
}
