import { useTranslation } from 'react-i18next';
import { text } from '../../lib/format';
import { CatalogueTab } from './CatalogueTab';

/** IT systems where the personal data live (where they are hosted is part of the transfer picture). */
export function SystemsTab() {
  const { t } = useTranslation();
  return <CatalogueTab area="systems" columns={[{ label: t('catalogues.fields.location'), render: (c) => text(c.location) }]} />;
}
