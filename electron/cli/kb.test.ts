import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultKnowledgeBase } from '../services/compliance';
import { signedUpdate, testKeyPair } from '../services/kb-updates/testing/keys';
import { main } from './main';

const { privateKey, trusted } = testKeyPair();
const shipped = defaultKnowledgeBase();

const dirs: string[] = [];
function temp(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-kb-cli-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Runs the CLI in-process; `trust` makes it trust the test's key instead of the shipped one. */
async function run(argv: string[], trust = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, trust ? { trustedKbKeys: trusted } : {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A register whose Mailchimp transfer rests on the DPF, with signed 2021 SCCs and a TIA as a fallback. */
async function dpfRegister(dir: string): Promise<string> {
  const db = path.join(dir, 'r.sqlite');
  await run(['seed', '--db', db]);
  const doc = JSON.parse((await run(['export', 'json', '--db', db])).out);
  const mailchimp = doc.recipients.find((r: { name: string }) => r.name === 'MailChimp');
  const t = doc.transfers.find((x: { recipientId: string }) => x.recipientId === mailchimp.id);
  Object.assign(t, { mechanism: 'eu_us_dpf', startOn: '2023-08-01', endOn: null });
  doc.transfers.push({
    ...t,
    id: `${t.id}-scc`,
    mechanism: 'scc_2021',
    sccModule: 2,
    signedOn: '2023-06-01',
    tiaOn: '2026-02-01',
    startOn: null,
  });
  const file = path.join(dir, 'dpf.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  expect((await run(['import', 'json', file, '--db', db, '--replace'])).code).toBe(0);
  return db;
}

describe('ropa check --assume', () => {
  it('checks as if the DPF fell on a date, says so, and shows each transfer that loses its basis with its fallback', async () => {
    const db = await dpfRegister(temp());
    const human = await run(['check', '--db', db, '--assume', 'HYP-DPF-INVALID@2027-03-01']);
    expect(human.code).toBe(0);
    expect(human.out).toContain('Register checked as of 2027-03-01');
    expect(human.out).toContain(
      'ASSUMING (hypothetical, has not happened): The CJEU declares the EU-US Data Privacy Framework invalid on 2027-03-01',
    );
    expect(human.out).toContain('EV-LATOMBE-APPEAL of 2025-10-31');
    expect(human.out).toMatch(/TR-INVALID-ACTIVE .*MailChimp/);
    expect(human.out).toMatch(
      /Transfers that lose their basis \(1\):\n {2}MailChimp .*: fallback ready\n {6}- Ready: Standard contractual clauses 2021/,
    );

    const json = JSON.parse((await run(['check', '--db', db, '--assume', 'HYP-DPF-INVALID@2027-03-01', '--json'])).out);
    expect(json.assumptions.map((a: { id: string; date: string }) => [a.id, a.date])).toEqual([['HYP-DPF-INVALID', '2027-03-01']]);
    expect(json.kb.version).toBe(shipped.version);
    expect(json.contingency.transfers[0].fallback.status).toBe('ready');
    const plain = JSON.parse((await run(['check', '--db', db, '--as-of', '2027-03-01', '--json'])).out);
    expect(plain.assumptions).toBeUndefined();
    expect(plain.findings.some((f: { ruleId: string }) => f.ruleId === 'TR-INVALID-ACTIVE')).toBe(false);
  });

  it('takes a country for a withdrawn adequacy decision, and refuses bad input with the reason', async () => {
    const db = path.join(temp(), 'r.sqlite');
    await run(['seed', '--db', db]);
    expect((await run(['check', '--db', db, '--assume', 'HYP-ADQ-WITHDRAWN:JP@2027-01-01'])).out).toContain(
      'The adequacy decision for Japan is withdrawn',
    );
    const missing = await run(['check', '--db', db, '--assume', 'HYP-ADQ-WITHDRAWN@2027-01-01']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/assume\.0\.parameter \(Assumptions 1 › Country or mechanism\): HYP-ADQ-WITHDRAWN needs a country/);
    const unknown = await run(['check', '--db', db, '--assume', 'HYP-NOPE']);
    expect(unknown.err).toMatch(/not a hypothetical event/);
    const before = await run(['check', '--db', db, '--as-of', '2027-01-01', '--assume', 'HYP-DPF-INVALID@2027-03-01']);
    expect(before.err).toMatch(/asOf \(Date\): A scenario is checked on or after its assumed date \(2027-03-01\)/);
  });
});

describe('ropa kb', () => {
  it('lists the hypothetical events in kb info --json as objects with id and kind', async () => {
    const db = path.join(temp(), 'r.sqlite');
    const info = JSON.parse((await run(['kb', 'info', '--db', db, '--json'])).out);
    expect(info.version).toBe(shipped.version);
    expect(info.origin).toBe('shipped');
    expect(info.hypotheticalEvents.map((h: { id: string; kind: string }) => h.kind)).toEqual(Array(4).fill('hypothetical'));
    expect(info.hypotheticalEvents.map((h: { id: string }) => h.id)).toContain('HYP-DPF-INVALID');
    // The shipped trust store, not the test's key.
    expect(info.trustedKeys.map((k: { id: string }) => k.id)).toEqual(['ropa-kb-2026-12']);
  });

  it('imports a signed update after showing what it changes, refuses what it must, and rolls back', async () => {
    const dir = temp();
    const db = path.join(dir, 'r.sqlite');
    await run(['seed', '--db', db]);
    const file = path.join(dir, 'kb-2027.01.10-1.ropakb');
    fs.writeFileSync(
      file,
      signedUpdate(privateKey, '2027.01.10-1', (raw) => {
        const rule = (raw.rules.rules as { id: string; severity: string }[]).find((r) => r.id === 'DPA-SUPERVISION');
        if (rule) rule.severity = 'MEDIUM';
      }),
    );
    // The shipped app does not trust the test key.
    const untrusted = await run(['kb', 'import', file, '--db', db]);
    expect(untrusted.code).toBe(1);
    expect(untrusted.err).toMatch(/refused, nothing was changed: it is signed with key "test-key", which this app does not trust/);

    const dry = await run(['kb', 'import', file, '--db', db, '--dry-run'], true);
    expect(dry.out).toContain('~ DPA-SUPERVISION: Processor supervision missing (changed: severity INFO → MEDIUM)');
    expect(dry.out).toMatch(/Findings that would appear:\n {2}MEDIUM +DPA-SUPERVISION/);
    expect(dry.out).toContain('Dry run: nothing was changed.');
    expect(JSON.parse((await run(['kb', 'info', '--db', db, '--json'], true)).out).version).toBe(shipped.version);

    const done = await run(['kb', 'import', file, '--db', db], true);
    expect(done.out).toContain('Imported: the register now uses knowledge base 2027.01.10-1');
    const check = JSON.parse((await run(['check', '--db', db, '--json'], true)).out);
    expect(check.kb).toMatchObject({ version: '2027.01.10-1', origin: 'imported' });

    const again = await run(['kb', 'import', file, '--db', db], true);
    expect(again.err).toMatch(/version 2027\.01\.10-1 is already in use/);
    const tampered = path.join(dir, 'tampered.ropakb');
    const envelope = JSON.parse(fs.readFileSync(file, 'utf8'));
    envelope.payload = Buffer.from(
      Buffer.from(envelope.payload, 'base64').toString('utf8').replace('2027.01.10-1', '2027.01.11-1'),
    ).toString('base64');
    fs.writeFileSync(tampered, JSON.stringify(envelope));
    expect((await run(['kb', 'import', tampered, '--db', db], true)).err).toMatch(/signature does not match the content/);

    expect((await run(['kb', 'rollback', '--db', db], true)).out).toBe(
      `Rolled back: the register now uses knowledge base ${shipped.version} (shipped).`,
    );
    expect((await run(['kb', 'rollback', '--db', db], true)).err).toMatch(/nothing to roll back/);
  });
});
