import { Spoiler } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../../electron/shared/schemas/entities';
import type { ActivityDetail } from '../../../../../electron/shared/schemas/outputs';
import { Field, FieldGrid } from '../../../components/Field';
import { Section } from '../../../components/Section';
import { countryName, formatDateTime, text } from '../../../lib/format';

/** What the Art 30 record does not require but a DPO keeps beside it: sources, systems, profiling, the 30(5) test, notes. */
export function FurtherSection({ activity, names }: { activity: Activity; names: ActivityDetail['names'] }) {
  const { t, i18n } = useTranslation();
  const yesNo = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  const systems = activity.systemIds.map((id) => names.systems[id] ?? id).join(', ');
  return (
    <Section title={t('activity.sections.further')} testId="section-further">
      <FieldGrid cols={3}>
        <Field label={t('activity.fields.dataSources')}>{text(activity.dataSources)}</Field>
        <Field label={t('activity.fields.systems')}>{systems || '—'}</Field>
        <Field label={t('activity.fields.dataLocation')}>{text(activity.dataLocation)}</Field>
        <Field label={t('activity.fields.processingJurisdiction')}>{countryName(activity.processingJurisdiction, i18n.language)}</Field>
        <Field label={t('activity.fields.automatedDecisionMaking')}>{yesNo(activity.automatedDecisionMaking)}</Field>
        <Field label={t('activity.fields.art30_5Exempt')}>{yesNo(activity.art30_5Exempt)}</Field>
        <Field label={t('activity.fields.occasional')}>{yesNo(activity.occasional)}</Field>
        <Field label={t('activity.fields.likelyRisk')}>{yesNo(activity.likelyRisk)}</Field>
        <Field label={t('activity.fields.createdAt')}>{formatDateTime(activity.createdAt, i18n.language)}</Field>
      </FieldGrid>
      <Field label={t('activity.fields.notes')} testId="value-notes">
        {text(activity.notes)}
      </Field>
      <Field label={t('activity.fields.privacyNoticeText')}>
        <Spoiler maxHeight={60} showLabel={t('common.showMore')} hideLabel={t('common.showLess')}>
          {text(activity.privacyNoticeText)}
        </Spoiler>
      </Field>
    </Section>
  );
}
