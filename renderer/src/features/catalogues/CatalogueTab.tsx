import { Button, Group, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { EmptyRow } from '../../components/EmptyRow';
import { QueryView } from '../../components/QueryView';
import { RowActions } from '../../components/RowActions';
import { text } from '../../lib/format';
import { CatalogueFormModal } from './CatalogueFormModal';
import { useDeleteCatalogueItemMutation } from './mutations';
import { type CatalogueArea, type CatalogueItems, catalogueListQuery } from './queries';

export interface Column<T> {
  label: string;
  render: (item: T) => ReactNode;
}

/**
 * A catalogue as a simple table with add, edit and delete (delete is refused by main while an activity
 * uses the entry). Every catalogue has a name and a description; `columns` are what lies between; the form
 * shows every field of the catalogue's schema.
 */
export function CatalogueTab<A extends CatalogueArea>({ area, columns: ownColumns }: { area: A; columns: Column<CatalogueItems[A]>[] }) {
  const { t } = useTranslation();
  const columns = [...ownColumns, { label: t('common.description'), render: (item: CatalogueItems[A]) => text(item.description) }];
  const query = useQuery(catalogueListQuery(area));
  const remove = useDeleteCatalogueItemMutation(area);
  const [editing, setEditing] = useState<CatalogueItems[A] | 'new' | null>(null);
  const close = () => setEditing(null);

  return (
    <>
      <Group justify="space-between" my="sm">
        <Text size="sm" c="dimmed">
          {t(`catalogues.intro.${area}`)}
        </Text>
        <Button size="xs" onClick={() => setEditing('new')} data-testid={`${area}-new`}>
          {t('common.add')}
        </Button>
      </Group>
      <QueryView query={query}>
        {(items) => (
          <Table data-testid={`${area}-table`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common.name')}</Table.Th>
                {columns.map((c) => (
                  <Table.Th key={c.label}>{c.label}</Table.Th>
                ))}
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.length === 0 ? <EmptyRow colSpan={columns.length + 2}>{t('common.noRows')}</EmptyRow> : null}
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td fw={500}>{item.name}</Table.Td>
                  {columns.map((c) => (
                    <Table.Td key={c.label} style={{ whiteSpace: 'pre-wrap' }}>
                      {c.render(item)}
                    </Table.Td>
                  ))}
                  <RowActions onEdit={() => setEditing(item)}>
                    <ConfirmButton question={t('common.confirmDelete', { name: item.name })} onConfirm={() => remove.mutate(item.id)}>
                      {t('common.delete')}
                    </ConfirmButton>
                  </RowActions>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
      {editing ? <CatalogueFormModal area={area} item={editing === 'new' ? undefined : editing} onClose={close} /> : null}
    </>
  );
}
