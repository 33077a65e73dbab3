import type { UseFormReturnType } from '@mantine/form';
import type { AppError } from '../api/client';
import { scrollToFirstError } from '../lib/scroll-to-error';
import { useServerErrors } from './useServerErrors';

/** The part of a create or update mutation a form uses. */
export interface SaveMutation<TVars, TData> {
  mutate: (vars: TVars, options: { onSuccess: (saved: TData) => void; onError: (error: AppError) => void }) => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/**
 * Saves a create-or-edit form: an edit is sent as an update based on the version the form was opened
 * on (so a newer change elsewhere is reported as a CONFLICT instead of being overwritten), a new entity
 * as a create; the fields main refuses are marked on the form. The result is FormModal's `save`.
 */
export function useEntityFormSave<V, TData>(
  form: UseFormReturnType<V>,
  item: { id: string; updatedAt: string } | undefined,
  create: SaveMutation<V, TData>,
  update: SaveMutation<{ id: string; expectedUpdatedAt: string; changes: V }, TData>,
  onSaved: (saved: TData) => void,
) {
  const applyErrors = useServerErrors();
  const onError = (e: AppError) => applyErrors(form, e);
  const onSubmit = form.onSubmit((values) => {
    if (item) update.mutate({ id: item.id, expectedUpdatedAt: item.updatedAt, changes: values }, { onSuccess: onSaved, onError });
    else create.mutate(values, { onSuccess: onSaved, onError });
  }, scrollToFirstError);
  const current = item ? update : create;
  return { onSubmit, saving: create.isPending || update.isPending, isError: current.isError, error: current.error };
}

export type EntityFormSave = ReturnType<typeof useEntityFormSave>;
