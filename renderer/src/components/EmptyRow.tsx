import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyRow({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={colSpan}>
        <Text c="dimmed" size="sm" ta="center" py="sm">
          {children}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
