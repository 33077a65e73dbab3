import { eq } from 'drizzle-orm';
import { organisationFieldDefaults } from '../../electron/shared/schemas/blank-entities';
import type { Organisation } from '../../electron/shared/schemas/entities';
import type { DbOrTx } from '../client';
import { organisation } from '../schema';
import { recordAudit } from './audit';

const ORG_ID = 'org';

export function getOrganisation(db: DbOrTx): Organisation | null {
  return (db.select().from(organisation).where(eq(organisation.id, ORG_ID)).get() as Organisation | undefined) ?? null;
}

/** The organisation is one row: the first save creates it, later saves update it. */
export function saveOrganisation(db: DbOrTx, input: Partial<Organisation> & { name: string }, at: string): Organisation {
  return db.transaction((tx) => {
    const before = getOrganisation(tx);
    const after: Organisation = {
      ...organisationFieldDefaults(),
      ...before,
      ...input,
      id: ORG_ID,
      createdAt: before?.createdAt ?? at,
      updatedAt: at,
    };
    if (before) tx.update(organisation).set(after).where(eq(organisation.id, ORG_ID)).run();
    else tx.insert(organisation).values(after).run();
    recordAudit(tx, { entity: 'organisation', entityId: ORG_ID, action: before ? 'update' : 'create', before, after, at });
    return after;
  });
}
