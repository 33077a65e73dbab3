import {
  dataCategoryFieldDefaults,
  dataSubjectCategoryFieldDefaults,
  securityMeasureFieldDefaults,
  systemFieldDefaults,
} from '../../../../electron/shared/schemas/blank-entities';
import {
  type DataCategory,
  type DataSubjectCategory,
  dataCategorySchema,
  dataSubjectCategorySchema,
  type SecurityMeasure,
  type System,
  securityMeasureSchema,
  systemSchema,
} from '../../../../electron/shared/schemas/entities';
import { entityFormValues } from '../../lib/entity-form';
import type { CatalogueArea } from './queries';

const serverKeys = { id: true, createdAt: true, updatedAt: true } as const;

/** Each catalogue's form: the contract's schema (so the form rejects what main rejects) and its starting values. */
export const catalogueForms = {
  dataCategories: {
    schema: dataCategorySchema.omit(serverKeys),
    initialValues: (item?: DataCategory) => entityFormValues(item ?? dataCategoryFieldDefaults(), ['description']),
  },
  dataSubjectCategories: {
    schema: dataSubjectCategorySchema.omit(serverKeys),
    initialValues: (item?: DataSubjectCategory) => entityFormValues(item ?? dataSubjectCategoryFieldDefaults(), ['description']),
  },
  securityMeasures: {
    schema: securityMeasureSchema.omit(serverKeys),
    initialValues: (item?: SecurityMeasure) => entityFormValues(item ?? securityMeasureFieldDefaults(), ['description']),
  },
  systems: {
    schema: systemSchema.omit(serverKeys),
    initialValues: (item?: System) => entityFormValues(item ?? systemFieldDefaults(), ['description', 'location']),
  },
} satisfies Record<CatalogueArea, unknown>;

export type CatalogueFormValues<A extends CatalogueArea> = ReturnType<(typeof catalogueForms)[A]['initialValues']>;
