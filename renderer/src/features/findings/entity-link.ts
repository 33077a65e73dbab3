import type { AcknowledgedFinding } from '../../../../electron/shared/schemas/findings';

/**
 * Where the DPO fixes what a finding is about: the activity or recipient page; a transfer on its
 * activity's page (section e), else the transfer list; a DPA on its processor's page, else the DPA list.
 */
export function entityPath(f: AcknowledgedFinding, dpaOwner: (dpaId: string) => string | undefined): string {
  switch (f.entity.type) {
    case 'activity':
      return `/activities/${f.entity.id}`;
    case 'recipient':
      return `/recipients/${f.entity.id}`;
    case 'transfer':
      return f.activityId ? `/activities/${f.activityId}` : '/transfers';
    case 'dpa': {
      const recipientId = dpaOwner(f.entity.id);
      return recipientId ? `/recipients/${recipientId}` : '/dpas';
    }
    case 'organisation':
      return '/organisation';
    case 'processorActivity':
      return '/processor-record';
  }
}
