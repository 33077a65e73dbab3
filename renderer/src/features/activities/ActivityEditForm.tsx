import { Alert, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../electron/shared/schemas/entities';
import { EntityFields } from '../../components/EntityFields';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useServerErrors } from '../../hooks/useServerErrors';
import { type ActivityFormValues, activityFormSchema, activityFormSections, toFormValues, toUpdateInput } from '../../lib/activity-form';
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
          <EntityFields form={form as never} schema={activityFormSchema} keys={activityFormSections.main} columns={3} />
          <Divider />
          <PurposesEditor form={form} />
          <EntityFields form={form as never} schema={activityFormSchema} keys={activityFormSections.b} />
          <Divider />
          <DataRelationsEditor form={form} subjects={options.subjects} categories={options.categories} />
          <EntityFields form={form as never} schema={activityFormSchema} keys={activityFormSections.f} />
          <Divider />
          <RecipientRelationsEditor
            form={form}
            recipients={options.recipients}
            subjects={options.subjects}
            categories={options.categories}
          />
          <Divider />
          <Text fw={600}>{t('activity.sections.g')}</Text>
          <EntityFields
            form={form as never}
            schema={activityFormSchema}
            keys={['securityMeasureIds', 'systemIds', ...activityFormSections.g]}
            references={{ securityMeasure: options.measures, system: options.systems }}
          />
          <Divider />
          <Text fw={600}>{t('activity.sections.further')}</Text>
          <EntityFields form={form as never} schema={activityFormSchema} keys={activityFormSections.further} />
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
