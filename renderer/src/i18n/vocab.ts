export { type VocabGroup, vocabLabel, vocabOptions } from '../../../electron/shared/i18n/vocab-labels';
