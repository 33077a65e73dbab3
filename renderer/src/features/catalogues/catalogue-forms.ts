import type { z } from 'zod';
import {
  dataCategoryFieldDefaults,
  dataSubjectCategoryFieldDefaults,
  securityMeasureFieldDefaults,
  systemFieldDefaults,
} from '../../../../electron/shared/schemas/blank-entities';
import {
  dataCategorySchema,
  dataSubjectCategorySchema,
  securityMeasureSchema,
  systemSchema,
} from '../../../../electron/shared/schemas/entities';
import { editableKeys, entityFormValues } from '../../lib/entity-form';
import type { CatalogueArea, CatalogueItems } from './queries';

const serverKeys = { id: true, createdAt: true, updatedAt: true } as const;

function catalogueForm<S extends z.ZodObject<z.ZodRawShape>>(schema: S, blank: () => object) {
  return {
    schema,
    keys: editableKeys(schema),
    initialValues: (item?: object) => entityFormValues<z.input<S>>(schema, item ?? blank()),
  };
}

/** Each catalogue's form, derived from the contract's schema: what it checks, which fields it shows, how they start. */
export const catalogueForms = {
  dataCategories: catalogueForm(dataCategorySchema.omit(serverKeys), dataCategoryFieldDefaults),
  dataSubjectCategories: catalogueForm(dataSubjectCategorySchema.omit(serverKeys), dataSubjectCategoryFieldDefaults),
  securityMeasures: catalogueForm(securityMeasureSchema.omit(serverKeys), securityMeasureFieldDefaults),
  systems: catalogueForm(systemSchema.omit(serverKeys), systemFieldDefaults),
} satisfies Record<CatalogueArea, unknown>;

export type CatalogueFormValues<A extends CatalogueArea> = ReturnType<(typeof catalogueForms)[A]['initialValues']>;
export type CatalogueEntry<A extends CatalogueArea> = CatalogueItems[A];
