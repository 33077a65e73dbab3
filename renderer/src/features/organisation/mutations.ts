import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../electron/shared/contract';
import { call } from '../../api/client';
import { registerWide, useAppMutation } from '../../hooks/useAppMutation';
import { organisationKeys } from './queries';

export function useSaveOrganisationMutation() {
  const { t } = useTranslation();
  return useAppMutation({
    successMessage: t('common.saved'),
    mutationFn: (input: InputOf<'organisation', 'save'>) => call('organisation', 'save', input),
    invalidates: [organisationKeys.all, ...registerWide],
  });
}
