import type { DbOrTx } from '../../../db/client';
import { activeKbUpdate, type KbUpdateRow, kbUpdateFile } from '../../../db/queries/kb-updates';
import { defaultKnowledgeBase, indexKnowledgeBase, type KnowledgeBase } from '../compliance/knowledge-base';
import type { ApiContext } from '../context';
import { shippedTrustedKeys, type TrustedKey } from './trusted-keys';
import { verifyUpdate } from './update-file';
import { compareVersions } from './versions';

export interface KnowledgeBaseInUse {
  kb: KnowledgeBase;
  /** The imported update stored as active in the register, if any (even when the shipped one is newer). */
  active: KbUpdateRow | null;
  /** Why the active update is not used although it is newer: it failed verification when loaded. */
  problem: string | null;
}

const verified = new Map<string, KnowledgeBase>();

export function trustedKeysOf(ctx: ApiContext): TrustedKey[] {
  return ctx.trustedKbKeys ?? shippedTrustedKeys();
}

/**
 * The knowledge base the register is checked against: the newer of the one shipped with the app
 * and the signed update imported into the register (so upgrading the app never runs an older
 * law than the DPO already had). The stored update is verified again when it is first loaded,
 * so a register file edited by hand cannot slip in an unsigned knowledge base; if it fails, the
 * shipped one is used and the problem is reported. The trusted keys are read only then.
 */
export function knowledgeBaseInUse(db: DbOrTx, trusted: () => TrustedKey[]): KnowledgeBaseInUse {
  const shipped = defaultKnowledgeBase();
  const active = activeKbUpdate(db);
  if (!active || compareVersions(active.version, shipped.version) <= 0) return { kb: shipped, active, problem: null };
  let kb = verified.get(active.id);
  if (!kb) {
    try {
      const update = verifyUpdate(kbUpdateFile(db, active.id) ?? '', trusted());
      kb = indexKnowledgeBase(update.files, [], 'imported');
    } catch (e) {
      return { kb: shipped, active, problem: (e as Error).message };
    }
    verified.set(active.id, kb);
  }
  return { kb, active, problem: null };
}
