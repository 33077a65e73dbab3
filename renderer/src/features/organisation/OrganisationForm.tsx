import { Button, Checkbox, Group, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../electron/shared/schemas/entities';
import { controllerTypes } from '../../../../electron/shared/vocab';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { VocabSelect } from '../../components/VocabSelect';
import { useServerErrors } from '../../hooks/useServerErrors';
import { scrollToFirstError } from '../../lib/scroll-to-error';
import { useSaveOrganisationMutation } from './mutations';
import { type OrganisationFormValues, organisationFormSchema, organisationFormValues } from './organisation-form';

export function OrganisationForm({ organisation }: { organisation: Organisation | null }) {
  const { t } = useTranslation();
  const save = useSaveOrganisationMutation();
  const applyErrors = useServerErrors();
  const form = useForm<OrganisationFormValues>({
    initialValues: organisationFormValues(organisation),
    validate: zod4Resolver(organisationFormSchema),
  });
  const f = (key: keyof OrganisationFormValues) => `organisation.fields.${key}` as const;
  const input = (key: keyof OrganisationFormValues) => ({ label: t(f(key) as never), ...form.getInputProps(key) });
  const upper = (key: 'country' | 'processingJurisdiction') => ({
    label: t(f(key) as never),
    maxLength: 2,
    value: form.values[key],
    error: form.errors[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => form.setFieldValue(key, e.currentTarget.value.toUpperCase()),
  });

  return (
    <form
      noValidate
      data-testid="organisation-form"
      onSubmit={form.onSubmit((values) => save.mutate(values, { onError: (e) => applyErrors(form, e, '') }), scrollToFirstError)}
    >
      <Stack>
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        <Section title={t('organisation.sections.controller')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <TextInput {...input('name')} withAsterisk data-testid="organisation-name" />
            <TextInput {...input('registrationNumber')} />
            <VocabSelect {...input('controllerType')} group="controllerType" values={controllerTypes} allowDeselect={false} />
            <TextInput {...input('address')} />
            <TextInput {...input('postcode')} />
            <TextInput {...input('city')} />
            <TextInput {...upper('country')} withAsterisk />
            <TextInput {...input('email')} />
            <TextInput {...input('phone')} />
            <TextInput {...input('website')} />
            <NumberInput
              label={t('organisation.fields.employeeCount')}
              min={0}
              allowDecimal={false}
              value={form.values.employeeCount ?? ''}
              error={form.errors.employeeCount}
              onChange={(v) => form.setFieldValue('employeeCount', typeof v === 'number' ? v : null)}
            />
            <TextInput {...upper('processingJurisdiction')} withAsterisk />
          </SimpleGrid>
          <Checkbox label={t('organisation.fields.actsAsProcessor')} {...form.getInputProps('actsAsProcessor', { type: 'checkbox' })} />
        </Section>
        <Section title={t('organisation.sections.dpo')}>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('organisation.fields.dpoAppointed')}
            </Text>
            {/* Three answers: "not recorded" is a real state, e.g. when a privacy policy does not say. */}
            <SegmentedControl
              data-testid="organisation-dpoAppointed"
              data={[
                { value: 'unknown', label: t('organisation.dpoAnswers.unknown') },
                { value: 'yes', label: t('organisation.dpoAnswers.yes') },
                { value: 'no', label: t('organisation.dpoAnswers.no') },
              ]}
              value={form.values.dpoAppointed === null ? 'unknown' : form.values.dpoAppointed ? 'yes' : 'no'}
              onChange={(v) => form.setFieldValue('dpoAppointed', v === 'unknown' ? null : v === 'yes')}
            />
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput {...input('dpoName')} />
            <TextInput {...input('dpoEmail')} />
            <TextInput {...input('dpoPhone')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...input('euRepresentativeName')} />
            <Textarea {...input('euRepresentativeContact')} autosize />
          </SimpleGrid>
        </Section>
        <Section title={t('organisation.sections.privacy')}>
          <DateField {...input('privacyNoticeUpdatedOn')} w={240} />
          <Textarea {...input('privacyNoticeText')} autosize minRows={4} maxRows={16} />
        </Section>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="organisation-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
