import type { FindingEntityType } from '../../../../electron/shared/schemas/findings';

/** What a link to the entry of a finding needs: the entry, and the activity or recipient it belongs to. */
export interface FindingPlace {
  entity: { type: FindingEntityType; id: string };
  activityId?: string | null;
  recipientId?: string | null;
}

/**
 * Where the DPO fixes what a finding is about: the activity or recipient page; a transfer on its
 * activity's page (section e), else the transfer list; a DPA on its processor's page, else the DPA list.
 */
export function entityPath(f: FindingPlace): string {
  switch (f.entity.type) {
    case 'activity':
      return `/activities/${f.entity.id}`;
    case 'recipient':
      return `/recipients/${f.entity.id}`;
    case 'transfer':
      return f.activityId ? `/activities/${f.activityId}` : '/transfers';
    case 'dpa':
      return f.recipientId ? `/recipients/${f.recipientId}` : '/dpas';
    case 'organisation':
      return '/organisation';
    case 'processorActivity':
      return '/processor-record';
  }
}
