import { catalogue } from '../shared/i18n/catalogue';

/**
 * What the main process itself says to the DPO (native dialogs shown before or outside the
 * renderer), in Danish or English chosen by the OS language: the `main` group of the one
 * catalogue (electron/shared/i18n/<lang>/messages.json).
 */
export type MainTexts = (typeof catalogue)['en']['translation']['main'];

/** The texts for an OS locale such as 'da', 'da-DK' or 'en-GB' (Danish for da*, else English). */
export function mainTexts(locale: string): MainTexts {
  return catalogue[locale.toLowerCase().startsWith('da') ? 'da' : 'en'].translation.main;
}
