import type { InputOf } from '../../../../electron/shared/contract';
import { call } from '../../api/client';
import { registerWide, useAppMutation } from '../../hooks/useAppMutation';
import { recipientKeys } from './queries';

const touched = [recipientKeys.all, ['activities'], ['dpas'], ['transfers'], ...registerWide];

export function useCreateRecipientMutation() {
  return useAppMutation({
    mutationFn: (input: InputOf<'recipients', 'create'>) => call('recipients', 'create', input),
    invalidates: touched,
  });
}

export function useUpdateRecipientMutation() {
  return useAppMutation({
    mutationFn: (input: InputOf<'recipients', 'update'>) => call('recipients', 'update', input),
    invalidates: touched,
  });
}

export function useArchiveRecipientMutation() {
  return useAppMutation({ mutationFn: (id: string) => call('recipients', 'archive', { id }), invalidates: touched });
}

export function useRestoreRecipientMutation() {
  return useAppMutation({ mutationFn: (id: string) => call('recipients', 'restore', { id }), invalidates: touched });
}
