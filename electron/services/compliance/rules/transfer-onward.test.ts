import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../../shared/schemas/entities';
import { evaluate } from '../evaluate';
import { fired, firesOn } from '../testing/findings';
import { registerBuilder } from '../testing/register-builder';

/** A Danish controller → an EEA processor (Google Ireland) → a US sub-processor (Google LLC). */
function chain(onward: Partial<Transfer> | null) {
  const b = registerBuilder();
  b.activity({ id: 'a', name: 'Statistik' });
  b.processor({ id: 'gie', name: 'Google Ireland Ltd', country: 'IE' });
  b.recipient({ id: 'gllc', name: 'Google LLC', role: 'sub_processor', country: 'US', parentId: 'gie' });
  b.transfer({ activityId: 'a', recipientId: 'gie', mechanism: 'not_a_transfer', sccModule: null, tiaOn: null });
  if (onward)
    b.transfer({
      activityId: 'a',
      recipientId: 'gllc',
      exporterRecipientId: 'gie',
      exporterRole: 'processor',
      importerRole: 'processor',
      sccModule: 3,
      ...onward,
    });
  return b.build();
}

describe('TR-ONWARD-INVALID', () => {
  it("fires for an EEA processor's onward transfer on Privacy Shield from 16 Jul 2020", () => {
    const r = chain({ mechanism: 'privacy_shield', sccModule: null, startOn: '2018-01-01' });
    expect(firesOn(r, 'TR-ONWARD-INVALID', ['2020-07-15', '2020-07-16', '2020-07-17'])).toEqual([false, true, true]);
    const [f] = fired(r, 'TR-ONWARD-INVALID', '2026-11-25');
    expect(f.severity).toBe('HIGH');
    expect(f.message.en).toContain('Google Ireland Ltd');
    expect(f.message.en).toContain('Google LLC');
    expect(f.legalEvent?.id).toBe('EV-PS-INVALID');
  });

  it('fires for expired old SCCs, inheriting their V2 uncertainty', () => {
    const r = chain({ mechanism: 'scc_2010_87', sccModule: null, signedOn: '2019-01-01', startOn: '2019-01-01' });
    expect(firesOn(r, 'TR-ONWARD-INVALID', ['2022-12-27', '2022-12-28'])).toEqual([false, true]);
    const [f] = fired(r, 'TR-ONWARD-INVALID', '2023-01-01');
    expect(f.verification).toBe('V2');
    expect(f.uncertain).toBe(true);
  });

  it('is quiet for a valid onward tool', () => {
    expect(fired(chain({ mechanism: 'scc_2021' }), 'TR-ONWARD-INVALID', '2026-11-25')).toHaveLength(0);
  });

  it("never evaluates the sub-processor as the controller's own transfer", () => {
    const findings = evaluate(chain({ mechanism: 'privacy_shield', sccModule: null, startOn: '2018-01-01' }), { asOf: '2026-11-25' });
    const onSub = findings.filter((f) => f.entity.id !== 'org' && f.ruleId.startsWith('TR-') && f.ruleId !== 'TR-ONWARD-INVALID');
    expect(onSub.map((f) => f.ruleId)).toEqual([]);
  });
});

describe('TR-DPF-SUBPROC', () => {
  function dpfProcessor(sub: { country: string; onward?: Partial<Transfer> | null }, listed: string[] = ['Cloud Inc']) {
    const b = registerBuilder();
    b.activity({ id: 'a', name: 'CRM' });
    b.processor({ id: 'p', name: 'Cloud Inc', country: 'US' });
    b.recipient({ id: 's', name: 'Support Pvt Ltd', role: 'sub_processor', country: sub.country, parentId: 'p' });
    b.transfer({ activityId: 'a', recipientId: 'p', mechanism: 'eu_us_dpf', sccModule: null, tiaOn: null, startOn: '2023-08-01' });
    if (sub.onward)
      b.transfer({ activityId: 'a', recipientId: 's', exporterRecipientId: 'p', exporterRole: 'processor', sccModule: 3, ...sub.onward });
    b.dpfSnapshot(
      '2026-11-01',
      listed.map((orgName) => ({ orgName })),
    );
    return b.build();
  }

  it('fires for a sub-processor in a non-adequate country without its own tool', () => {
    const r = dpfProcessor({ country: 'IN' });
    const [f] = fired(r, 'TR-DPF-SUBPROC', '2026-11-25');
    expect(f.entity).toMatchObject({ type: 'recipient', id: 's' });
    expect(f.message.da).toContain('Indien');
    expect(firesOn(r, 'TR-DPF-SUBPROC', ['2023-08-01', '2023-08-02'])).toEqual([true, true]);
  });

  it('is not known before the EDPB information note of 18 Jul 2023', () => {
    const b = registerBuilder();
    b.activity({ id: 'a' });
    b.processor({ id: 'p', name: 'Cloud Inc', country: 'US' });
    b.recipient({ id: 's', name: 'Sub', role: 'sub_processor', country: 'IN', parentId: 'p' });
    b.transfer({ activityId: 'a', recipientId: 'p', mechanism: 'eu_us_dpf', sccModule: null, startOn: '2023-07-10' });
    expect(firesOn(b.build(), 'TR-DPF-SUBPROC', ['2023-07-17', '2023-07-18', '2023-07-19'])).toEqual([false, true, true]);
  });

  it('is quiet with an own tool, in an adequate country, in the EEA, or for a listed US sub-processor', () => {
    expect(fired(dpfProcessor({ country: 'IN', onward: { mechanism: 'scc_2021' } }), 'TR-DPF-SUBPROC', '2026-11-25')).toHaveLength(0);
    expect(fired(dpfProcessor({ country: 'JP' }), 'TR-DPF-SUBPROC', '2026-11-25')).toHaveLength(0);
    expect(fired(dpfProcessor({ country: 'DE' }), 'TR-DPF-SUBPROC', '2026-11-25')).toHaveLength(0);
    expect(fired(dpfProcessor({ country: 'US' }, ['Cloud Inc', 'Support Pvt Ltd']), 'TR-DPF-SUBPROC', '2026-11-25')).toHaveLength(0);
    expect(fired(dpfProcessor({ country: 'US' }), 'TR-DPF-SUBPROC', '2026-11-25')).toHaveLength(1);
  });

  it('does not count an invalid onward tool as its own tool', () => {
    const r = dpfProcessor({ country: 'IN', onward: { mechanism: 'privacy_shield', sccModule: null, startOn: '2019-01-01' } });
    expect(fired(r, 'TR-DPF-SUBPROC', '2026-11-25')).toHaveLength(1);
  });
});
