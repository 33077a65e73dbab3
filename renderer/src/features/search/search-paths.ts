import type { SearchHit } from '../../../../electron/shared/schemas/search';
import { entityPath } from '../findings/entity-link';

const catalogueTab = {
  dataCategory: 'dataCategories',
  dataSubjectCategory: 'dataSubjectCategories',
  securityMeasure: 'securityMeasures',
  system: 'systems',
} as const;

/** Where a hit of the register-wide search opens: the page on which the entry is read and edited. */
export function hitPath(hit: SearchHit): string {
  switch (hit.kind) {
    case 'activity':
      return `/activities/${hit.id}`;
    case 'recipient':
      return `/recipients/${hit.id}`;
    case 'transfer':
      return hit.parentId ? `/activities/${hit.parentId}` : '/transfers';
    case 'dpa':
      return hit.parentId ? `/recipients/${hit.parentId}` : '/dpas';
    case 'processorActivity':
      return '/processor-record';
    case 'finding':
      return hit.finding
        ? entityPath({
            entity: { type: hit.finding.entityType as Parameters<typeof entityPath>[0]['entity']['type'], id: hit.finding.entityId },
            activityId: hit.finding.activityId,
            recipientId: hit.finding.recipientId,
          })
        : '/findings';
    default:
      return `/catalogues?tab=${catalogueTab[hit.kind]}`;
  }
}

/** Where "all N" of a kind opens, for the lists that keep their search in the address. */
export function allHitsPath(kind: SearchHit['kind'], q: string): string | null {
  if (kind === 'activity') return `/activities?q=${encodeURIComponent(q)}`;
  if (kind === 'finding') return `/findings?q=${encodeURIComponent(q)}`;
  return null;
}
