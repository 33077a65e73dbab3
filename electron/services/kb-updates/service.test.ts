import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { kbUpdates } from '../../../db/schema';
import type { FindingsReport } from '../../shared/schemas/findings';
import type { KbStatus, KbUpdatePreview } from '../../shared/schemas/kb-updates';
import { defaultKnowledgeBase } from '../compliance';
import { createTestApi } from '../testing';
import { signedUpdate, testKeyPair } from './testing/keys';

const { privateKey, trusted } = testKeyPair();
const shipped = defaultKnowledgeBase();

/** An update that adds a legal event, raises a rule's severity and adds a rule that fires on the example register. */
const update = (version: string) =>
  signedUpdate(privateKey, version, (raw) => {
    const events = raw.events.events as Record<string, unknown>[];
    events.push({
      id: 'EV-TEST-2027',
      date: '2026-11-30',
      kind: 'guidance',
      tags: ['a30'],
      ref: 'test',
      label: { da: 'Testvejledning', en: 'Test guidance' },
      verification: 'V2',
      sources: ['S55'],
      inTimeline: true,
    });
    const rules = raw.rules.rules as { id: string; severity: string }[];
    const rule = rules.find((r) => r.id === 'DPA-SUPERVISION');
    if (rule) rule.severity = 'MEDIUM';
  });

const apis: ReturnType<typeof createTestApi>[] = [];
async function api() {
  const a = createTestApi(() => new Date('2026-12-05T10:00:00.000Z'));
  a.ctx.trustedKbKeys = trusted;
  apis.push(a);
  await a.ok('register:loadExample');
  return a;
}
afterEach(() => {
  for (const a of apis.splice(0)) a.dispose();
});

