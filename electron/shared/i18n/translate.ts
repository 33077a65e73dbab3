import i18next, { type TFunction } from 'i18next';
import type { Language } from '../vocab';
import { catalogue } from './catalogue';

/** i18next options shared by the renderer and every Node-side translator, so both render alike. */
export const i18nextOptions = {
  resources: catalogue,
  fallbackLng: false,
  // React escapes what it renders, and reports and the CLI print plain text: escaping here would show "&amp;".
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;

const translators = new Map<Language, TFunction>();

/**
 * The catalogue's words in one language, for code that runs outside the renderer (services,
 * reports, the CLI, the rules engine). One i18next instance per language, made on first use.
 */
export function translator(lang: Language): TFunction {
  let t = translators.get(lang);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({ ...i18nextOptions, lng: lang, initAsync: false });
    t = instance.getFixedT(lang);
    translators.set(lang, t);
  }
  return t;
}
