import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../../shared/schemas/entities';
import { type Assumption, assumeEvents } from '../assume';
import { evaluate } from '../evaluate';
import { defaultKnowledgeBase } from '../knowledge-base';
import { fired, firesOn, ruleIdsOf } from '../testing/findings';
import { registerBuilder } from '../testing/register-builder';

/**
 * What-if scenarios run the same rules against a knowledge base with the assumed event written
 * in. These tests check that each scenario's effect reaches the rules a DPO would expect, from
 * the assumed day itself (not the day before), and nowhere else.
 */
const kb = defaultKnowledgeBase();
const at = (...assumptions: Assumption[]) => ({ kb: assumeEvents(kb, assumptions) });
const DPF_FALLS = { id: 'HYP-DPF-INVALID', date: '2027-03-01' };

function oneTransfer(patch: Partial<Transfer>, country = 'US') {
  const b = registerBuilder();
  b.activity({ id: 'a', name: 'Nyhedsbreve' });
  b.processor({ id: 'r', name: country === 'US' ? 'MailChimp' : 'Leverandør', country, sector: 'commercial' });
  b.transfer({ activityId: 'a', recipientId: 'r', startOn: '2023-08-01', signedOn: null, sccModule: null, tiaOn: null, ...patch });
  b.dpfSnapshot('2026-11-20', [{ orgName: 'MailChimp' }]);
  return b.build();
}

describe('TR-INVALID-ACTIVE and TR-INVALID-GAP under HYP-DPF-INVALID', () => {
  const dpf = oneTransfer({ mechanism: 'eu_us_dpf' });

  it('makes a DPF transfer CRITICAL from the assumed day itself, not the day before', () => {
    expect(firesOn(dpf, 'TR-INVALID-ACTIVE', ['2027-02-28', '2027-03-01', '2027-03-02'], at(DPF_FALLS))).toEqual([false, true, true]);
    // Without the assumption nothing of the kind fires on any of those days.
    expect(firesOn(dpf, 'TR-INVALID-ACTIVE', ['2027-03-01', '2030-01-01'])).toEqual([false, false]);
  });

  it('cites the assumed event, marks the finding as resting on an assumption and adds the anticipated event sources', () => {
    const [f] = fired(dpf, 'TR-INVALID-ACTIVE', '2027-03-01', at(DPF_FALLS));
    expect(f.severity).toBe('CRITICAL');
    expect(f.legalEvent).toMatchObject({ id: 'EV-HYP-DPF-INVALID', date: '2027-03-01' });
    expect(f.message.en).toContain('MailChimp');
    expect(f.message.en).toContain('1 Mar 2027');
    expect(f.message.da).toContain('1. marts 2027');
    expect(f.uncertain).toBe(true);
    expect(f.uncertaintyNote?.en).toContain('Assumed for a what-if analysis');
    expect(f.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['S06', 'S07']));
  });

  it('is the same through evaluate({ assume }) as through a derived knowledge base', () => {
    const viaOption = evaluate(dpf, { asOf: '2027-03-01', assume: [DPF_FALLS] });
    expect(viaOption).toEqual(evaluate(dpf, { asOf: '2027-03-01', ...at(DPF_FALLS) }));
    expect(viaOption.some((f) => f.ruleId === 'TR-INVALID-ACTIVE')).toBe(true);
  });

  it('silences the DPF watch note and the listing rules once the DPF itself is gone', () => {
    const today = ruleIdsOf(evaluate(dpf, { asOf: '2027-03-01' }));
    expect(today).toContain('TR-DPF-WATCH');
    const after = ruleIdsOf(evaluate(dpf, { asOf: '2027-03-01', ...at(DPF_FALLS) }));
    expect(after).not.toContain('TR-DPF-WATCH');
    expect(after).toContain('TR-INVALID-ACTIVE');
    // A gap before the DPF existed is history: the assumption does not make it disappear.
    const early = oneTransfer({ mechanism: 'eu_us_dpf', startOn: '2023-01-01' });
    expect(fired(early, 'TR-DPF-PREDATE', '2027-03-01', at(DPF_FALLS))).toHaveLength(1);
  });

  it('reports a DPF transfer that ran past the assumed day and ended as a HIGH gap', () => {
    const ended = oneTransfer({ mechanism: 'eu_us_dpf', endOn: '2027-04-30' });
    const [gap] = fired(ended, 'TR-INVALID-GAP', '2027-06-01', at(DPF_FALLS));
    expect(gap.severity).toBe('HIGH');
    expect(gap.message.en).toContain('From 1 Mar 2027 to 30 Apr 2027');
    const endedBefore = oneTransfer({ mechanism: 'eu_us_dpf', endOn: '2027-02-28' });
    expect(fired(endedBefore, 'TR-INVALID-GAP', '2027-06-01', at(DPF_FALLS))).toHaveLength(0);
  });

  it('leaves 2021 SCC transfers alone and reaches an EEA processor’s DPF onward transfer', () => {
    expect(
      fired(
        oneTransfer({ mechanism: 'scc_2021', sccModule: 2, signedOn: '2022-01-01', tiaOn: '2022-01-01' }),
        'TR-INVALID-ACTIVE',
        '2027-03-01',
        at(DPF_FALLS),
      ),
    ).toHaveLength(0);
    const b = registerBuilder();
    b.activity({ id: 'a' });
    b.processor({ id: 'eu', name: 'EU Hosting', country: 'IE' });
    b.recipient({ id: 'us', name: 'US Sub', role: 'sub_processor', country: 'US', parentId: 'eu' });
    b.transfer({ activityId: 'a', recipientId: 'eu', mechanism: 'not_a_transfer' });
    b.transfer({ activityId: 'a', recipientId: 'us', exporterRecipientId: 'eu', mechanism: 'eu_us_dpf' });
    const [onward] = fired(b.build(), 'TR-ONWARD-INVALID', '2027-03-01', at(DPF_FALLS));
    expect(onward.legalEvent?.id).toBe('EV-HYP-DPF-INVALID');
    expect(onward.uncertain).toBe(true);
  });
});

