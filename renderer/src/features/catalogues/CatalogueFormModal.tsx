import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import { EntityFields } from '../../components/EntityFields';
import { FormModal } from '../../components/FormModal';
import { useEntityFormSave } from '../../hooks/useEntityFormSave';
import { catalogueForms } from './catalogue-forms';
import { useCreateCatalogueItemMutation, useUpdateCatalogueItemMutation } from './mutations';
import type { CatalogueArea, CatalogueItems } from './queries';

/** One modal for the four catalogues: every field of the catalogue's schema, each with the input its kind calls for. */
export function CatalogueFormModal<A extends CatalogueArea>({
  area,
  item,
  onClose,
}: {
  area: A;
  item?: CatalogueItems[A];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateCatalogueItemMutation(area);
  const update = useUpdateCatalogueItemMutation(area);
  const { schema, keys, initialValues } = catalogueForms[area];
  const form = useForm<Record<string, unknown>>({ initialValues: initialValues(item), validate: zod4Resolver(schema) });
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
      <EntityFields form={form as never} schema={schema} keys={keys} />
    </FormModal>
  );
}
