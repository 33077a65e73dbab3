import { Button, Group, Modal, type ModalProps, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntityFormSave } from '../hooks/useEntityFormSave';
import { ErrorAlert } from './ErrorAlert';

/** The modal around an entity's create-or-edit form: why the last save failed above the fields, Cancel and Save below. */
export function FormModal({
  opened = true,
  onClose,
  title,
  size = 'xl',
  testId,
  save,
  saveTestId,
  children,
}: {
  opened?: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: ModalProps['size'];
  testId: string;
  /** From useEntityFormSave: the submit handler, whether it is saving, and why the last save failed. */
  save: EntityFormSave;
  saveTestId?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} size={size} title={title}>
      <form onSubmit={save.onSubmit} noValidate data-testid={testId}>
        <Stack>
          {save.isError ? <ErrorAlert error={save.error} /> : null}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.saving} data-testid={saveTestId}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