describe('adequacy scenarios', () => {
  const uk = oneTransfer({ mechanism: 'adequacy', startOn: '2022-01-01' }, 'GB');

  it('HYP-UK-ADQ-LAPSE: TR-ADQ-EXPIRED from the assumed day, with the decision valid until the day before', () => {
    const lapse = at({ id: 'HYP-UK-ADQ-LAPSE', date: '2028-01-01' });
    expect(firesOn(uk, 'TR-ADQ-EXPIRED', ['2027-12-31', '2028-01-01', '2028-01-02'], lapse)).toEqual([false, true, true]);
    const [f] = fired(uk, 'TR-ADQ-EXPIRED', '2028-01-01', lapse);
    expect(f.message.en).toContain('expired on 31 Dec 2027');
    expect(f.legalEvent?.id).toBe('EV-HYP-UK-ADQ-LAPSE');
    expect(f.uncertain).toBe(true);
    // The real timeline: renewed until 27 Dec 2031.
    expect(fired(uk, 'TR-ADQ-EXPIRED', '2028-01-01')).toHaveLength(0);
  });

  it('HYP-ADQ-WITHDRAWN for a chosen country says "withdrawn" and touches only that country', () => {
    const jp = oneTransfer({ mechanism: 'adequacy', startOn: '2022-01-01' }, 'JP');
    const withdrawn = at({ id: 'HYP-ADQ-WITHDRAWN', parameter: 'jp', date: '2027-06-01' });
    const [f] = fired(jp, 'TR-ADQ-EXPIRED', '2027-06-01', withdrawn);
    expect(f.message.en).toContain('was withdrawn');
    expect(f.legalEvent?.id).toBe('EV-HYP-ADQ-WITHDRAWN-JP');
    expect(f.legalEvent?.label.en).toContain('Japan');
    expect(fired(uk, 'TR-ADQ-EXPIRED', '2027-06-01', withdrawn)).toHaveLength(0);
    // Transfers that relied on adequacy now need a TIA for their SCCs: the existing TIA rule sees no adequacy.
    const jpScc = oneTransfer({ mechanism: 'scc_2021', sccModule: 2, signedOn: '2022-01-01', tiaOn: null }, 'JP');
    expect(fired(jpScc, 'TR-SCC-TIA-MISSING', '2027-06-01')).toHaveLength(0);
    expect(fired(jpScc, 'TR-SCC-TIA-MISSING', '2027-06-01', withdrawn)).toHaveLength(1);
  });

  it('HYP-MECH-SUSPENDED suspends the chosen tool only', () => {
    const scc = oneTransfer({ mechanism: 'scc_2021', sccModule: 2, signedOn: '2022-01-01', tiaOn: '2022-01-01' });
    const suspended = at({ id: 'HYP-MECH-SUSPENDED', parameter: 'scc_2021', date: '2027-01-01' });
    const [f] = fired(scc, 'TR-INVALID-ACTIVE', '2027-01-01', suspended);
    expect(f.message.en).toContain('Standard contractual clauses 2021');
    expect(f.legalEvent?.label.en).toBe('The transfer tool Standard contractual clauses 2021 (Decision (EU) 2021/914) is suspended');
    expect(fired(oneTransfer({ mechanism: 'eu_us_dpf' }), 'TR-INVALID-ACTIVE', '2027-01-01', suspended)).toHaveLength(0);
  });
});
