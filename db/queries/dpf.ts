import { desc } from 'drizzle-orm';
import type { DpfEntry } from '../../electron/shared/schemas/entities';
import type { DbOrTx } from '../client';
import { dpfEntries, dpfSnapshots } from '../schema';
import { recordAudit } from './audit';
import { newId } from './ids';

export interface DpfSnapshotInput {
  snapshotDate: string;
  sourceName: string | null;
  entries: DpfEntry[];
}

/** Stores an imported copy of the DPF List in one transaction; the audit row records its size, not its rows. */
export function saveDpfSnapshot(db: DbOrTx, input: DpfSnapshotInput, at: string) {
  return db.transaction((tx) => {
    const snapshot = { id: newId(), snapshotDate: input.snapshotDate, sourceName: input.sourceName, importedAt: at };
    tx.insert(dpfSnapshots).values(snapshot).run();
    for (let i = 0; i < input.entries.length; i += 200) {
      tx.insert(dpfEntries)
        .values(input.entries.slice(i, i + 200).map((e) => ({ ...e, snapshotId: snapshot.id })))
        .run();
    }
    const summary = { ...snapshot, entryCount: input.entries.length };
    recordAudit(tx, { entity: 'dpf_snapshot', entityId: snapshot.id, action: 'import', before: null, after: summary, at });
    return summary;
  });
}

export function listDpfSnapshots(db: DbOrTx) {
  return db.select().from(dpfSnapshots).orderBy(desc(dpfSnapshots.snapshotDate), desc(dpfSnapshots.importedAt)).all();
}
