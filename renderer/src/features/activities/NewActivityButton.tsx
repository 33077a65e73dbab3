import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { activityCreateInput } from '../../../../electron/shared/schemas/inputs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { scrollToFirstError } from '../../lib/scroll-to-error';
import { useCreateActivityMutation } from './mutations';

const newActivitySchema = activityCreateInput.pick({ name: true, reference: true });

/** Starts a new activity from its name (and optional reference); the rest is filled in on its page. */
export function NewActivityButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const create = useCreateActivityMutation();
  const form = useForm({ initialValues: { name: '', reference: '' }, validate: zod4Resolver(newActivitySchema) });

  return (
    <>
      <Button onClick={open} data-testid="activity-new">
        {t('activities.new')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('activities.newTitle')}>
        <form
          onSubmit={form.onSubmit(
            (values) =>
              create.mutate(
                { name: values.name, reference: values.reference, status: 'planned' },
                {
                  onSuccess: (a) => {
                    close();
                    form.reset();
                    navigate(`/activities/${a.id}`);
                  },
                },
              ),
            scrollToFirstError,
          )}
        >
          <Stack>
            {create.isError ? <ErrorAlert error={create.error} /> : null}
            <TextInput label={t('activity.fields.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
            <TextInput label={t('activity.fields.reference')} {...form.getInputProps('reference')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('common.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
