import { Button, Group, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The last cell of an editable table row: Edit, then the row's confirmed delete or archive when it has one. */
export function RowActions({ onEdit, children }: { onEdit: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Table.Td>
      <Group gap={4} justify="flex-end" wrap="nowrap">
        <Button size="xs" variant="subtle" onClick={onEdit}>
          {t('common.edit')}
        </Button>
        {children}
      </Group>
    </Table.Td>
  );
}
