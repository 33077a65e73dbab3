import type { Language } from '../vocab';
import appDa from './da/app.json';
import messagesDa from './da/messages.json';
import reportDa from './da/report.json';
import vocabDa from './da/vocab.json';
import appEn from './en/app.json';
import messagesEn from './en/messages.json';
import reportEn from './en/report.json';
import vocabEn from './en/vocab.json';

/**
 * The one catalogue of words, in Danish and English: the app's screens (app.json), the labels of
 * every closed vocabulary value (vocab.json), the Article 30 report's wording (report.json), and
 * the messages of the services, the validation and the CLI, with the names of the fields they
 * concern (messages.json). The renderer's i18next, the reports, the CLI and the rules engine all
 * read it through i18next, so a value has one label wherever it is shown. How to add a word:
 * docs/i18n.md.
 */
export const catalogue = {
  da: { translation: { ...appDa, ...messagesDa, vocab: vocabDa, report: reportDa } },
  en: { translation: { ...appEn, ...messagesEn, vocab: vocabEn, report: reportEn } },
} as const;

/** The shape of one language's words (Danish is the reference; a test proves English has the same keys). */
export type Catalogue = (typeof catalogue)['da']['translation'];

/** Danish is the register's working language; English is the second. */
export const defaultLanguage: Language = 'da';

export function isLanguage(value: unknown): value is Language {
  return value === 'da' || value === 'en';
}
