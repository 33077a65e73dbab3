import { notifications } from '@mantine/notifications';
import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { renderMessage } from '../../../electron/shared/i18n/message';
import { type AppError, asAppError } from '../api/client';

export interface AppMutationOptions<TData, TVars> {
  mutationFn: (vars: TVars) => Promise<TData>;
  /** Query keys (prefixes) that this write makes stale. */
  invalidates: readonly QueryKey[];
  /** A short confirmation shown after success, if any. */
  successMessage?: string;
}

/**
 * A write to the register: on success the named query prefixes are invalidated (staleTime is
 * Infinity, so this is what keeps screens current); on failure a notification shows the
 * register's own message. Callers that show errors inline (forms) still get `error`.
 */
export function useAppMutation<TData, TVars>({ mutationFn, invalidates, successMessage }: AppMutationOptions<TData, TVars>) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  return useMutation<TData, AppError, TVars>({
    mutationFn: async (vars) => {
      try {
        return await mutationFn(vars);
      } catch (e) {
        throw asAppError(e);
      }
    },
    onSuccess: async () => {
      await Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      if (successMessage) notifications.show({ color: 'teal', message: successMessage });
    },
    onError: (error) => {
      notifications.show({ color: 'red', title: t(`errors.${error.code}`), message: renderMessage(t, error), autoClose: 8000 });
    },
  });
}

/**
 * Areas whose cached answers a write anywhere can change: the overview counts, the audit trail,
 * and the compliance findings (every badge and the findings page re-evaluate after any change).
 */
export const registerWide: readonly QueryKey[] = [['register'], ['audit'], ['compliance']];
