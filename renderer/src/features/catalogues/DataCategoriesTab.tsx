import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DataCategory, dataCategorySchema } from '../../../../electron/shared/schemas/entities';
import { dataSensitivities, retentionClasses, specialKinds } from '../../../../electron/shared/vocab';
import { VocabSelect } from '../../components/VocabSelect';
import { vocabLabel } from '../../i18n/vocab';
import { text } from '../../lib/format';
import { SensitivityBadge } from '../activities/sections/CategoriesSection';
import { CatalogueFormModal } from './CatalogueFormModal';
import { CatalogueTab } from './CatalogueTab';

const schema = dataCategorySchema.omit({ id: true, createdAt: true, updatedAt: true });

function initial(item?: DataCategory) {
  return {
    name: item?.name ?? '',
    description: item?.description ?? '',
    sensitivity: item?.sensitivity ?? ('ordinary' as DataCategory['sensitivity']),
    specialKind: item?.specialKind ?? null,
    retentionClass: item?.retentionClass ?? ('other' as DataCategory['retentionClass']),
  };
}

/** Categories of personal data, with their sensitivity (ordinary, Art 9, Art 10, CPR) and retention class. */
export function DataCategoriesTab() {
  const { t } = useTranslation();
  return (
    <CatalogueTab
      area="dataCategories"
      intro={t('catalogues.intro.dataCategories')}
      columns={[
        { label: t('activity.categories.sensitivity'), render: (c) => <SensitivityBadge sensitivity={c.sensitivity} /> },
        { label: t('activity.categories.specialKind'), render: (c) => vocabLabel(t, 'specialKind', c.specialKind) },
        { label: t('catalogues.fields.retentionClass'), render: (c) => vocabLabel(t, 'retentionClass', c.retentionClass) },
        { label: t('common.description'), render: (c) => text(c.description) },
      ]}
      renderForm={(item, onClose) => (
        <CatalogueFormModal
          area="dataCategories"
          item={item}
          schema={schema}
          initialValues={initial(item)}
          title={item ? t('catalogues.editTitle') : t('catalogues.newTitle')}
          onClose={onClose}
        >
          {(form) => (
            <>
              <TextInput label={t('common.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <VocabSelect
                  label={t('activity.categories.sensitivity')}
                  group="sensitivity"
                  values={dataSensitivities}
                  allowDeselect={false}
                  {...form.getInputProps('sensitivity')}
                />
                <VocabSelect
                  label={t('activity.categories.specialKind')}
                  group="specialKind"
                  values={specialKinds}
                  clearable
                  {...form.getInputProps('specialKind')}
                />
                <VocabSelect
                  label={t('catalogues.fields.retentionClass')}
                  group="retentionClass"
                  values={retentionClasses}
                  allowDeselect={false}
                  {...form.getInputProps('retentionClass')}
                />
              </SimpleGrid>
              <Textarea label={t('common.description')} autosize minRows={2} {...form.getInputProps('description')} />
            </>
          )}
        </CatalogueFormModal>
      )}
    />
  );
}
