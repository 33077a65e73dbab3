import type { InputOf } from '../../../../electron/shared/contract';
import { call } from '../../api/client';
import { registerWide, useAppMutation } from '../../hooks/useAppMutation';
import { transferKeys } from './queries';

const touched = [transferKeys.all, ['activities'], ['recipients'], ...registerWide];

export function useCreateTransferMutation() {
  return useAppMutation({
    mutationFn: (input: InputOf<'transfers', 'create'>) => call('transfers', 'create', input),
    invalidates: touched,
  });
}

export function useUpdateTransferMutation() {
  return useAppMutation({
    mutationFn: (input: InputOf<'transfers', 'update'>) => call('transfers', 'update', input),
    invalidates: touched,
  });
}

export function useDeleteTransferMutation() {
  return useAppMutation({ mutationFn: (id: string) => call('transfers', 'delete', { id }), invalidates: touched });
}
