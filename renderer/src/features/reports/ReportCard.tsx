import { Button, Divider, Group, Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { uiLanguage } from '../findings/language';
import { useStartReportMutation } from './mutations';
import { ReportJobPanel } from './ReportJobPanel';
import { ReportOptionsForm } from './ReportOptionsForm';
import { defaultOptions, toRequest } from './report-options';
import { useReportSession } from './report-session';

/** Choose a report, generate it, follow its progress, and save it. */
export function ReportCard() {
  const { t, i18n } = useTranslation();
  const [{ options, generated }, update] = useReportSession(() => defaultOptions(uiLanguage(i18n.language)));
  const start = useStartReportMutation();

  return (
    <Paper withBorder p="md" data-testid="report-card">
      <Stack gap="md">
        <Title order={3}>{t('reports.options.title')}</Title>
        <ReportOptionsForm options={options} onChange={(next) => update({ options: next })} />
        <Divider />
        <Group>
          <Button
            size="md"
            onClick={() => start.mutate(toRequest(options), { onSuccess: (job) => update({ generated: { jobId: job.jobId, options } }) })}
            loading={start.isPending}
            data-testid="report-generate"
          >
            {t('reports.options.generate')}
          </Button>
        </Group>
        {generated ? <ReportJobPanel key={generated.jobId} jobId={generated.jobId} options={generated.options} /> : null}
      </Stack>
    </Paper>
  );
}
