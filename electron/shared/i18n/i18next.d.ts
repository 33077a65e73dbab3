import 'i18next';
import type { Catalogue } from './catalogue';

// Typed keys for every t() in the project, the renderer's and the services' alike.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
