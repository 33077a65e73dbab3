import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { knowledgeBaseFiles, signedUpdate, testKeyPair } from './testing/keys';
import { parseTrustedKeys } from './trusted-keys';
import { UPDATE_FORMAT, UpdateRefused, verifyUpdate } from './update-file';

const { privateKey, trusted } = testKeyPair();

function refusal(text: string, keys = trusted): string {
  try {
    verifyUpdate(text, keys);
  } catch (e) {
    expect(e).toBeInstanceOf(UpdateRefused);
    return `${(e as UpdateRefused).reason}: ${(e as UpdateRefused).message}`;
  }
  throw new Error('the update was accepted');
}

describe('signed knowledge-base update files', () => {
  const good = signedUpdate(privateKey, '2027.01.10-1');

  it('verifies a file signed by a trusted key and returns its validated content', () => {
    const update = verifyUpdate(good, trusted);
    expect(update).toMatchObject({ version: '2027.01.10-1', asOf: '2026-11-25', keyId: 'test-key' });
    expect(update.files.rules.rules.length).toBeGreaterThan(70);
  });

  it('refuses an unsigned file', () => {
    const envelope = JSON.parse(good);
    delete envelope.signature;
    expect(refusal(JSON.stringify(envelope))).toMatch(/^unsigned: .*nothing was changed: the file is not signed/);
  });

  it('refuses a file changed after signing (one character of the content)', () => {
    const envelope = JSON.parse(good);
    const payload = Buffer.from(envelope.payload, 'base64').toString('utf8').replace('"severity": "CRITICAL"', '"severity": "INFO"');
    const tampered = payload.replace('"CRITICAL"', '"INFO"');
    expect(tampered).not.toBe(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    envelope.payload = Buffer.from(tampered).toString('base64');
    expect(refusal(JSON.stringify(envelope))).toMatch(/^bad-signature: .*changed after it was signed/);
  });

  it('refuses a file signed with a key the app does not trust, or a retired one', () => {
    const stranger = testKeyPair('stranger');
    expect(refusal(signedUpdate(stranger.privateKey, '2027.01.10-1', undefined, 'stranger'))).toMatch(/^unknown-key: .*"stranger"/);
    // A key pair whose id matches but whose public half differs: the signature does not verify.
    const impostor = testKeyPair();
    expect(refusal(signedUpdate(impostor.privateKey, '2027.01.10-1'))).toMatch(/^bad-signature/);
    const publicKey = trusted[0].key.export({ type: 'spki', format: 'pem' });
    const retired = parseTrustedKeys({
      keys: [{ id: 'test-key', algorithm: 'Ed25519', publicKey, holder: 'x', addedOn: 'x', retired: true }],
    });
    expect(refusal(good, retired)).toMatch(/^retired-key/);
  });

  it('refuses something that is not an update file at all', () => {
    expect(refusal('{"format":"ropa-desk.register"}')).toMatch(/^not-an-update/);
    expect(refusal('not json')).toMatch(/^not-an-update/);
  });

  it('refuses signed content that is not a valid knowledge base (and the maintainer tool will not sign it)', () => {
    expect(() => signedUpdate(privateKey, '2027.01.10-1', (raw) => delete raw.events.events)).toThrow(/not valid/);
    const files = knowledgeBaseFiles('2027.01.10-1', (raw) => delete raw.events.events);
    const bytes = Buffer.from(JSON.stringify({ version: '2027.01.10-1', asOf: '2026-11-25', createdAt: 'x', files }));
    const envelope = {
      format: UPDATE_FORMAT,
      formatVersion: 1,
      keyId: 'test-key',
      payload: bytes.toString('base64'),
      signature: sign(null, bytes, privateKey).toString('base64'),
    };
    expect(refusal(JSON.stringify(envelope))).toMatch(/^invalid-content: .*not a valid knowledge base/);
  });
});
