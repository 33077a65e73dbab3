import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { renderMessage } from '../../../../electron/shared/i18n/message';
import type { ImportProblem } from './import-problems';

/** Why a workbook was refused: every problem main found, with sheet, row and column as Excel shows them. */
export function ImportProblems({ fileName, problems }: { fileName: string; problems: ImportProblem[] }) {
  const { t } = useTranslation();
  const dash = '—';
  return (
    <Alert color="red" title={t('reports.import.failed')} data-testid="xlsx-problems">
      <Text size="sm" mb="sm">
        {problems.every((p) => p.sheet === null)
          ? t('reports.import.unreadable', { fileName })
          : t('reports.import.problems', { count: problems.length, fileName })}
      </Text>
      <Table withTableBorder withColumnBorders striped fz="sm" bg="white">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t('reports.import.sheet')}</Table.Th>
            <Table.Th w={80}>{t('reports.import.row')}</Table.Th>
            <Table.Th w={90}>{t('reports.import.column')}</Table.Th>
            <Table.Th>{t('reports.import.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: main may report the same message twice for one cell; the order is main's.
            <Table.Tr key={i} data-testid="xlsx-problem">
              <Table.Td>{p.sheet ?? t('reports.import.wholeFile')}</Table.Td>
              <Table.Td>{p.row ?? dash}</Table.Td>
              <Table.Td>{p.column ?? dash}</Table.Td>
              <Table.Td>{renderMessage(t, p.what)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
