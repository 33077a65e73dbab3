import { Alert, Button, Divider, Group, MultiSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../electron/shared/schemas/entities';
import { activityStatuses, dpiaStatuses } from '../../../../electron/shared/vocab';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { VocabSelect } from '../../components/VocabSelect';
import { useServerErrors } from '../../hooks/useServerErrors';
import { type ActivityFormValues, activityFormSchema, toFormValues, toUpdateInput } from '../../lib/activity-form';
import { scrollToFirstError } from '../../lib/scroll-to-error';
import { DataRelationsEditor } from './DataRelationsEditor';
import { useUpdateActivityMutation } from './mutations';
import { PurposesEditor } from './PurposesEditor';
import { activityKeys } from './queries';
import { RecipientRelationsEditor } from './RecipientRelationsEditor';
import { useRelationOptions } from './useRelationOptions';

/**
 * Edits an activity: its main fields, its purposes with their legal basis, and what it links to
 * (data subjects, data categories with erasure limits, recipients, the linkage, security
 * measures, systems), in Art 30(1) order. Validated with the contract's schema
 * before sending; when main still refuses, its message and per-field details are shown and
 * everything typed stays in the form.
 */
export function ActivityEditForm({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateActivityMutation();
  const applyErrors = useServerErrors();
  const queryClient = useQueryClient();
  const options = useRelationOptions();
  const form = useForm<ActivityFormValues>({
    mode: 'uncontrolled',
    initialValues: toFormValues(activity),
    validate: zod4Resolver(activityFormSchema),
  });
  const input = (path: keyof ActivityFormValues) => ({ key: form.key(path), ...form.getInputProps(path) });

  return (
    <Paper withBorder p="md" data-testid="activity-form">
      <form
        noValidate
        onSubmit={form.onSubmit(
          (values) =>
            update.mutate(toUpdateInput(values, activity), {
              onSuccess: onDone,
              onError: (e) => {
                applyErrors(form, e);
                // Show the newer version below; a second Save is then a deliberate overwrite with what was typed.
                if (e.code === 'CONFLICT') void queryClient.invalidateQueries({ queryKey: activityKeys.detail(activity.id) });
              },
            }),
          scrollToFirstError,
        )}
      >
        <Stack>
          <Title order={4}>{t('activity.edit.title')}</Title>
          {update.isError ? <ErrorAlert error={update.error} testId="activity-form-error" /> : null}
          {update.error?.code === 'CONFLICT' ? (
            <Alert color="yellow" data-testid="activity-form-conflict">
              {t('activity.edit.conflictHint')}
            </Alert>
          ) : null}
          {Object.keys(form.errors).length > 0 && !update.isError ? (
            <Alert color="red" data-testid="activity-form-invalid">
              {t('common.fieldErrors')}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <TextInput label={t('activity.fields.name')} withAsterisk data-testid="field-name" {...input('name')} />
            <TextInput label={t('activity.fields.reference')} data-testid="field-reference" {...input('reference')} />
            <VocabSelect
              label={t('activity.fields.status')}
              group="activityStatus"
              values={activityStatuses}
              allowDeselect={false}
              data-testid="field-status"
              {...input('status')}
            />
            <TextInput label={t('activity.fields.businessFunction')} data-testid="field-businessFunction" {...input('businessFunction')} />
            <TextInput label={t('activity.fields.owner')} data-testid="field-owner" {...input('owner')} />
            <DateField label={t('activity.fields.lastReviewedOn')} data-testid="field-lastReviewedOn" {...input('lastReviewedOn')} />
            <DateField label={t('activity.fields.nextReviewOn')} data-testid="field-nextReviewOn" {...input('nextReviewOn')} />
            <VocabSelect
              label={t('activity.fields.dpiaStatus')}
              group="dpiaStatus"
              values={dpiaStatuses}
              allowDeselect={false}
              {...input('dpiaStatus')}
            />
            <TextInput label={t('activity.fields.dpiaReference')} {...input('dpiaReference')} />
          </SimpleGrid>
          <Textarea
            label={t('activity.fields.description')}
            autosize
            minRows={2}
            data-testid="field-description"
            {...input('description')}
          />
          <Divider />
          <PurposesEditor form={form} />
          <Textarea
            label={t('activity.fields.legalBasisText')}
            autosize
            minRows={2}
            data-testid="field-legalBasisText"
            {...input('legalBasisText')}
          />
          <Divider />
          <DataRelationsEditor form={form} subjects={options.subjects} categories={options.categories} />
          <Textarea
            label={t('activity.fields.retentionSummary')}
            autosize
            minRows={2}
            data-testid="field-retentionSummary"
            {...input('retentionSummary')}
          />
          <Divider />
          <RecipientRelationsEditor
            form={form}
            recipients={options.recipients}
            subjects={options.subjects}
            categories={options.categories}
          />
          <Divider />
          <Text fw={600}>{t('activity.sections.g')}</Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <MultiSelect label={t('activity.edit.securityMeasures')} data={options.measures} searchable {...input('securityMeasureIds')} />
            <MultiSelect label={t('activity.fields.systems')} data={options.systems} searchable {...input('systemIds')} />
          </SimpleGrid>
          <Textarea
            label={t('activity.fields.securityDescription')}
            autosize
            minRows={2}
            data-testid="field-securityDescription"
            {...input('securityDescription')}
          />
          <Divider />
          <Textarea label={t('activity.fields.notes')} autosize minRows={2} data-testid="field-notes" {...input('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone} data-testid="activity-cancel">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending} data-testid="activity-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
