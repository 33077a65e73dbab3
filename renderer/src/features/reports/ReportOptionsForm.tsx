import { Checkbox, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from '../../../../electron/shared/schemas/reports';
import { type Language, languages } from '../../../../electron/shared/vocab';
import { DateField } from '../../components/DateField';
import { danishToday } from '../findings/dates';
import {
  type AnnexKey,
  annexKeys,
  effectiveRecord,
  isSpreadsheet,
  type ReportOptions,
  type ReportRecord,
  type SheetProfile,
  withRecord,
} from './report-options';

const formats: readonly ReportFormat[] = ['pdf', 'xlsx', 'csv'];
const records: readonly ReportRecord[] = ['controller', 'processor'];
const profiles: readonly SheetProfile[] = ['datatilsynet', 'ico'];

/** The choices of one report, each with a line on what the DPO gets from it. Options only one format uses show for that format. */
export function ReportOptionsForm({ options, onChange }: { options: ReportOptions; onChange: (next: ReportOptions) => void }) {
  const { t } = useTranslation();
  const set = (changes: Partial<ReportOptions>) => onChange({ ...options, ...changes });
  const spreadsheet = isSpreadsheet(options.format);

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl" verticalSpacing="lg">
      <Stack gap="lg">
        <Radio.Group<ReportFormat>
          label={t('reports.options.format')}
          value={options.format}
          onChange={(format) => set({ format })}
          data-testid="report-format"
        >
          <Stack gap="sm" mt="xs">
            {formats.map((f) => (
              <Radio
                key={f}
                value={f}
                label={t(`reports.options.${f}`)}
                description={t(`reports.options.${f}Help`)}
                data-testid={`report-format-${f}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group<ReportRecord>
          label={t('reports.options.record')}
          description={spreadsheet ? t('reports.options.processorPdfOnly') : undefined}
          value={effectiveRecord(options)}
          onChange={(record) => onChange(withRecord(options, record))}
          data-testid="report-record"
        >
          <Stack gap="sm" mt="xs">
            {records.map((r) => (
              <Radio
                key={r}
                value={r}
                label={t(`reports.options.${r}`)}
                description={t(`reports.options.${r}Help`)}
                disabled={spreadsheet && r === 'processor'}
                data-testid={`report-record-${r}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Radio.Group<Language>
          label={t('reports.options.language')}
          description={t('reports.options.languageHelp')}
          value={options.lang}
          onChange={(lang) => set({ lang })}
          data-testid="report-lang"
        >
          <Stack gap="xs" mt="xs">
            {languages.map((l) => (
              <Radio key={l} value={l} label={t(`vocab.language.${l}`)} data-testid={`report-lang-${l}`} />
            ))}
          </Stack>
        </Radio.Group>
      </Stack>
      {spreadsheet ? (
        <Radio.Group<SheetProfile>
          label={t('reports.options.profile')}
          value={options.profile}
          onChange={(profile) => set({ profile })}
          data-testid="report-profile"
        >
          <Stack gap="sm" mt="xs">
            {profiles.map((p) => (
              <Radio
                key={p}
                value={p}
                label={t(`reports.options.${p}`)}
                description={t(`reports.options.${p}Help`)}
                data-testid={`report-profile-${p}`}
              />
            ))}
          </Stack>
        </Radio.Group>
      ) : (
        <Stack gap="sm">
          <Checkbox.Group<AnnexKey>
            label={t('reports.options.annexes')}
            description={t('reports.options.annexesHelp')}
            value={annexKeys.filter((a) => options.annexes[a])}
            onChange={(chosen) =>
              set({
                annexes: {
                  processors: chosen.includes('processors'),
                  transfers: chosen.includes('transfers'),
                  findings: chosen.includes('findings'),
                },
              })
            }
            data-testid="report-annexes"
          >
            <Stack gap="sm" mt="xs">
              {annexKeys.map((a) => (
                <Checkbox
                  key={a}
                  value={a}
                  label={t(`reports.options.${a}`)}
                  description={t(`reports.options.${a}Help`)}
                  data-testid={`report-annex-${a}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          {options.annexes.findings ? (
            <DateField
              label={t('reports.options.asOf')}
              description={t('reports.options.asOfHelp')}
              value={options.asOf ?? danishToday()}
              onChange={(v) => set({ asOf: v && v !== danishToday() ? v : null })}
              clearable={false}
              maw={260}
              ml={32}
              data-testid="report-asof"
            />
          ) : null}
        </Stack>
      )}
    </SimpleGrid>
  );
}
