import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ReportCard } from './ReportCard';
import { XlsxImportCard } from './XlsxImportCard';

/** The record as a PDF or spreadsheet for the authority or an auditor, and activities read in from an ICO workbook. */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1200}>
      <PageHeader title={t('reports.title')} description={t('reports.intro')} />
      <ReportCard />
      <XlsxImportCard />
    </Stack>
  );
}
