import { Textarea, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useEntityFormSave } from '../../hooks/useEntityFormSave';
import { type CatalogueFormValues, catalogueForms } from './catalogue-forms';
import { useCreateCatalogueItemMutation, useUpdateCatalogueItemMutation } from './mutations';
import type { CatalogueArea, CatalogueItems } from './queries';

/** One modal for the four catalogues: name and description for all, each catalogue's own fields in between. */
export function CatalogueFormModal<A extends CatalogueArea>({
  area,
  item,
  onClose,
  children,
}: {
  area: A;
  item?: CatalogueItems[A];
  onClose: () => void;
  children: (form: UseFormReturnType<CatalogueFormValues<A>>) => ReactNode;
}) {
  const { t } = useTranslation();
  const create = useCreateCatalogueItemMutation(area);
  const update = useUpdateCatalogueItemMutation(area);
  // The four areas' forms and channels are typed one by one; here they are used through one door.
  const { schema } = catalogueForms[area];
  const initialValues = catalogueForms[area].initialValues as unknown as (item?: CatalogueItems[A]) => CatalogueFormValues<A>;
  const form = useForm<CatalogueFormValues<A>>({ initialValues: initialValues(item), validate: zod4Resolver(schema) });
  const save = useEntityFormSave(form, item, create as never, update as never, onClose);

  return (
    <FormModal
      onClose={onClose}
      title={item ? t('catalogues.editTitle') : t('catalogues.newTitle')}
      size="lg"
      testId={`${area}-form`}
      save={save}
      saveTestId={`${area}-save`}
    >
      <TextInput label={t('common.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
      {children(form)}
      <Textarea label={t('common.description')} autosize minRows={2} {...form.getInputProps('description')} />
    </FormModal>
  );
}
