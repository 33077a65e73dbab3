import { eq, inArray, type SQL } from 'drizzle-orm';
import {
  dpfSnapshotSchema,
  organisationSchema,
  processorActivitySchema,
  recipientSchema,
  transferSchema,
} from '../../electron/shared/schemas/entities';
import type { FindingEntityType } from '../../electron/shared/schemas/findings';
import { emptyRegister, type Register } from '../../electron/shared/schemas/register';
import type { DbOrTx } from '../client';
import * as t from '../schema';
import { keysOf, readActivities, readDpas } from './register-export';
import { readAll } from './row-reader';

const transfersWhere = (db: DbOrTx, where: SQL) =>
  readAll<Register['transfers'][number]>(db, t.transfers, keysOf(transferSchema), { where });
const recipientsWhere = (db: DbOrTx, ids: string[]) =>
  readAll<Register['recipients'][number]>(db, t.recipients, keysOf(recipientSchema), { where: inArray(t.recipients.id, ids) });

/**
 * The part of the register one entry's acknowledgement fingerprint covers (the entry and the
 * relations its findings depend on; compliance/acknowledgements.ts), read as readRegister reads
 * it — so acknowledging a finding never reads the whole register.
 */
export function readEntityScope(db: DbOrTx, type: FindingEntityType, id: string): Register {
  const doc = emptyRegister();
  switch (type) {
    case 'activity':
      doc.activities = readActivities(db, [id]);
      doc.transfers = transfersWhere(db, eq(t.transfers.activityId, id));
      break;
    case 'recipient':
      doc.recipients = recipientsWhere(db, [id]);
      doc.dpas = readDpas(db, eq(t.dpas.recipientId, id));
      doc.transfers = transfersWhere(db, eq(t.transfers.exporterRecipientId, id));
      break;
    case 'transfer':
      doc.transfers = transfersWhere(db, eq(t.transfers.id, id));
      doc.recipients = recipientsWhere(
        db,
        doc.transfers.map((x) => x.recipientId),
      );
      break;
    case 'dpa':
      doc.dpas = readDpas(db, eq(t.dpas.id, id));
      break;
    case 'organisation':
      doc.organisation = readAll<NonNullable<Register['organisation']>>(db, t.organisation, keysOf(organisationSchema))[0] ?? null;
      doc.dpfSnapshots = readAll<Register['dpfSnapshots'][number]>(db, t.dpfSnapshots, keysOf(dpfSnapshotSchema)).map((s) => ({
        ...s,
        entries: [],
      }));
      break;
    case 'processorActivity':
      doc.processorActivities = readAll(db, t.processorActivities, keysOf(processorActivitySchema), {
        where: eq(t.processorActivities.id, id),
      });
      break;
  }
  return doc;
}
