import { queryOptions } from '@tanstack/react-query';
import type { DataCategory, DataSubjectCategory, SecurityMeasure, System } from '../../../../electron/shared/schemas/entities';
import { call } from '../../api/client';

/** The four catalogues an activity picks from. They share one shape of channels. */
export const catalogueAreas = ['dataCategories', 'dataSubjectCategories', 'securityMeasures', 'systems'] as const;
export type CatalogueArea = (typeof catalogueAreas)[number];
export interface CatalogueItems {
  dataCategories: DataCategory;
  dataSubjectCategories: DataSubjectCategory;
  securityMeasures: SecurityMeasure;
  systems: System;
}

export const catalogueKeys = {
  all: (area: CatalogueArea) => [area] as const,
  list: (area: CatalogueArea) => [area, 'list'] as const,
};

// The four channels are typed one by one in the contract; here they are used through one door.
const listOf = call as (area: CatalogueArea, verb: 'list', input: { search?: string }) => Promise<unknown>;

export function catalogueListQuery<A extends CatalogueArea>(area: A) {
  return queryOptions({
    queryKey: catalogueKeys.list(area),
    queryFn: () => listOf(area, 'list', {}) as Promise<CatalogueItems[A][]>,
  });
}
