import { Anchor, List, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity, Organisation } from '../../../../../electron/shared/schemas/entities';
import type { ActivityDetail } from '../../../../../electron/shared/schemas/outputs';
import { Field, FieldGrid } from '../../../components/Field';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { countryName, text } from '../../../lib/format';

function lines(...parts: (string | null | undefined)[]): string {
  const kept = parts.filter((p): p is string => Boolean(p?.trim()));
  return kept.length ? kept.join('\n') : '—';
}

/** Art 30(1)(a): the controller, any joint controllers, the EU representative and the DPO. */
export function ControllerSection({
  query,
  activity,
  names,
}: {
  query: UseQueryResult<Organisation | null>;
  activity: Activity;
  names: ActivityDetail['names'];
}) {
  const { t, i18n } = useTranslation();
  const joint = activity.recipients.filter((r) => r.role === 'joint_controller');
  return (
    <Section title={t('activity.sections.a')} testId="section-a">
      <QueryView query={query}>
        {(org) =>
          org ? (
            <FieldGrid cols={3}>
              <Field label={t('activity.controller.controller')} testId="value-controller">
                {lines(
                  org.name,
                  org.registrationNumber ? `${t('organisation.fields.registrationNumber')} ${org.registrationNumber}` : null,
                  org.address,
                  [org.postcode, org.city].filter(Boolean).join(' '),
                  countryName(org.country, i18n.language),
                  org.email,
                  org.phone,
                )}
              </Field>
              <Field label={t('activity.controller.dpo')}>
                {org.dpoAppointed === null
                  ? t('activity.controller.dpoNotRecorded')
                  : org.dpoAppointed
                    ? lines(org.dpoName, org.dpoEmail, org.dpoPhone)
                    : t('activity.controller.noDpo')}
              </Field>
              <Field label={t('activity.controller.representative')}>{lines(org.euRepresentativeName, org.euRepresentativeContact)}</Field>
            </FieldGrid>
          ) : (
            <Text size="sm">
              {t('activity.controller.missing')}{' '}
              <Anchor component={Link} to="/organisation">
                {t('nav.organisation')}
              </Anchor>
            </Text>
          )
        }
      </QueryView>
      <Field label={t('activity.controller.joint')}>
        {joint.length === 0 ? (
          t('activity.controller.noJoint')
        ) : (
          <List size="sm" component="span">
            {joint.map((r) => (
              <List.Item key={r.recipientId}>
                <Anchor component={Link} to={`/recipients/${r.recipientId}`} size="sm">
                  {names.recipients[r.recipientId] ?? r.recipientId}
                </Anchor>
                {r.purpose ? ` – ${r.purpose}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Field>
      {joint.length > 0 || activity.jointControllerArrangement ? (
        <Field label={t('activity.fields.jointControllerArrangement')}>{text(activity.jointControllerArrangement)}</Field>
      ) : null}
    </Section>
  );
}
