import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { purposeSchema } from '../../../../electron/shared/schemas/entities';
import { EntityFields } from '../../components/EntityFields';
import { type ActivityFormValues, emptyPurpose, purposeFormKeys } from '../../lib/activity-form';
import { RowRemove } from './RowRemove';

/** Art 30(1)(b) with the legal basis of each purpose: Art 6, and where relevant Art 9, Art 10 / DBL § 8, DBL § 11, and its documentation. */
export function PurposesEditor({ form }: { form: UseFormReturnType<ActivityFormValues> }) {
  const { t } = useTranslation();
  const purposes = form.getValues().purposes;
  const input = (path: string) => ({ key: form.key(path), ...form.getInputProps(path) });

  return (
    <Stack gap="xs" data-testid="purposes-editor">
      <Group justify="space-between">
        <Text fw={600}>{t('activity.edit.purposes')}</Text>
        <Button size="xs" variant="light" data-testid="purpose-add" onClick={() => form.insertListItem('purposes', emptyPurpose())}>
          {t('activity.purposes.add')}
        </Button>
      </Group>
      {purposes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('activity.purposes.none')}
        </Text>
      ) : null}
      {purposes.map((p, i) => (
        <Paper key={p.key} withBorder p="sm" bg="gray.0" data-testid="purpose-row">
          <Stack gap="xs">
            <Group align="flex-start" wrap="nowrap">
              <Textarea
                label={`${t('activity.purposes.purpose')} ${i + 1}`}
                withAsterisk
                autosize
                minRows={1}
                style={{ flex: 1 }}
                data-testid={`purpose-${i}-description`}
                {...input(`purposes.${i}.description`)}
              />
              <RowRemove
                label={t('activity.purposes.remove')}
                testId={`purpose-${i}-remove`}
                onClick={() => form.removeListItem('purposes', i)}
              />
            </Group>
            <EntityFields
              form={form as never}
              schema={purposeSchema}
              keys={purposeFormKeys}
              prefix={`purposes.${i}.`}
              testIdPrefix={`purpose-${i}-`}
              columns={4}
            />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
