import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage } from '../../../electron/shared/i18n/catalogue';
import { i18nextOptions } from '../../../electron/shared/i18n/translate';
import { installZodMessages } from '../../../electron/shared/i18n/zod-messages';

export { defaultLanguage, isLanguage } from '../../../electron/shared/i18n/catalogue';

// The one catalogue (electron/shared/i18n), the same i18next options as the reports and the CLI.
void i18n.use(initReactI18next).init({ ...i18nextOptions, lng: defaultLanguage });

// zod words the forms' validation from the catalogue in whatever language the UI shows when it runs.
installZodMessages(((key: string, options?: object) => i18n.t(key as never, options as never)) as typeof i18n.t);

export default i18n;
