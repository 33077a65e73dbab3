import { queryOptions } from '@tanstack/react-query';
import { call } from '../../api/client';
import { defaultLanguage, isLanguage } from '../../i18n';

export const settingKeys = {
  all: ['settings'] as const,
  one: (key: string) => [...settingKeys.all, key] as const,
};

/** The saved UI language; Danish when none was chosen. */
export function languageQuery() {
  return queryOptions({
    queryKey: settingKeys.one('language'),
    queryFn: async () => {
      const value = await call('settings', 'get', { key: 'language' });
      return isLanguage(value) ? value : defaultLanguage;
    },
  });
}
