import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { resourcePath } from '../resource-paths';

/**
 * The public keys this app trusts to sign knowledge-base updates. They ship with the app
 * (resources/kb-trusted-keys.json); the private halves never enter the repository (see
 * docs/knowledge-base-updates.md for who holds them and what happens if one is lost).
 */
export const trustedKeysFileSchema = z.object({
  keys: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9][a-z0-9.-]{2,63}$/),
      algorithm: z.literal('Ed25519'),
      publicKey: z.string().includes('BEGIN PUBLIC KEY'),
      /** Who holds the private key, in words. */
      holder: z.string(),
      addedOn: z.string(),
      /** A retired key verifies nothing, whatever it signed. */
      retired: z.boolean().optional(),
    }),
  ),
});

export interface TrustedKey {
  id: string;
  key: KeyObject;
  /** SHA-256 of the public key (DER), hex: how a DPO can compare the key with the published one. */
  fingerprint: string;
  retired: boolean;
}

export function fingerprintOf(key: KeyObject): string {
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function parseTrustedKeys(json: unknown): TrustedKey[] {
  return trustedKeysFileSchema.parse(json).keys.map((k) => {
    const key = createPublicKey(k.publicKey);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`Trusted key ${k.id} is not an Ed25519 key`);
    return { id: k.id, key, fingerprint: fingerprintOf(key), retired: k.retired === true };
  });
}

let shipped: TrustedKey[] | null = null;

/** The keys shipped with the app, read once. */
export function shippedTrustedKeys(): TrustedKey[] {
  shipped ??= parseTrustedKeys(JSON.parse(fs.readFileSync(resourcePath('kbTrustedKeys'), 'utf8')));
  return shipped;
}
