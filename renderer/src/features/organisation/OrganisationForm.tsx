import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../electron/shared/schemas/entities';
import { EntityFields } from '../../components/EntityFields';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useServerErrors } from '../../hooks/useServerErrors';
import { scrollToFirstError } from '../../lib/scroll-to-error';
import { useSaveOrganisationMutation } from './mutations';
import { type OrganisationFormValues, organisationFormSchema, organisationFormSections, organisationFormValues } from './organisation-form';

export function OrganisationForm({ organisation }: { organisation: Organisation | null }) {
  const { t } = useTranslation();
  const save = useSaveOrganisationMutation();
  const applyErrors = useServerErrors();
  const form = useForm<OrganisationFormValues>({
    initialValues: organisationFormValues(organisation),
    validate: zod4Resolver(organisationFormSchema),
  });

  return (
    <form
      noValidate
      data-testid="organisation-form"
      onSubmit={form.onSubmit((values) => save.mutate(values, { onError: (e) => applyErrors(form, e, '') }), scrollToFirstError)}
    >
      <Stack>
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        {organisationFormSections.map((section) => (
          <Section key={section.title} title={t(section.title)}>
            <EntityFields form={form as never} schema={organisationFormSchema} keys={section.keys} columns={3} />
          </Section>
        ))}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="organisation-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
