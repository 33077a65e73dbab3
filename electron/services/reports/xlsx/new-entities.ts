import { blankActivity, blankRecipient, blankSecurityMeasure } from '../../../shared/schemas/blank-entities';
import type { Activity, Recipient, SecurityMeasure } from '../../../shared/schemas/entities';
import type { RecipientRole } from '../../../shared/vocab';

/**
 * Entities created by a spreadsheet import, with every field the sheet cannot say left empty or at
 * its most neutral value, and a note saying where they came from so the DPO reviews them. (New data
 * categories and data-subject categories are plain blank entities: see blank-entities.ts.)
 */
const IMPORT_NOTE =
  'Oprettet ved import fra regneark (ICO-skabelon); kontrollér oplysningerne. / Created by a spreadsheet import; please review.';

export function newMeasure(id: string, name: string, now: string): SecurityMeasure {
  return { ...blankSecurityMeasure(id, name, now), kind: 'organisational' };
}

export function newRecipient(id: string, name: string, role: RecipientRole, now: string): Recipient {
  return { ...blankRecipient(id, name, role, now), sector: 'other', notes: IMPORT_NOTE };
}

export function newActivity(id: string, name: string, now: string): Activity {
  return { ...blankActivity(id, name, now), notes: IMPORT_NOTE };
}
