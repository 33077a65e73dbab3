import { describe, expect, it } from 'vitest';
import { applyAcknowledgements, entityFingerprint } from './acknowledgements';
import { evaluate } from './evaluate';
import { findingsOf } from './testing/findings';
import { registerBuilder } from './testing/register-builder';

function psRegister(note: string | null = null) {
  const b = registerBuilder();
  b.activity({ id: 'a', name: 'Nyhedsbreve', notes: note });
  b.processor({ id: 'mc', name: 'MailChimp', country: 'US' });
  b.transfer({ id: 't1', activityId: 'a', recipientId: 'mc', mechanism: 'privacy_shield', sccModule: null, startOn: '2019-01-01' });
  return b;
}

describe('entityFingerprint', () => {
  it('is stable, ignores timestamps and changes with the content or its relations', () => {
    const r = psRegister().build();
    const fp = entityFingerprint(r, 'activity', 'a');
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    const touched = structuredClone(r);
    touched.activities[0].updatedAt = '2030-01-01T00:00:00.000Z';
    expect(entityFingerprint(touched, 'activity', 'a')).toBe(fp);
    const edited = structuredClone(r);
    edited.activities[0].name = 'Andet navn';
    expect(entityFingerprint(edited, 'activity', 'a')).not.toBe(fp);
    const transferChanged = structuredClone(r);
    transferChanged.transfers[0].mechanism = 'scc_2021';
    expect(entityFingerprint(transferChanged, 'activity', 'a')).not.toBe(fp);
  });

  it('covers every entity type', () => {
    const r = psRegister().build();
    for (const [type, id] of [
      ['recipient', 'mc'],
      ['transfer', 't1'],
      ['dpa', r.dpas[0].id],
      ['organisation', 'org'],
    ] as const) {
      expect(entityFingerprint(r, type, id)).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

describe('applyAcknowledgements', () => {
  const asOf = '2026-11-25';

  function acked(patch: { until?: string; acknowledgedOn?: string; fingerprint?: string }) {
    const base = psRegister();
    base.acknowledgement({
      ruleId: 'TR-PS-ACTIVE',
      entityType: 'transfer',
      entityId: 't1',
      entityFingerprint: patch.fingerprint ?? entityFingerprint(base.build(), 'transfer', 't1'),
      justification: 'Overgang til SCC aftalt, underskrives i december.',
      until: patch.until ?? '2026-12-31',
      acknowledgedOn: patch.acknowledgedOn ?? '2026-11-01',
    });
    const register = base.build();
    const findings = evaluate(register, { asOf });
    return findingsOf(applyAcknowledgements(findings, register.findingAcknowledgements, register, asOf), 'TR-PS-ACTIVE') as ReturnType<
      typeof applyAcknowledgements
    >;
  }

  it('acknowledges a finding while the acknowledgement runs and the entity is unchanged', () => {
    const [f] = acked({});
    expect(f.status).toBe('acknowledged');
    expect(f.acknowledgement).toMatchObject({ justification: expect.stringContaining('SCC'), until: '2026-12-31', acknowledgedBy: 'DPO' });
  });

  it('counts the until day itself, not the day after', () => {
    expect(acked({ until: asOf })[0].status).toBe('acknowledged');
    expect(acked({ until: '2026-11-24' })[0].status).toBe('open');
  });

  it('ignores an acknowledgement made after the check date', () => {
    expect(acked({ acknowledgedOn: '2026-11-26' })[0].status).toBe('open');
  });

  it('re-opens the finding when the entity changed after the acknowledgement', () => {
    // The DPO acknowledged the transfer while it still ran on 2018 dates; it was edited since.
    const before = psRegister().build();
    before.transfers[0].startOn = '2018-01-01';
    const [f] = acked({ fingerprint: entityFingerprint(before, 'transfer', 't1') });
    expect(f.status).toBe('open');
    expect(f.acknowledgement).toBeNull();
  });

  it('leaves findings without an acknowledgement open', () => {
    const register = psRegister().build();
    const all = applyAcknowledgements(evaluate(register, { asOf }), [], register, asOf);
    expect(all.every((f) => f.status === 'open' && f.acknowledgement === null)).toBe(true);
  });
});
