import type { InputOf } from '../../../../electron/shared/contract';
import { call } from '../../api/client';
import { registerWide, useAppMutation } from '../../hooks/useAppMutation';
import { processorActivityKeys } from './queries';

const touched = [processorActivityKeys.all, ...registerWide];

export function useCreateProcessorActivityMutation() {
  return useAppMutation({
    mutationFn: (input: InputOf<'processorActivities', 'create'>) => call('processorActivities', 'create', input),
    invalidates: touched,
  });
}

export function useUpdateProcessorActivityMutation() {
  return useAppMutation({
    mutationFn: (input: InputOf<'processorActivities', 'update'>) => call('processorActivities', 'update', input),
    invalidates: touched,
  });
}

export function useArchiveProcessorActivityMutation() {
  return useAppMutation({ mutationFn: (id: string) => call('processorActivities', 'archive', { id }), invalidates: touched });
}
