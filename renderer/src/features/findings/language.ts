import type { Language } from '../../../../electron/shared/vocab';

/** The UI language as one of the two the engine writes its texts in. */
export function uiLanguage(language: string): Language {
  return language === 'en' ? 'en' : 'da';
}
