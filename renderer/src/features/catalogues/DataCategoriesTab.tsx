import { useTranslation } from 'react-i18next';
import { vocabLabel } from '../../i18n/vocab';
import { SensitivityBadge } from '../activities/sections/CategoriesSection';
import { CatalogueTab } from './CatalogueTab';

/** Categories of personal data, with their sensitivity (ordinary, Art 9, Art 10, CPR) and retention class. */
export function DataCategoriesTab() {
  const { t } = useTranslation();
  return (
    <CatalogueTab
      area="dataCategories"
      columns={[
        { label: t('activity.categories.sensitivity'), render: (c) => <SensitivityBadge sensitivity={c.sensitivity} /> },
        { label: t('activity.categories.specialKind'), render: (c) => vocabLabel(t, 'specialKind', c.specialKind) },
        { label: t('catalogues.fields.retentionClass'), render: (c) => vocabLabel(t, 'retentionClass', c.retentionClass) },
      ]}
    />
  );
}