describe('knowledge-base updates through the handler table', () => {
  it('shows what an update changes and which findings would move, before anything changes', async () => {
    const a = await api();
    const preview = await a.ok<KbUpdatePreview>('compliance:previewKbUpdate', { content: update('2027.01.10-1') });
    expect(preview.current).toMatchObject({ version: shipped.version, origin: 'shipped' });
    expect(preview.diff.events).toEqual([{ change: 'added', id: 'EV-TEST-2027', label: { da: 'Testvejledning', en: 'Test guidance' } }]);
    expect(preview.diff.rules).toMatchObject([
      { change: 'changed', id: 'DPA-SUPERVISION', detail: { en: 'changed: severity INFO → MEDIUM' } },
    ]);
    expect(preview.diff.adequacy).toEqual([]);
    expect(preview.diff.otherFiles).toEqual([]);
    expect(preview.findings.appearing.length).toBeGreaterThan(0);
    expect(preview.findings.appearing.every((f) => f.ruleId === 'DPA-SUPERVISION' && f.severity === 'MEDIUM')).toBe(true);
    expect(preview.findings.after.MEDIUM - preview.findings.before.MEDIUM).toBe(preview.findings.appearing.length);
    // Nothing was stored.
    const check = await a.ok<FindingsReport>('compliance:check', {});
    expect(check.kb).toEqual({ version: shipped.version, asOf: shipped.asOf, origin: 'shipped' });
  });

  it('imports a newer update, checks with it, keeps the previous for rollback, and rolls back', async () => {
    const a = await api();
    await a.ok('compliance:importKbUpdate', { content: update('2027.01.10-1') });
    const after = await a.ok<FindingsReport>('compliance:check', {});
    expect(after.kb).toMatchObject({ version: '2027.01.10-1', origin: 'imported' });
    expect(after.findings.some((f) => f.ruleId === 'DPA-SUPERVISION' && f.severity === 'MEDIUM')).toBe(true);

    await a.ok('compliance:importKbUpdate', { content: update('2027.02.01-1') });
    let status = await a.ok<KbStatus>('compliance:knowledgeBase');
    expect(status).toMatchObject({
      version: '2027.02.01-1',
      origin: 'imported',
      rollbackTo: { version: '2027.01.10-1', origin: 'imported' },
    });
    expect(status.history.map((h) => [h.version, h.state])).toEqual([
      ['2027.02.01-1', 'active'],
      ['2027.01.10-1', 'superseded'],
    ]);

    status = await a.ok<KbStatus>('compliance:rollbackKb');
    expect(status).toMatchObject({ version: '2027.01.10-1', rollbackTo: { origin: 'shipped' } });
    status = await a.ok<KbStatus>('compliance:rollbackKb');
    expect(status).toMatchObject({ version: shipped.version, origin: 'shipped', active: null, rollbackTo: null });
    const nothing = await a.call('compliance:rollbackKb');
    expect(nothing).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const audit = await a.ok<{ entity: string; action: string }[]>('audit:list', { entity: 'kb_update', limit: 10 });
    expect(audit.map((r) => r.action)).toEqual(['restore', 'restore', 'import', 'import']);
  });

  it('refuses an older or the same version, and an unsigned or tampered file, with the reason and no change', async () => {
    const a = await api();
    await a.ok('compliance:importKbUpdate', { content: update('2027.01.10-1') });
    const older = await a.call('compliance:importKbUpdate', { content: update('2027.01.09-3') });
    expect(older).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'file', key: 'kbUpdate.older' }] } });
    expect(older.ok ? '' : older.error.message).toMatch(/older than the knowledge base in use \(2027\.01\.10-1\)/);
    const same = await a.call('compliance:previewKbUpdate', { content: update('2027.01.10-1') });
    expect(same.ok ? '' : same.error.message).toMatch(/already in use/);
    const envelope = JSON.parse(update('2027.03.01-1'));
    const unsigned = await a.call('compliance:importKbUpdate', { content: JSON.stringify({ ...envelope, signature: undefined }) });
    expect(unsigned.ok ? '' : unsigned.error.message).toMatch(/not signed/);
    const status = await a.ok<KbStatus>('compliance:knowledgeBase');
    expect(status.history).toHaveLength(1);
    expect(status.version).toBe('2027.01.10-1');
  });

  it('refuses an update older than the shipped knowledge base even with nothing imported', async () => {
    const a = await api();
    const result = await a.call('compliance:previewKbUpdate', { content: update('2026.01.01-1') });
    expect(result.ok ? '' : result.error.message).toMatch(/older than the knowledge base in use/);
  });

  it('does not use a stored update whose file was edited in the register, and says why', async () => {
    const a = await api();
    const saved = await a.ok<{ id: string }>('compliance:importKbUpdate', { content: update('2027.04.01-1') });
    const file = JSON.parse(update('2027.04.01-1'));
    file.signature = Buffer.from('x'.repeat(64)).toString('base64');
    a.database.db
      .update(kbUpdates)
      .set({ file: JSON.stringify(file) })
      .where(eq(kbUpdates.id, saved.id))
      .run();
    // The stored file is verified when the knowledge base in use is first loaded from it, which happens after the edit.
    const status = await a.ok<KbStatus>('compliance:knowledgeBase');
    expect(status.origin).toBe('shipped');
    expect(status.problem).toMatch(/signature does not match/);
    const check = await a.ok<FindingsReport>('compliance:check', {});
    expect(check.kb.version).toBe(shipped.version);
  });

  it('lists the hypothetical events as objects with their id and kind', async () => {
    const a = await api();
    const status = await a.ok<KbStatus>('compliance:knowledgeBase');
    expect(status.hypotheticalEvents.map((h) => [h.id, h.kind])).toEqual([
      ['HYP-DPF-INVALID', 'hypothetical'],
      ['HYP-MECH-SUSPENDED', 'hypothetical'],
      ['HYP-UK-ADQ-LAPSE', 'hypothetical'],
      ['HYP-ADQ-WITHDRAWN', 'hypothetical'],
    ]);
    const dpf = status.hypotheticalEvents[0];
    expect(dpf.anticipates.map((e) => e.id)).toEqual(['EV-LATOMBE-APPEAL', 'EV-LATOMBE-GC']);
    const withdrawn = status.hypotheticalEvents[3];
    expect(withdrawn.parameter?.choices.find((c) => c.value === 'JP')?.label.en).toBe('Japan');
    expect(status.trustedKeys).toEqual([{ id: 'test-key', fingerprint: trusted[0].fingerprint, retired: false }]);
  });
});
