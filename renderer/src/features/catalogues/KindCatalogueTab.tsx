import { useTranslation } from 'react-i18next';
import { securityMeasureKinds, subjectKinds } from '../../../../electron/shared/vocab';
import { VocabSelect } from '../../components/VocabSelect';
import { vocabLabel } from '../../i18n/vocab';
import { CatalogueTab } from './CatalogueTab';

/** Each such catalogue's vocabulary of kinds. */
const kinds = {
  dataSubjectCategories: { group: 'subjectKind', values: subjectKinds },
  securityMeasures: { group: 'securityKind', values: securityMeasureKinds },
} as const;

/**
 * The catalogues whose entries have a kind: categories of data subjects (customers, course
 * participants, employees, …) and the technical and organisational security measures (Art 32).
 */
export function KindCatalogueTab({ area }: { area: keyof typeof kinds }) {
  const { t } = useTranslation();
  const { group, values } = kinds[area];
  return (
    <CatalogueTab
      area={area}
      columns={[{ label: t('catalogues.fields.kind'), render: (c) => vocabLabel(t, group, c.kind) }]}
      fields={(form) => (
        <VocabSelect
          label={t('catalogues.fields.kind')}
          group={group}
          values={values}
          allowDeselect={false}
          {...form.getInputProps('kind')}
        />
      )}
    />
  );
}
