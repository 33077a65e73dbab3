import { describe, expect, it } from 'vitest';
import { assumedEventId, assumeEvents, parameterChoices, parseAssumption } from './assume';
import { defaultKnowledgeBase } from './knowledge-base';

const kb = defaultKnowledgeBase();

describe('parseAssumption', () => {
  it('reads EVENT[:PARAMETER][@DATE], with the default date when none is given', () => {
    expect(parseAssumption('HYP-DPF-INVALID@2027-03-01', '2026-12-05')).toEqual({
      id: 'HYP-DPF-INVALID',
      parameter: null,
      date: '2027-03-01',
    });
    expect(parseAssumption('hyp-adq-withdrawn:jp', '2026-12-05')).toEqual({ id: 'hyp-adq-withdrawn', parameter: 'jp', date: '2026-12-05' });
    expect(() => parseAssumption('HYP DPF', '2026-12-05')).toThrow(/EVENT\[:COUNTRY\|MECHANISM\]\[@YYYY-MM-DD\]/);
  });
});

describe('assumeEvents', () => {
  it('lists every hypothetical event of the knowledge base with what it anticipates', () => {
    expect([...kb.hypotheticals.keys()]).toEqual(['HYP-DPF-INVALID', 'HYP-MECH-SUSPENDED', 'HYP-UK-ADQ-LAPSE', 'HYP-ADQ-WITHDRAWN']);
    expect(kb.hypotheticals.get('HYP-DPF-INVALID')?.anticipates).toContain('EV-LATOMBE-APPEAL');
    expect(kb.hypotheticals.get('HYP-MECH-SUSPENDED')?.parameter?.choices?.find((c) => c.value === 'eu_us_dpf')?.anticipates).toEqual([
      'EV-SLAUGHTER',
    ]);
    expect(parameterChoices(kb, kb.hypotheticals.get('HYP-ADQ-WITHDRAWN')!)).toEqual(expect.arrayContaining(['GB', 'JP', 'CH', 'BR']));
    expect(parameterChoices(kb, kb.hypotheticals.get('HYP-ADQ-WITHDRAWN')!)).not.toContain('US');
  });

  it('leaves the real knowledge base untouched and reuses the derived copy for the same scenario', () => {
    const a = assumeEvents(kb, [{ id: 'HYP-DPF-INVALID', date: '2027-03-01' }]);
    expect(a).not.toBe(kb);
    expect(a).toBe(assumeEvents(kb, [{ id: 'hyp-dpf-invalid', date: '2027-03-01' }]));
    expect(kb.events.has('EV-HYP-DPF-INVALID')).toBe(false);
    expect(kb.mechanisms.get('eu_us_dpf')?.lifeEvents.some((l) => l.type === 'invalid-on')).toBe(false);
    expect(a.mechanisms.get('eu_us_dpf')?.lifeEvents[0]).toMatchObject({ type: 'invalid-on', date: '2027-03-01' });
    expect(a.events.get('EV-HYP-DPF-INVALID')).toMatchObject({ kind: 'hypothetical', date: '2027-03-01' });
    expect(a.version).toBe(kb.version);
  });

  it('cuts the UK validity history at the assumed date', () => {
    const a = assumeEvents(kb, [{ id: 'HYP-UK-ADQ-LAPSE', date: '2028-01-01' }]);
    expect(a.adequacy.get('GB')?.validity.map((v) => [v.knownFrom, v.validUntil])).toEqual([
      ['2021-06-28', '2025-06-27'],
      ['2025-06-24', '2025-12-27'],
      ['2025-12-19', '2031-12-27'],
      ['2028-01-01', '2027-12-31'],
    ]);
  });

  it('names the event after its parameter and refuses a bad date or a second copy of the same event', () => {
    expect(assumedEventId('HYP-MECH-SUSPENDED', 'scc_2021')).toBe('EV-HYP-MECH-SUSPENDED-SCC-2021');
    expect(() => assumeEvents(kb, [{ id: 'HYP-DPF-INVALID', date: '2027-02-30' }])).toThrow(/calendar date/);
    expect(() =>
      assumeEvents(kb, [
        { id: 'HYP-DPF-INVALID', date: '2027-03-01' },
        { id: 'HYP-DPF-INVALID', date: '2027-04-01' },
      ]),
    ).toThrow(/assumed twice/);
    expect(() => assumeEvents(kb, [{ id: 'HYP-DPF-INVALID', parameter: 'JP', date: '2027-03-01' }])).toThrow(/takes no country/);
  });
});
