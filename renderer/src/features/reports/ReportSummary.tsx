import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { danishToday } from '../findings/dates';
import { annexKeys, effectiveRecord, isSpreadsheet, type ReportOptions } from './report-options';

/** What a generated report holds, in one line ("PDF · controller · Danish · annexes …"), so it can be told from the choices now on the form. */
export function ReportSummary({ options }: { options: ReportOptions }) {
  const { t, i18n } = useTranslation();
  const parts: string[] = [t(`reports.options.${options.format}`)];
  if (isSpreadsheet(options.format)) parts.push(t(`reports.options.${options.profile}`));
  else parts.push(t(`reports.options.${effectiveRecord(options)}`));
  parts.push(t(`vocab.language.${options.lang}`));
  if (!isSpreadsheet(options.format)) {
    const annexes = annexKeys.filter((a) => options.annexes[a]).map((a) => t(`reports.options.${a}`));
    parts.push(annexes.length ? `${t('reports.options.annexes')}: ${annexes.join(', ')}` : t('reports.job.noAnnexes'));
    if (options.annexes.findings) parts.push(`${t('reports.options.asOf')} ${formatDate(options.asOf ?? danishToday(), i18n.language)}`);
  }
  return (
    <Text size="sm" c="dimmed" data-testid="report-summary">
      {parts.join(' · ')}
    </Text>
  );
}
