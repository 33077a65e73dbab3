import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../electron/shared/vocab';
import da from './da.json';
import en from './en.json';
import vocabDa from './vocab.da.json';
import vocabEn from './vocab.en.json';

/** Danish is the register's working language; English is the second. */
export const defaultLanguage: Language = 'da';

export const resources = {
  da: { translation: { ...da, vocab: vocabDa } },
  en: { translation: { ...en, vocab: vocabEn } },
} as const;

export function isLanguage(value: unknown): value is Language {
  return value === 'da' || value === 'en';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  // React escapes what it renders; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
