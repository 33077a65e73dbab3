import { call } from '../../api/client';
import { useAppMutation } from '../../hooks/useAppMutation';

/** Loads the Jensens Kurser A/S example into the (empty) register; every cached answer is stale after that. */
export function useLoadExampleMutation() {
  return useAppMutation({ mutationFn: () => call('register', 'loadExample'), invalidates: [[]] });
}
