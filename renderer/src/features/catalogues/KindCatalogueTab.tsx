import { useTranslation } from 'react-i18next';
import { vocabLabel } from '../../i18n/vocab';
import { CatalogueTab } from './CatalogueTab';

/** The label group of each such catalogue's kinds. */
const kinds = {
  dataSubjectCategories: { group: 'subjectKind' },
  securityMeasures: { group: 'securityKind' },
} as const;

/**
 * The catalogues whose entries have a kind: categories of data subjects (customers, course
 * participants, employees, …) and the technical and organisational security measures (Art 32).
 */
export function KindCatalogueTab({ area }: { area: keyof typeof kinds }) {
  const { t } = useTranslation();
  const { group } = kinds[area];
  return <CatalogueTab area={area} columns={[{ label: t('catalogues.fields.kind'), render: (c) => vocabLabel(t, group, c.kind) }]} />;
}
