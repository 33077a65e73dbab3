import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { defaultKnowledgeBase } from './knowledge-base';
import { registerBuilder } from './testing/register-builder';
import { whatIf } from './what-if';

const kb = defaultKnowledgeBase();
const TODAY = '2026-12-05';
const DPF_FALLS = { id: 'HYP-DPF-INVALID', date: '2027-03-01' };

/**
 * Four US processors on the DPF, each with a different fallback: 2021 SCCs signed with the
 * right module and a TIA; SCCs with the wrong module and no TIA; SCCs not yet signed; none.
 */
function dpfRegister() {
  const b = registerBuilder({ asOf: TODAY });
  b.activity({ id: 'a', name: 'Kundeservice' });
  const dpf = { activityId: 'a', mechanism: 'eu_us_dpf' as const, sccModule: null, signedOn: null, tiaOn: null, startOn: '2023-08-01' };
  for (const [id, name] of [
    ['ready', 'HubSpot'],
    ['wrong', 'Zendesk'],
    ['unsigned', 'Calendly'],
    ['none', 'Typeform'],
  ]) {
    b.processor({ id, name, country: 'US' });
    b.transfer({ ...dpf, recipientId: id });
  }
  const scc = { activityId: 'a', mechanism: 'scc_2021' as const, startOn: null };
  b.transfer({ ...scc, recipientId: 'ready', sccModule: 2, signedOn: '2023-06-01', tiaOn: '2026-02-01', tiaNextReviewOn: '2027-12-01' });
  b.transfer({ ...scc, recipientId: 'wrong', sccModule: 1, signedOn: '2023-06-01', tiaOn: null });
  b.transfer({ ...scc, recipientId: 'unsigned', sccModule: 2, signedOn: null, tiaOn: '2026-02-01' });
  b.dpfSnapshot('2026-11-20', [{ orgName: 'HubSpot' }, { orgName: 'Zendesk' }, { orgName: 'Calendly' }, { orgName: 'Typeform' }]);
  return b.build();
}

describe('whatIf', () => {
  const report = whatIf(dpfRegister(), kb, { assumptions: [DPF_FALLS], today: TODAY });
  const byName = (name: string) => {
    const t = report.transfers.find((x) => x.name.startsWith(name));
    if (!t) throw new Error(`no contingency for ${name}`);
    return t;
  };

  it('evaluates today, on the scenario date without the event, and with it', () => {
    expect(report.today.asOf).toBe(TODAY);
    expect(report.withoutEvent.asOf).toBe('2027-03-01');
    expect(report.withEvent.asOf).toBe('2027-03-01');
    expect(report.withEvent.counts.CRITICAL - report.withoutEvent.counts.CRITICAL).toBe(4);
    expect(report.assumptions).toMatchObject([{ id: 'HYP-DPF-INVALID', date: '2027-03-01', eventId: 'EV-HYP-DPF-INVALID' }]);
    expect(report.assumptions[0].anticipates.map((e) => e.id)).toEqual(['EV-LATOMBE-APPEAL', 'EV-LATOMBE-GC']);
    expect(report.kb.version).toBe(kb.version);
  });

  it('lists what the event adds and removes, not what time alone changes', () => {
    expect(new Set(report.appearing.map((f) => f.ruleId))).toEqual(new Set(['TR-INVALID-ACTIVE']));
    expect(report.disappearing.map((f) => f.ruleId)).toContain('TR-DPF-WATCH');
    expect(report.disappearing.map((f) => f.ruleId)).not.toContain('TR-INVALID-ACTIVE');
  });

  it('finds a ready fallback: 2021 SCCs signed with the right module and a current TIA', () => {
    const t = byName('HubSpot');
    expect(t.reason.ruleId).toBe('TR-INVALID-ACTIVE');
    expect(t.fallback.status).toBe('ready');
    expect(t.fallback.expectedModule).toBe(2);
    expect(t.fallback.notes[0].en).toBe(
      'Ready: Standard contractual clauses 2021 (Decision (EU) 2021/914) (Module 2, signed 1 Jun 2023, TIA 1 Feb 2026).',
    );
  });

  it('says what is missing from an incomplete fallback, in the engine’s own words', () => {
    const wrong = byName('Zendesk').fallback;
    expect(wrong.status).toBe('incomplete');
    const text = wrong.notes.map((n) => n.en).join(' ');
    expect(text).toMatch(/Module 1/);
    expect(text).toMatch(/does not match the roles/);
    expect(text).toMatch(/transfer impact assessment/i);
    const unsigned = byName('Calendly').fallback;
    expect(unsigned.status).toBe('incomplete');
    expect(unsigned.notes.map((n) => n.en)).toContain(
      'Standard contractual clauses 2021 (Decision (EU) 2021/914) is recorded without a signing date.',
    );
    expect(unsigned.notes[0].da).toContain('uden underskriftsdato');
  });

  it('says how to record a fallback where none exists', () => {
    const none = byName('Typeform').fallback;
    expect(none.status).toBe('none');
    expect(none.notes[0].en).toContain('Module 2');
  });

  it('counts a TIA whose re-evaluation is due by the scenario date as not current', () => {
    const late = whatIf(dpfRegister(), kb, { assumptions: [{ id: 'HYP-DPF-INVALID', date: '2028-01-15' }], today: TODAY });
    const t = late.transfers.find((x) => x.name.startsWith('HubSpot'));
    expect(t?.fallback.status).toBe('incomplete');
    expect(t?.fallback.notes.map((n) => n.en).join(' ')).toMatch(/re-evaluation/);
  });

  it('refuses a check date before the assumed date, naming the field', () => {
    try {
      whatIf(dpfRegister(), kb, { assumptions: [DPF_FALLS], today: TODAY, asOf: '2027-02-01' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).details?.[0].path).toBe('asOf');
    }
  });

  it('refuses an unknown scenario and a missing country, naming the field', () => {
    expect(() => whatIf(dpfRegister(), kb, { assumptions: [{ id: 'HYP-NOPE', date: '2027-01-01' }], today: TODAY })).toThrow(
      /not a hypothetical event/,
    );
    try {
      whatIf(dpfRegister(), kb, { assumptions: [{ id: 'HYP-ADQ-WITHDRAWN', date: '2027-01-01' }], today: TODAY });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).details?.[0].path).toBe('assume.0.parameter');
      expect((e as AppError).message).toMatch(/needs a country: one of .*JP/);
    }
  });
});
