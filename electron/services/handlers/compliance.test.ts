import { afterEach, describe, expect, it } from 'vitest';
import type { FindingsReport } from '../../shared/schemas/findings';
import { createTestApi } from '../testing';

let api: ReturnType<typeof createTestApi>;
afterEach(() => api?.dispose());

describe('compliance through the handler table', () => {
  it('flags the example register’s Privacy Shield transfers as of 2026-11-25, not as of 2019-12-18', async () => {
    api = createTestApi();
    await api.ok('register:loadExample');
    const now = await api.ok<FindingsReport>('compliance:check', { asOf: '2026-11-25' });
    const ps = now.findings.filter((f) => f.ruleId === 'TR-PS-ACTIVE');
    expect(ps.every((f) => f.severity === 'CRITICAL')).toBe(true);
    expect(new Set(ps.map((f) => f.entity.id))).toEqual(
      new Set([
        'trf-course-orders-hubspot',
        'trf-course-orders-mailchimp',
        'trf-newsletters-hubspot',
        'trf-newsletters-mailchimp',
        'trf-contact-form-hubspot',
        'trf-website-use-google',
        'trf-targeted-marketing-google',
        'trf-cookies-google',
      ]),
    );
    expect(now.findings.some((f) => f.ruleId === 'REV-STALE' && f.entity.type === 'activity')).toBe(true);
    const then = await api.ok<FindingsReport>('compliance:check', { asOf: '2019-12-18' });
    expect(then.findings.filter((f) => f.ruleId.startsWith('TR-PS'))).toEqual([]);
  });

  it('hides an acknowledged finding until the entity changes, with an audit row', async () => {
    let tick = Date.parse('2026-11-25T10:00:00.000Z');
    const clock = () => {
      tick += 1000;
      return new Date(tick);
    };
    api = createTestApi(clock);
    await api.ok('register:loadExample');
    const before = await api.ok<FindingsReport>('compliance:check', { asOf: '2026-11-25' });
    const target = before.findings.find((f) => f.ruleId === 'TR-PS-ACTIVE' && f.entity.id === 'trf-cookies-google')!;
    const short = await api.call('compliance:acknowledge', {
      ruleId: target.ruleId,
      entityType: 'transfer',
      entityId: target.entity.id,
      justification: 'ok',
      until: '2027-01-31',
    });
    expect(short.ok).toBe(false);
    await api.ok('compliance:acknowledge', {
      ruleId: target.ruleId,
      entityType: 'transfer',
      entityId: target.entity.id,
      justification: 'Migrering til DPF aftalt med Google; afventer underskrift.',
      until: '2027-01-31',
    });
    const after = await api.ok<FindingsReport>('compliance:check', { asOf: '2026-11-25' });
    const acked = after.findings.find((f) => f.id === target.id)!;
    expect(acked.status).toBe('acknowledged');
    expect(after.openCounts.CRITICAL).toBe(before.openCounts.CRITICAL - 1);
    expect(
      (await api.ok<FindingsReport>('compliance:check', { asOf: '2027-02-01' })).findings.find((f) => f.id === target.id)?.status,
    ).toBe('open');

    type Status = { state: string; acknowledgement: { ruleId: string } }[];
    expect((await api.ok<Status>('compliance:acknowledgements', { asOf: '2026-11-25' })).map((s) => s.state)).toEqual(['active']);
    expect((await api.ok<Status>('compliance:acknowledgements', { asOf: '2027-02-01' })).map((s) => s.state)).toEqual(['expired']);

    await api.ok('transfers:update', { id: target.entity.id, changes: { notes: 'Ændret' } });
    const changed = await api.ok<FindingsReport>('compliance:check', { asOf: '2026-11-25' });
    expect(changed.findings.find((f) => f.id === target.id)?.status).toBe('open');
    // The DPO is told why the acceptance no longer counts, instead of it vanishing.
    expect((await api.ok<Status>('compliance:acknowledgements', { asOf: '2026-11-25' })).map((s) => s.state)).toEqual(['entity_changed']);
    const audit = await api.ok<{ entity: string }[]>('audit:list', { entity: 'acknowledgement' });
    expect(audit).toHaveLength(1);
  });

  it('imports a DPF List snapshot and rejects a malformed one without storing anything', async () => {
    api = createTestApi();
    const csv =
      'Organization Name,Covered Entities,Status,Frameworks,Data Types\nIntuit Inc.,The Rocket Science Group LLC,Active,EU-US;UK-Ext;Swiss-US,non-HR\n';
    const saved = await api.ok<{ entryCount: number; snapshotDate: string }>('compliance:importDpf', {
      content: csv,
      fileName: 'dpf.csv',
      snapshotDate: '2026-11-20',
    });
    expect(saved).toMatchObject({ entryCount: 1, snapshotDate: '2026-11-20' });
    const bad = await api.call('compliance:importDpf', {
      content: 'no,header,here\n1,2,3',
      fileName: 'dpf.csv',
      snapshotDate: '2026-11-20',
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/nothing was imported/);
    const kb = await api.ok<{ version: string; dpfSnapshots: unknown[] }>('compliance:knowledgeBase');
    expect(kb.dpfSnapshots).toHaveLength(1);
    expect(kb.version.length).toBeGreaterThan(0);
  });
});
