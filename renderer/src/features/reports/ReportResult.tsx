import { Alert, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportJob } from '../../../../electron/shared/schemas/reports';
import { Field, FieldGrid } from '../../components/Field';
import { isDesktop } from './desktop';
import { formatFileSize } from './file-size';
import { useOpenPathMutation, useSaveReportMutation } from './mutations';
import { ReportSummary } from './ReportSummary';
import type { ReportOptions } from './report-options';

/** How many characters of the register's content hash the page shows (the report prints a longer prefix of the same hash). */
const versionLength = 12;

/** A finished report: what it is, and Save (a save dialog, or a download in a browser); in the desktop app then Open. */
export function ReportResult({ job, options }: { job: ReportJob; options: ReportOptions }) {
  const { t, i18n } = useTranslation();
  const save = useSaveReportMutation();
  const open = useOpenPathMutation();
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const [notOpened, setNotOpened] = useState(false);
  const desktop = isDesktop();
  const version = job.registerHash?.slice(0, versionLength) ?? '—';

  return (
    <Paper withBorder p="md" data-testid="report-result" data-file-name={job.fileName}>
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={4} c="teal.8">
            {t('reports.job.done')}
          </Title>
          <ReportSummary options={options} />
        </Stack>
        <FieldGrid cols={4}>
          <Field label={t('reports.job.fileName')} testId="report-file-name">
            {job.fileName}
          </Field>
          <Field label={t('reports.job.size')} testId="report-size">
            {job.bytes === null ? '—' : formatFileSize(job.bytes, i18n.language)}
          </Field>
          {job.pages !== null ? (
            <Field label={t('reports.job.pages')} testId="report-pages">
              {job.pages}
            </Field>
          ) : null}
          <Field label={t('reports.job.version')} testId="report-version">
            <Tooltip label={t('reports.job.versionHelp')} multiline w={320} withArrow>
              <Text span ff="monospace" size="sm" data-hash={job.registerHash ?? ''}>
                {version}
              </Text>
            </Tooltip>
          </Field>
        </FieldGrid>
        <Group gap="sm">
          {/* Once saved, the app's own copy is removed (no stray personal data): generate again for another copy. */}
          {savedPath === null ? (
            <Button
              onClick={() =>
                save.mutate(job.jobId, {
                  onSuccess: (r) => {
                    setNotOpened(false);
                    if (r.saved) setSavedPath(r.path);
                  },
                })
              }
              loading={save.isPending}
              data-testid="report-save"
            >
              {desktop ? t('reports.job.save') : t('reports.job.download')}
            </Button>
          ) : null}
          {desktop && savedPath ? (
            <Button
              variant="default"
              onClick={() => open.mutate(savedPath, { onSuccess: (r) => setNotOpened(!r.opened) })}
              loading={open.isPending}
              data-testid="report-open"
            >
              {t('reports.job.open')}
            </Button>
          ) : null}
        </Group>
        {savedPath !== null ? (
          <Text size="sm" data-testid="report-saved">
            {desktop ? t('reports.job.savedTo', { path: savedPath }) : t('reports.job.downloaded', { fileName: job.fileName })}
          </Text>
        ) : null}
        {notOpened && savedPath ? (
          <Alert color="yellow" data-testid="report-not-opened">
            {t('reports.job.notOpened', { path: savedPath })}
          </Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
