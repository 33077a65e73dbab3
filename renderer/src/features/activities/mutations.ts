import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../electron/shared/contract';
import { call } from '../../api/client';
import { registerWide, useAppMutation } from '../../hooks/useAppMutation';
import { activityKeys } from './queries';

// An activity appears on recipient pages and next to transfers, so those caches go stale too.
const touched = [activityKeys.all, ['recipients'], ['transfers'], ...registerWide];

export function useCreateActivityMutation() {
  return useAppMutation({
    mutationFn: (input: InputOf<'activities', 'create'>) => call('activities', 'create', input),
    invalidates: touched,
  });
}

export function useUpdateActivityMutation() {
  const { t } = useTranslation();
  return useAppMutation({
    successMessage: t('common.saved'),
    mutationFn: (input: InputOf<'activities', 'update'>) => call('activities', 'update', input),
    invalidates: touched,
  });
}

export function useArchiveActivityMutation() {
  return useAppMutation({ mutationFn: (id: string) => call('activities', 'archive', { id }), invalidates: touched });
}

export function useRestoreActivityMutation() {
  return useAppMutation({ mutationFn: (id: string) => call('activities', 'restore', { id }), invalidates: touched });
}
