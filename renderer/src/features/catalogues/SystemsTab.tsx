import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type System, systemSchema } from '../../../../electron/shared/schemas/entities';
import { text } from '../../lib/format';
import { CatalogueFormModal } from './CatalogueFormModal';
import { CatalogueTab } from './CatalogueTab';

const schema = systemSchema.omit({ id: true, createdAt: true, updatedAt: true });

function initial(item?: System) {
  return { name: item?.name ?? '', description: item?.description ?? '', location: item?.location ?? '' };
}

/** IT systems where the personal data live (where they are hosted is part of the transfer picture). */
export function SystemsTab() {
  const { t } = useTranslation();
  return (
    <CatalogueTab
      area="systems"
      intro={t('catalogues.intro.systems')}
      columns={[
        { label: t('catalogues.fields.location'), render: (c) => text(c.location) },
        { label: t('common.description'), render: (c) => text(c.description) },
      ]}
      renderForm={(item, onClose) => (
        <CatalogueFormModal
          area="systems"
          item={item}
          schema={schema}
          initialValues={initial(item)}
          title={item ? t('catalogues.editTitle') : t('catalogues.newTitle')}
          onClose={onClose}
        >
          {(form) => (
            <>
              <TextInput label={t('common.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
              <TextInput label={t('catalogues.fields.location')} {...form.getInputProps('location')} />
              <Textarea label={t('common.description')} autosize minRows={2} {...form.getInputProps('description')} />
            </>
          )}
        </CatalogueFormModal>
      )}
    />
  );
}
