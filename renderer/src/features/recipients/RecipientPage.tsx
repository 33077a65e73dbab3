import { Alert, Anchor, Badge, Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { RecipientDetail } from '../../../../electron/shared/schemas/outputs';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Field, FieldGrid } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { Section } from '../../components/Section';
import { countryName, formatDate, formatDateTime, text } from '../../lib/format';
import { EntityFindingsSection } from '../findings/EntityFindingsSection';
import { FindingsBadge } from '../findings/FindingsBadge';
import { useSummaries } from '../findings/queries';
import { useArchiveRecipientMutation, useRestoreRecipientMutation } from './mutations';
import { allRecipientsQuery, recipientDetailQuery } from './queries';
import { RecipientFormModal } from './RecipientFormModal';
import { RecipientLinks } from './RecipientLinks';

/** One recipient: who it is, where it is, and everything in the register that involves it. */
export function RecipientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useQuery(recipientDetailQuery(id));
  return (
    <Stack>
      <Anchor component={Link} to="/recipients" size="sm">
        ← {t('recipients.title')}
      </Anchor>
      <QueryView query={detail}>{(d) => <RecipientView detail={d} />}</QueryView>
    </Stack>
  );
}

function RecipientView({ detail }: { detail: RecipientDetail }) {
  const { t, i18n } = useTranslation();
  const r = detail.recipient;
  const [editing, { open, close }] = useDisclosure(false);
  const archive = useArchiveRecipientMutation();
  const restore = useRestoreRecipientMutation();
  const all = useQuery(allRecipientsQuery());
  const parent = r.parentId ? all.data?.items.find((x) => x.id === r.parentId) : undefined;
  const ids = useMemo(() => [r.id], [r.id]);
  const { summaryOf } = useSummaries('recipient', ids);

  return (
    <Stack>
      <PageHeader
        title={
          <Group gap="sm">
            <span data-testid="recipient-title">{r.name}</span>
            <FindingsBadge summary={summaryOf(r.id)} />
          </Group>
        }
        description={`${t(`vocab.recipientRole.${r.role}`)} · ${countryName(r.country, i18n.language)}`}
        actions={
          <>
            <Button onClick={open} data-testid="recipient-edit">
              {t('common.edit')}
            </Button>
            {r.archivedAt ? (
              <Button variant="default" onClick={() => restore.mutate(r.id)}>
                {t('common.restore')}
              </Button>
            ) : (
              <ConfirmButton question={t('recipients.archiveQuestion')} onConfirm={() => archive.mutate(r.id)}>
                {t('common.archive')}
              </ConfirmButton>
            )}
          </>
        }
      />
      {r.archivedAt ? (
        <Alert color="gray">{t('recipients.archivedBanner', { when: formatDateTime(r.archivedAt, i18n.language) })}</Alert>
      ) : null}
      <Section title={t('recipients.details')}>
        <FieldGrid cols={3}>
          <Field label={t('recipients.fields.legalName')}>{text(r.legalName)}</Field>
          <Field label={t('common.role')}>{t(`vocab.recipientRole.${r.role}`)}</Field>
          <Field label={t('recipients.fields.category')}>{text(r.category)}</Field>
          <Field label={t('common.country')}>
            {countryName(r.country, i18n.language)}
            {r.isInternationalOrganisation ? ` (${t('recipients.fields.isInternationalOrganisation')})` : ''}
          </Field>
          <Field label={t('recipients.fields.sector')}>{t(`vocab.recipientSector.${r.sector}`)}</Field>
          <Field label={t('recipients.fields.dpfListName')}>{text(r.dpfListName)}</Field>
          <Field label={t('recipients.fields.parent')}>
            {r.parentId ? (
              <Anchor component={Link} to={`/recipients/${r.parentId}`} size="sm">
                {parent?.name ?? r.parentId}
              </Anchor>
            ) : (
              '—'
            )}
          </Field>
          <Field label={t('recipients.fields.tools')}>
            {r.tools.length
              ? r.tools.map((tool) => (
                  <Badge key={tool} mr={4} variant="outline" size="sm">
                    {t(`vocab.toolTag.${tool}`)}
                  </Badge>
                ))
              : '—'}
          </Field>
          <Field label={t('recipients.fields.subjectToGdprArt3_2')}>{r.subjectToGdprArt3_2 ? t('common.yes') : t('common.no')}</Field>
          <Field label={t('recipients.fields.address')}>{text(r.address)}</Field>
          <Field label={t('recipients.fields.contactEmail')}>{text(r.contactEmail)}</Field>
          <Field label={t('recipients.fields.website')}>{text(r.website)}</Field>
          <Field label={t('recipients.fields.lastSupervisionOn')}>{formatDate(r.lastSupervisionOn, i18n.language)}</Field>
          <Field label={t('recipients.fields.supervisionMethod')}>{text(r.supervisionMethod)}</Field>
        </FieldGrid>
        <Field label={t('common.notes')}>{text(r.notes)}</Field>
      </Section>
      <EntityFindingsSection scope={{ recipientId: r.id }} summary={summaryOf(r.id)} testId="recipient-findings" />
      <RecipientLinks detail={detail} />
      {editing ? <RecipientFormModal opened onClose={close} recipient={r} /> : null}
    </Stack>
  );
}
