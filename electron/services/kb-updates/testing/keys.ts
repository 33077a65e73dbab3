import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readKnowledgeBaseFiles } from '../../compliance';
import { parseTrustedKeys, type TrustedKey } from '../trusted-keys';
import { signUpdate } from '../update-file';

/** A key pair of the test's own (never the shipped key), with the trust-store entry for its public half. */
export function testKeyPair(id = 'test-key'): { privateKey: KeyObject; trusted: TrustedKey[] } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const trusted = parseTrustedKeys({
    keys: [
      { id, algorithm: 'Ed25519', publicKey: publicKey.export({ type: 'spki', format: 'pem' }), holder: 'test', addedOn: '2026-12-05' },
    ],
  });
  return { privateKey, trusted };
}

type Raw = Record<string, Record<string, unknown>>;

/** The shipped knowledge-base files with a new version and whatever the test changes. */
export function knowledgeBaseFiles(version: string, change: (raw: Raw) => void = () => {}): Raw {
  const raw = structuredClone(readKnowledgeBaseFiles()) as Raw;
  raw.meta.version = version;
  change(raw);
  return raw;
}

/** A signed update file of the shipped knowledge base with a new version and the test's changes. */
export function signedUpdate(privateKey: KeyObject, version: string, change?: (raw: Raw) => void, keyId = 'test-key'): string {
  return signUpdate(knowledgeBaseFiles(version, change), privateKey, keyId, '2026-12-05T09:00:00.000Z');
}
