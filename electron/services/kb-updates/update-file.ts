import { type KeyObject, sign, verify } from 'node:crypto';
import { z } from 'zod';
import { AppError, detail } from '../../shared/errors';
import { type Message, message } from '../../shared/i18n/message';
import { isoDate } from '../../shared/schemas/primitives';
import { validateKnowledgeBaseFiles } from '../compliance/knowledge-base';
import type { KnowledgeBaseFiles } from '../compliance/knowledge-base-schema';
import type { TrustedKey } from './trusted-keys';
import { isKnowledgeBaseVersion } from './versions';

/**
 * A knowledge-base update file: the whole knowledge base as one JSON payload, carried as base64
 * so that exactly the signed bytes are verified (no canonical-JSON question), and an Ed25519
 * signature over those bytes by a key the app trusts. Nothing in it is used before the
 * signature checks out; then the content is validated like the shipped knowledge base.
 */
export const UPDATE_FORMAT = 'ropa-desk-kb-update';

const envelopeSchema = z.object({
  format: z.literal(UPDATE_FORMAT),
  formatVersion: z.literal(1),
  keyId: z.string().optional(),
  payload: z.string().min(1),
  signature: z.string().optional(),
});

const payloadSchema = z.object({
  version: z.string().refine(isKnowledgeBaseVersion, 'a version like 2026.12.05-1'),
  asOf: isoDate,
  createdAt: z.string(),
  files: z.record(z.string(), z.unknown()),
});

/** Why an update file was refused: a short code for scripts and tests, and the sentence for the DPO. */
export type RefusalReason =
  | 'not-an-update'
  | 'unsigned'
  | 'unknown-key'
  | 'retired-key'
  | 'bad-signature'
  | 'invalid-content'
  | 'not-newer';

export class UpdateRefused extends AppError {
  constructor(
    readonly reason: RefusalReason,
    why: Message,
  ) {
    super('VALIDATION', message('kbUpdate.refused', { why }), [detail('file', why)]);
  }
}

export interface VerifiedUpdate {
  version: string;
  asOf: string;
  createdAt: string;
  keyId: string;
  files: KnowledgeBaseFiles;
}

/** Builds and signs an update file from knowledge-base files (the maintainer tool; tests with their own key). */
export function signUpdate(raw: Record<string, unknown>, privateKey: KeyObject, keyId: string, createdAt: string): string {
  const files = validateKnowledgeBaseFiles(raw);
  const version = files.meta.version;
  if (!isKnowledgeBaseVersion(version)) throw new Error(`meta.json version must look like 2026.12.05-1, not "${version}"`);
  const bytes = Buffer.from(JSON.stringify({ version, asOf: files.meta.asOf, createdAt, files: raw }), 'utf8');
  const signature = sign(null, bytes, privateKey).toString('base64');
  return `${JSON.stringify({ format: UPDATE_FORMAT, formatVersion: 1, keyId, payload: bytes.toString('base64'), signature }, null, 2)}\n`;
}

/**
 * Verifies an update file against the trusted keys and validates its content. Throws
 * UpdateRefused with the reason: not an update file, unsigned, signed by an unknown or retired
 * key, a signature that does not match (tampered or damaged), or content that is not a valid
 * knowledge base. Whether it is newer than the one in use is the caller's question.
 */
export function verifyUpdate(text: string, trusted: TrustedKey[]): VerifiedUpdate {
  let envelope: z.infer<typeof envelopeSchema>;
  try {
    envelope = envelopeSchema.parse(JSON.parse(text));
  } catch {
    throw new UpdateRefused('not-an-update', message('kbUpdate.notAnUpdate'));
  }
  if (!envelope.signature || !envelope.keyId) throw new UpdateRefused('unsigned', message('kbUpdate.unsigned'));
  const key = trusted.find((k) => k.id === envelope.keyId);
  if (!key) throw new UpdateRefused('unknown-key', message('kbUpdate.unknownKey', { key: envelope.keyId }));
  if (key.retired) throw new UpdateRefused('retired-key', message('kbUpdate.retiredKey', { key: key.id }));
  const bytes = Buffer.from(envelope.payload, 'base64');
  let valid = false;
  try {
    valid = verify(null, bytes, key.key, Buffer.from(envelope.signature, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) {
    throw new UpdateRefused('bad-signature', message('kbUpdate.badSignature'));
  }
  let payload: z.infer<typeof payloadSchema>;
  let files: KnowledgeBaseFiles;
  try {
    payload = payloadSchema.parse(JSON.parse(bytes.toString('utf8')));
    files = validateKnowledgeBaseFiles(payload.files);
  } catch (e) {
    throw new UpdateRefused('invalid-content', message('kbUpdate.invalidContent', { detail: (e as Error).message }));
  }
  if (files.meta.version !== payload.version || files.meta.asOf !== payload.asOf) {
    throw new UpdateRefused('invalid-content', message('kbUpdate.versionMismatch'));
  }
  return { version: payload.version, asOf: payload.asOf, createdAt: payload.createdAt, keyId: key.id, files };
}
