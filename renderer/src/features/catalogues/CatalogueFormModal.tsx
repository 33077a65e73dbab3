import { Button, Group, Modal, Stack } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useServerErrors } from '../../hooks/useServerErrors';
import { scrollToFirstError } from '../../lib/scroll-to-error';
import { localisedResolver } from '../../lib/validation-messages';
import { useCreateCatalogueItemMutation, useUpdateCatalogueItemMutation } from './mutations';
import type { CatalogueArea, CatalogueItems } from './queries';

/** One modal for the four catalogues: each passes its contract schema, its starting values and its fields. */
export function CatalogueFormModal<A extends CatalogueArea, V extends Record<string, unknown>>({
  area,
  item,
  schema,
  initialValues,
  title,
  onClose,
  children,
}: {
  area: A;
  item?: CatalogueItems[A];
  schema: z.ZodType;
  initialValues: V;
  title: string;
  onClose: () => void;
  children: (form: UseFormReturnType<V>) => ReactNode;
}) {
  const { t } = useTranslation();
  const create = useCreateCatalogueItemMutation(area);
  const update = useUpdateCatalogueItemMutation(area);
  const form = useForm<V>({ initialValues, validate: localisedResolver(schema, t) });
  const failed = item ? update : create;
  const applyErrors = useServerErrors();
  const onError = (e: AppError) => applyErrors(form, e);

  const submit = form.onSubmit((values) => {
    if (item) update.mutate({ id: item.id, expectedUpdatedAt: item.updatedAt, changes: values } as never, { onSuccess: onClose, onError });
    else create.mutate(values as never, { onSuccess: onClose, onError });
  }, scrollToFirstError);

  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate data-testid={`${area}-form`}>
        <Stack>
          {failed.isError ? <ErrorAlert error={failed.error} /> : null}
          {children(form)}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending} data-testid={`${area}-save`}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
