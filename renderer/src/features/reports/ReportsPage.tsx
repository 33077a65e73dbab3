import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { RegisterFileCard } from './RegisterFileCard';
import { ReportCard } from './ReportCard';
import { SpreadsheetImportCard } from './SpreadsheetImportCard';

/** The record as a PDF or spreadsheet for the authority or an auditor; activities read in from a spreadsheet; the whole register as a JSON file, out and in. */
export function ReportsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1200}>
      <PageHeader title={t('reports.title')} description={t('reports.intro')} />
      <ReportCard />
      <SpreadsheetImportCard />
      <RegisterFileCard />
    </Stack>
  );
}
