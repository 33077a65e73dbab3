import type { InputOf } from '../../../../electron/shared/contract';
import { call } from '../../api/client';
import { registerWide, useAppMutation } from '../../hooks/useAppMutation';
import { type CatalogueArea, catalogueKeys } from './queries';

// Catalogue names show on activity pages, so those go stale with the catalogue.
function touched(area: CatalogueArea) {
  return [catalogueKeys.all(area), ['activities'], ...registerWide];
}

export function useCreateCatalogueItemMutation<A extends CatalogueArea>(area: A) {
  return useAppMutation({
    mutationFn: (input: InputOf<A, 'create'>) => (call as (a: A, v: 'create', i: unknown) => Promise<unknown>)(area, 'create', input),
    invalidates: touched(area),
  });
}

export function useUpdateCatalogueItemMutation<A extends CatalogueArea>(area: A) {
  return useAppMutation({
    mutationFn: (input: InputOf<A, 'update'>) => (call as (a: A, v: 'update', i: unknown) => Promise<unknown>)(area, 'update', input),
    invalidates: touched(area),
  });
}

export function useDeleteCatalogueItemMutation(area: CatalogueArea) {
  return useAppMutation({ mutationFn: (id: string) => call(area, 'delete', { id }), invalidates: touched(area) });
}
