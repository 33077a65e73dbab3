import { Group, Loader, Paper, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { message } from '../../../../electron/shared/i18n/message';
import type { ReportJob } from '../../../../electron/shared/schemas/reports';
import { AppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { reportJobQuery } from './queries';
import { ReportResult } from './ReportResult';
import { ReportSummary } from './ReportSummary';
import type { ReportOptions } from './report-options';

/** One report being written: its real progress from main, then the finished file or main's reason it failed. */
export function ReportJobPanel({ jobId, options }: { jobId: string; options: ReportOptions }) {
  const job = useQuery(reportJobQuery(jobId));
  const box = useRef<HTMLDivElement>(null);
  const state = job.isError ? 'error' : job.data?.state;
  const previous = useRef<string | undefined>(undefined);
  // The panel opens below the Generate button, often below the fold: bring a running report (and then its result) into view.
  useEffect(() => {
    if (state === 'running' || state === 'queued' || previous.current === 'running') box.current?.scrollIntoView({ block: 'nearest' });
    previous.current = state;
  }, [state]);
  return (
    <div ref={box} style={{ scrollMarginBottom: 16 }}>
      {job.isError ? (
        <ErrorAlert error={job.error} testId="report-error" />
      ) : job.data ? (
        <JobView job={job.data} options={options} />
      ) : null}
    </div>
  );
}

function JobView({ job: j, options }: { job: ReportJob; options: ReportOptions }) {
  const { t } = useTranslation();
  if (j.state === 'failed') {
    const e = j.error ?? new AppError('INTERNAL', message('problem.reportFailed')).toData();
    return (
      <Stack gap={4}>
        <Text fw={600} c="red.8">
          {t('reports.job.failed')}
        </Text>
        <ErrorAlert error={AppError.fromData(e)} testId="report-error" />
      </Stack>
    );
  }
  if (j.state === 'done') return <ReportResult job={j} options={options} />;
  if (j.state === 'queued') {
    // At most two reports are written at once; this one starts when one of them has finished.
    return (
      <Paper withBorder p="md" data-testid="report-queued">
        <Stack gap="xs">
          <Group gap="xs">
            <Loader size="xs" type="dots" />
            <Text fw={600}>{t('reports.job.queued')}</Text>
          </Group>
          <Text size="sm" c="dimmed">
            {t('reports.job.queuedHelp')}
          </Text>
          <ReportSummary options={options} />
        </Stack>
      </Paper>
    );
  }

  // Until main has counted the work (spreadsheets never do: they are written in one go) there are no steps to show.
  const counted = j.total > 1;
  return (
    <Paper withBorder p="md" data-testid="report-running" data-done={j.done} data-total={j.total}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            {counted ? null : <Loader size="xs" />}
            <Text fw={600}>{t('reports.job.running')}</Text>
          </Group>
          {counted ? (
            <Text size="sm" c="dimmed" data-testid="report-progress-text">
              {t('reports.job.progress', { done: j.done, total: j.total })}
            </Text>
          ) : null}
        </Group>
        {counted ? (
          <Progress
            value={Math.round((100 * j.done) / j.total)}
            size="lg"
            animated
            aria-label={t('reports.job.running')}
            data-testid="report-progress"
          />
        ) : null}
        <ReportSummary options={options} />
      </Stack>
    </Paper>
  );
}
