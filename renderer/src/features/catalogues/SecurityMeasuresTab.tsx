import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type SecurityMeasure, securityMeasureSchema } from '../../../../electron/shared/schemas/entities';
import { securityMeasureKinds } from '../../../../electron/shared/vocab';
import { VocabSelect } from '../../components/VocabSelect';
import { vocabLabel } from '../../i18n/vocab';
import { text } from '../../lib/format';
import { CatalogueFormModal } from './CatalogueFormModal';
import { CatalogueTab } from './CatalogueTab';

const schema = securityMeasureSchema.omit({ id: true, createdAt: true, updatedAt: true });

function initial(item?: SecurityMeasure) {
  return { name: item?.name ?? '', description: item?.description ?? '', kind: item?.kind ?? ('technical' as SecurityMeasure['kind']) };
}

/** Technical and organisational security measures (Art 32) that activities refer to. */
export function SecurityMeasuresTab() {
  const { t } = useTranslation();
  return (
    <CatalogueTab
      area="securityMeasures"
      intro={t('catalogues.intro.securityMeasures')}
      columns={[
        { label: t('catalogues.fields.kind'), render: (c) => vocabLabel(t, 'securityKind', c.kind) },
        { label: t('common.description'), render: (c) => text(c.description) },
      ]}
      renderForm={(item, onClose) => (
        <CatalogueFormModal
          area="securityMeasures"
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
                group="securityKind"
                values={securityMeasureKinds}
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
