import type { InputOf } from '../../../../electron/shared/contract';
import { call } from '../../api/client';
import { registerWide, useAppMutation } from '../../hooks/useAppMutation';
import { dpaKeys } from './queries';

const touched = [dpaKeys.all, ['recipients'], ...registerWide];

export function useCreateDpaMutation() {
  return useAppMutation({ mutationFn: (input: InputOf<'dpas', 'create'>) => call('dpas', 'create', input), invalidates: touched });
}

export function useUpdateDpaMutation() {
  return useAppMutation({ mutationFn: (input: InputOf<'dpas', 'update'>) => call('dpas', 'update', input), invalidates: touched });
}

export function useDeleteDpaMutation() {
  return useAppMutation({ mutationFn: (id: string) => call('dpas', 'delete', { id }), invalidates: touched });
}
