import type { Language } from '../../../../electron/shared/vocab';
import { call } from '../../api/client';
import { useAppMutation } from '../../hooks/useAppMutation';
import { settingKeys } from './queries';

export function useSetLanguageMutation() {
  return useAppMutation({
    mutationFn: (language: Language) => call('settings', 'set', { key: 'language', value: language }),
    invalidates: [settingKeys.one('language')],
  });
}
