import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { settings } from '../schema';
import { recordAudit } from './audit';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export function getSetting(db: DbOrTx, key: string): Json | null {
  return (db.select().from(settings).where(eq(settings.key, key)).get()?.value as Json | undefined) ?? null;
}

export function setSetting(db: DbOrTx, key: string, value: Json, at: string): Json {
  return db.transaction((tx) => {
    const before = getSetting(tx, key);
    tx.insert(settings)
      .values({ key, value, updatedAt: at })
      .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } })
      .run();
    recordAudit(tx, { entity: 'setting', entityId: key, action: before === null ? 'create' : 'update', before, after: value, at });
    return value;
  });
}
