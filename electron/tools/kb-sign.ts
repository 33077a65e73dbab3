import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultKnowledgeBase, readKnowledgeBaseFiles } from '../services/compliance';
import { fingerprintOf, parseTrustedKeys } from '../services/kb-updates/trusted-keys';
import { signUpdate, verifyUpdate } from '../services/kb-updates/update-file';
import { compareVersions } from '../services/kb-updates/versions';

/**
 * The maintainer's tool for signed knowledge-base updates (never shipped, never run by the app).
 *
 *   Build and sign an update from a knowledge-base folder:
 *     npx tsx electron/tools/kb-sign.ts sign --kb resources/legal --key PRIVATE.pem --key-id ID --out FILE.ropakb
 *   (the key may also come from the file named by ROPA_KB_SIGNING_KEY)
 *
 *   Make a new key pair (the private key is written with mode 600; put it offline):
 *     npx tsx electron/tools/kb-sign.ts new-key --key-id ID --out-dir DIR
 *
 * Signing validates the folder exactly as the app will, refuses a version that is not newer than
 * the shipped one, and checks the written file with the public half before it reports success.
 * See docs/knowledge-base-updates.md.
 */
const USAGE = `kb-sign sign --kb DIR --key PRIVATE.pem --key-id ID --out FILE
kb-sign new-key --key-id ID --out-dir DIR`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function newKey(keyId: string, outDir: string): void {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  fs.mkdirSync(outDir, { recursive: true, mode: 0o700 });
  const file = path.join(outDir, `${keyId}.private.pem`);
  if (fs.existsSync(file)) fail(`${file} exists already; not overwriting a private key.`);
  fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  const entry = {
    id: keyId,
    algorithm: 'Ed25519',
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }),
    holder: 'WHO HOLDS THE PRIVATE KEY',
    addedOn: new Date().toISOString().slice(0, 10),
  };
  console.log(`Private key: ${file} (mode 600). Keep it offline; never commit it.`);
  console.log(`Fingerprint: ${fingerprintOf(publicKey)}`);
  console.log('Add this entry to resources/kb-trusted-keys.json and ship a release with it:');
  console.log(JSON.stringify(entry, null, 2));
}

function signFolder(kbDir: string, keyFile: string, keyId: string, out: string): void {
  const privateKey = createPrivateKey(fs.readFileSync(keyFile, 'utf8'));
  if (privateKey.asymmetricKeyType !== 'ed25519') fail(`${keyFile} is not an Ed25519 private key.`);
  const raw = readKnowledgeBaseFiles({ dir: path.resolve(kbDir) }) as Record<string, unknown>;
  const text = signUpdate(raw, privateKey, keyId, new Date().toISOString());
  // Check the result with the public half, as the app will.
  const publicKey = createPublicKey(privateKey);
  const trusted = parseTrustedKeys({
    keys: [{ id: keyId, algorithm: 'Ed25519', publicKey: publicKey.export({ type: 'spki', format: 'pem' }), holder: '-', addedOn: '-' }],
  });
  const update = verifyUpdate(text, trusted);
  const shipped = defaultKnowledgeBase();
  if (compareVersions(update.version, shipped.version) <= 0) {
    fail(
      `Version ${update.version} is not newer than the shipped knowledge base (${shipped.version}); installed apps would refuse it. Bump meta.json version.`,
    );
  }
  fs.writeFileSync(out, text);
  console.log(`Wrote ${out}: knowledge base ${update.version} (as of ${update.asOf}), signed with ${keyId} (${fingerprintOf(publicKey)}).`);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    kb: { type: 'string' },
    key: { type: 'string' },
    'key-id': { type: 'string' },
    out: { type: 'string' },
    'out-dir': { type: 'string' },
  },
});
const keyId = values['key-id'] ?? fail(`--key-id is required.\n${USAGE}`);
if (positionals[0] === 'new-key') newKey(keyId, values['out-dir'] ?? fail(`--out-dir is required.\n${USAGE}`));
else if (positionals[0] === 'sign') {
  const keyFile = values.key ?? process.env.ROPA_KB_SIGNING_KEY ?? fail(`--key (or ROPA_KB_SIGNING_KEY) is required.\n${USAGE}`);
  signFolder(values.kb ?? 'resources/legal', keyFile, keyId, values.out ?? fail(`--out is required.\n${USAGE}`));
} else fail(USAGE);
