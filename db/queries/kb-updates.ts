import { desc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../electron/shared/errors';
import { message } from '../../electron/shared/i18n/message';
import type { DbOrTx } from '../client';
import { kbUpdates } from '../schema';
import { recordAudit } from './audit';
import { newId } from './ids';

/** The columns a caller sees: the signed file itself is read only when the knowledge base is loaded. */
const summary = {
  id: kbUpdates.id,
  version: kbUpdates.version,
  asOf: kbUpdates.asOf,
  keyId: kbUpdates.keyId,
  importedAt: kbUpdates.importedAt,
  state: kbUpdates.state,
  replacesId: kbUpdates.replacesId,
};
export type KbUpdateRow = { [K in keyof typeof summary]: (typeof kbUpdates.$inferSelect)[K] };

/** The imported update in use, if any. */
export function activeKbUpdate(db: DbOrTx): KbUpdateRow | null {
  return db.select(summary).from(kbUpdates).where(eq(kbUpdates.state, 'active')).get() ?? null;
}

export function kbUpdateFile(db: DbOrTx, id: string): string | null {
  return db.select({ file: kbUpdates.file }).from(kbUpdates).where(eq(kbUpdates.id, id)).get()?.file ?? null;
}

export function getKbUpdate(db: DbOrTx, id: string): KbUpdateRow | null {
  return db.select(summary).from(kbUpdates).where(eq(kbUpdates.id, id)).get() ?? null;
}

/** Every import, newest first (in the order they were stored: rowid, since two may share a timestamp). */
export function listKbUpdates(db: DbOrTx): KbUpdateRow[] {
  return db.select(summary).from(kbUpdates).orderBy(desc(sql`rowid`)).all();
}

export interface KbUpdateInput {
  version: string;
  asOf: string;
  keyId: string;
  file: string;
}

/** Stores a verified update and makes it the one in use; the one it replaces is kept for rollback. */
export function saveKbUpdate(db: DbOrTx, input: KbUpdateInput, at: string): KbUpdateRow {
  return db.transaction((tx) => {
    const previous = activeKbUpdate(tx);
    if (previous) tx.update(kbUpdates).set({ state: 'superseded' }).where(eq(kbUpdates.id, previous.id)).run();
    const row = { id: newId(), ...input, importedAt: at, state: 'active' as const, replacesId: previous?.id ?? null };
    tx.insert(kbUpdates).values(row).run();
    const { file: _file, ...saved } = row;
    recordAudit(tx, { entity: 'kb_update', entityId: row.id, action: 'import', before: previous, after: saved, at });
    return saved;
  });
}

/**
 * Puts back the knowledge base that was in use before the active update: the update it replaced,
 * or (when it replaced none) the one shipped with the app. The rolled-back update stays stored.
 */
export function rollbackKbUpdate(db: DbOrTx, at: string): { rolledBack: KbUpdateRow; restored: KbUpdateRow | null } {
  return db.transaction((tx) => {
    const active = activeKbUpdate(tx);
    if (!active) throw new AppError('CONFLICT', message('kbUpdate.nothingToRollBack'));
    tx.update(kbUpdates).set({ state: 'rolled_back' }).where(eq(kbUpdates.id, active.id)).run();
    let restored: KbUpdateRow | null = null;
    if (active.replacesId) {
      tx.update(kbUpdates).set({ state: 'active' }).where(eq(kbUpdates.id, active.replacesId)).run();
      restored = getKbUpdate(tx, active.replacesId);
    }
    const rolledBack = { ...active, state: 'rolled_back' as const };
    recordAudit(tx, { entity: 'kb_update', entityId: active.id, action: 'restore', before: active, after: { rolledBack, restored }, at });
    return { rolledBack, restored };
  });
}
