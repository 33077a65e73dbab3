import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { knowledgeBaseFileNames, readKnowledgeBaseFiles } from '../services/compliance';
import { parseTrustedKeys } from '../services/kb-updates/trusted-keys';
import { verifyUpdate } from '../services/kb-updates/update-file';

// The maintainer tool as a maintainer runs it (through tsx), with a key pair made for this test.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-sign-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const tool = (...args: string[]) => {
  try {
    return {
      code: 0,
      out: execFileSync(process.execPath, ['--import', 'tsx', 'electron/tools/kb-sign.ts', ...args], { encoding: 'utf8', stdio: 'pipe' }),
    };
  } catch (e) {
    const err = e as { status: number; stderr: string };
    return { code: err.status, out: err.stderr };
  }
};

describe('electron/tools/kb-sign.ts', () => {
  it('makes a key pair, signs a knowledge-base folder, and the app verifies the result with the public half', () => {
    const made = tool('new-key', '--key-id', 'maintainer-test', '--out-dir', path.join(dir, 'keys'));
    expect(made.code).toBe(0);
    const keyFile = path.join(dir, 'keys', 'maintainer-test.private.pem');
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const entry = JSON.parse(made.out.slice(made.out.indexOf('{')));
    expect(made.out).toMatch(/Fingerprint: [0-9a-f]{64}/);
    expect(tool('new-key', '--key-id', 'maintainer-test', '--out-dir', path.join(dir, 'keys')).out).toMatch(
      /not overwriting a private key/,
    );

    // A knowledge-base folder whose version was bumped.
    const kbDir = path.join(dir, 'legal');
    fs.mkdirSync(kbDir);
    const raw = readKnowledgeBaseFiles() as Record<string, Record<string, unknown>>;
    raw.meta.version = '2027.06.01-1';
    for (const [key, name] of Object.entries(knowledgeBaseFileNames)) fs.writeFileSync(path.join(kbDir, name), JSON.stringify(raw[key]));
    const out = path.join(dir, 'update.ropakb');
    const signed = tool('sign', '--kb', kbDir, '--key', keyFile, '--key-id', 'maintainer-test', '--out', out);
    expect(signed.out).toMatch(/Wrote .*update\.ropakb: knowledge base 2027\.06\.01-1/);
    const update = verifyUpdate(fs.readFileSync(out, 'utf8'), parseTrustedKeys({ keys: [entry] }));
    expect(update.version).toBe('2027.06.01-1');
  });

  it('refuses to sign a version that installed apps would refuse as not newer', () => {
    const keyFile = path.join(dir, 'keys', 'maintainer-test.private.pem');
    const refused = tool(
      'sign',
      '--kb',
      'resources/legal',
      '--key',
      keyFile,
      '--key-id',
      'maintainer-test',
      '--out',
      path.join(dir, 'old.ropakb'),
    );
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/is not newer than the shipped knowledge base/);
    expect(fs.existsSync(path.join(dir, 'old.ropakb'))).toBe(false);
  });
});
