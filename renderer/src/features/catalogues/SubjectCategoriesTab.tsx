import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type DataSubjectCategory, dataSubjectCategorySchema } from '../../../../electron/shared/schemas/entities';
import { subjectKinds } from '../../../../electron/shared/vocab';
import { VocabSelect } from '../../components/VocabSelect';
import { vocabLabel } from '../../i18n/vocab';
import { text } from '../../lib/format';
import { CatalogueFormModal } from './CatalogueFormModal';
import { CatalogueTab } from './CatalogueTab';

const schema = dataSubjectCategorySchema.omit({ id: true, createdAt: true, updatedAt: true });

function initial(item?: DataSubjectCategory) {
  return { name: item?.name ?? '', description: item?.description ?? '', kind: item?.kind ?? ('other' as DataSubjectCategory['kind']) };
}

/** Categories of data subjects (customers, course participants, employees, …). */
export function SubjectCategoriesTab() {
  const { t } = useTranslation();
  return (
    <CatalogueTab
      area="dataSubjectCategories"
      intro={t('catalogues.intro.dataSubjectCategories')}
      columns={[
        { label: t('catalogues.fields.kind'), render: (c) => vocabLabel(t, 'subjectKind', c.kind) },
        { label: t('common.description'), render: (c) => text(c.description) },
      ]}
      renderForm={(item, onClose) => (
        <CatalogueFormModal
          area="dataSubjectCategories"
          item={item}
          schema={schema}
          initialValues={initial(item)}
          title={item ? t('catalogues.editTitle') : t('catalogues.newTitle')}
          onClose={onClose}
        >
          {(form) => (
            <>
              <TextInput label={t('common.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
              <VocabSelect
                label={t('catalogues.fields.kind')}
                group="subjectKind"
                values={subjectKinds}
                allowDeselect={false}
                {...form.getInputProps('kind')}
              />
              <Textarea label={t('common.description')} autosize minRows={2} {...form.getInputProps('description')} />
            </>
          )}
        </CatalogueFormModal>
      )}
    />
  );
}
