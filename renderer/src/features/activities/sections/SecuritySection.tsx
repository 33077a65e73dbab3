import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity, SecurityMeasure } from '../../../../../electron/shared/schemas/entities';
import type { ActivityDetail } from '../../../../../electron/shared/schemas/outputs';
import { Field } from '../../../components/Field';
import { Section } from '../../../components/Section';
import { text } from '../../../lib/format';

/** Art 30(1)(g): the technical and organisational security measures (Art 32(1)) and their general description. */
export function SecuritySection({
  activity,
  names,
  measures,
}: {
  activity: Activity;
  names: ActivityDetail['names'];
  measures: SecurityMeasure[];
}) {
  const { t } = useTranslation();
  const byId = new Map(measures.map((m) => [m.id, m]));
  return (
    <Section title={t('activity.sections.g')} testId="section-g">
      {activity.securityMeasureIds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('activity.security.none')}
        </Text>
      ) : (
        <List size="sm" spacing={4} data-testid="security-list">
          {activity.securityMeasureIds.map((id) => {
            const m = byId.get(id);
            return (
              <List.Item key={id}>
                <Group gap={6}>
                  <span>{names.securityMeasures[id] ?? id}</span>
                  {m ? (
                    <Badge size="xs" variant="outline" color="gray">
                      {t(`vocab.securityKind.${m.kind}`)}
                    </Badge>
                  ) : null}
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      <Field label={t('activity.fields.securityDescription')} testId="value-securityDescription">
        {text(activity.securityDescription)}
      </Field>
    </Section>
  );
}
