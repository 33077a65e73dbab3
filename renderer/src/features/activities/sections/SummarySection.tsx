import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../../electron/shared/schemas/entities';
import { Field, FieldGrid } from '../../../components/Field';
import { Section } from '../../../components/Section';
import { formatDate, text } from '../../../lib/format';

/** What the DPO checks first: what the activity is, who owns it, when it was last reviewed. */
export function SummarySection({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const date = (d: string | null) => formatDate(d, i18n.language);
  return (
    <Section title={t('activity.sections.summary')} testId="section-summary">
      <Field label={t('activity.fields.description')} testId="value-description">
        {text(activity.description)}
      </Field>
      <FieldGrid cols={4}>
        <Field label={t('activity.fields.status')}>{t(`vocab.activityStatus.${activity.status}`)}</Field>
        <Field label={t('activity.fields.owner')} testId="value-owner">
          {text(activity.owner)}
        </Field>
        <Field label={t('activity.fields.businessFunction')}>{text(activity.businessFunction)}</Field>
        <Field label={t('activity.fields.reference')}>{text(activity.reference)}</Field>
        <Field label={t('activity.fields.lastReviewedOn')} testId="value-lastReviewedOn">
          {date(activity.lastReviewedOn)}
        </Field>
        <Field label={t('activity.fields.nextReviewOn')}>{date(activity.nextReviewOn)}</Field>
        <Field label={t('activity.fields.processingChangedOn')}>{date(activity.processingChangedOn)}</Field>
        <Field label={t('activity.fields.dpiaStatus')}>
          {t(`vocab.dpiaStatus.${activity.dpiaStatus}`)}
          {activity.dpiaReference ? ` (${activity.dpiaReference})` : ''}
        </Field>
      </FieldGrid>
    </Section>
  );
}
