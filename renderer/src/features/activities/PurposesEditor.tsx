import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { art6Bases, art9Conditions, art10Grounds, cprGrounds } from '../../../../electron/shared/vocab';
import { VocabSelect } from '../../components/VocabSelect';
import { type ActivityFormValues, emptyPurpose } from '../../lib/activity-form';
import { RowRemove } from './RowRemove';

/** Art 30(1)(b) with the legal basis of each purpose: Art 6, and where relevant Art 9, Art 10 / DBL § 8, DBL § 11. */
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
            <SimpleGrid cols={{ base: 1, md: 2, lg: 4 }}>
              <VocabSelect
                label={t('activity.purposes.art6')}
                group="art6"
                values={art6Bases}
                clearable
                data-testid={`purpose-${i}-art6`}
                {...input(`purposes.${i}.art6Basis`)}
              />
              <VocabSelect
                label={t('activity.purposes.art9')}
                group="art9"
                values={art9Conditions}
                clearable
                {...input(`purposes.${i}.art9Condition`)}
              />
              <VocabSelect
                label={t('activity.purposes.art10')}
                group="art10"
                values={art10Grounds}
                clearable
                {...input(`purposes.${i}.art10Ground`)}
              />
              <VocabSelect
                label={t('activity.purposes.cpr')}
                group="cpr"
                values={cprGrounds}
                clearable
                {...input(`purposes.${i}.cprGround`)}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <TextInput label={t('activity.purposes.national')} {...input(`purposes.${i}.nationalProvision`)} />
              <TextInput label={t('activity.purposes.legitimateInterest')} {...input(`purposes.${i}.legitimateInterest`)} />
            </SimpleGrid>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
