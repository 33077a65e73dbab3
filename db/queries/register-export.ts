import { asc } from 'drizzle-orm';
import { canonicaliseRegister, emptyRegister, type Register, registerSchema } from '../../electron/shared/schemas/register';
import type { DbOrTx } from '../client';
import { dpfEntries, dpfSnapshots, settings } from '../schema';
import { allActivities } from './activities';
import { getOrganisation } from './organisation';
import {
  acknowledgementStore,
  dataCategoryStore,
  dataSubjectCategoryStore,
  dpaStore,
  processorActivityStore,
  recipientStore,
  securityMeasureStore,
  systemStore,
  transferStore,
} from './stores';

export function readDpfSnapshots(db: DbOrTx): Register['dpfSnapshots'] {
  const entries = db.select().from(dpfEntries).orderBy(asc(dpfEntries.id)).all();
  return db
    .select()
    .from(dpfSnapshots)
    .orderBy(asc(dpfSnapshots.id))
    .all()
    .map((s) => ({
      ...s,
      entries: entries
        .filter((e) => e.snapshotId === s.id)
        .map(({ orgName, coveredEntities, status, frameworks, dataTypes }) => ({
          orgName,
          coveredEntities,
          status,
          frameworks,
          dataTypes,
        })),
    })) as Register['dpfSnapshots'];
}

/**
 * The whole register as one document. Every list is sorted by id and the document passes
 * through the schema, which fixes key order: the same register always gives the same bytes.
 */
export function readRegister(db: DbOrTx): Register {
  const doc: Register = {
    ...emptyRegister(),
    organisation: getOrganisation(db),
    dataCategories: dataCategoryStore.all(db),
    dataSubjectCategories: dataSubjectCategoryStore.all(db),
    securityMeasures: securityMeasureStore.all(db),
    systems: systemStore.all(db),
    recipients: recipientStore.all(db),
    dpas: dpaStore.all(db),
    activities: allActivities(db),
    transfers: transferStore.all(db),
    processorActivities: processorActivityStore.all(db),
    findingAcknowledgements: acknowledgementStore.all(db),
    dpfSnapshots: readDpfSnapshots(db),
    settings: db.select().from(settings).orderBy(asc(settings.key)).all() as Register['settings'],
  };
  return registerSchema.parse(canonicaliseRegister(doc));
}

export function serialiseRegister(register: Register): string {
  return `${JSON.stringify(register, null, 2)}\n`;
}
