import { describe, expect, it } from 'vitest';
import type { AcknowledgedFinding } from '../../../../electron/shared/schemas/findings';
import { addMonths } from './dates';
import { filterFindings, ruleOptions, sortFindings } from './findings-filter';
import { summarise } from './severity';

function finding(over: Partial<AcknowledgedFinding> & Pick<AcknowledgedFinding, 'ruleId' | 'severity'>): AcknowledgedFinding {
  return {
    id: `${over.ruleId}:${over.entity?.id ?? 'x'}`,
    entity: { type: 'activity', id: 'x', name: 'Nyhedsbreve' },
    message: { da: 'Besked', en: 'Message' },
    fix: { da: 'Ret det', en: 'Fix it' },
    legalEvent: null,
    sources: [{ id: 'S01', title: 'eucrim.eu Schrems II' }],
    verification: 'V',
    uncertain: false,
    status: 'open',
    acknowledgement: null,
    ...over,
  } as AcknowledgedFinding;
}

const ps = finding({ ruleId: 'TR-PS-ACTIVE', severity: 'CRITICAL', entity: { type: 'transfer', id: 't1', name: 'HubSpot (Nyhedsbreve)' } });
const stale = finding({ ruleId: 'REV-STALE', severity: 'MEDIUM', message: { da: 'Sidst gennemgået 2019', en: 'Last reviewed 2019' } });
const acked = finding({
  ruleId: 'TR-PS-ACTIVE',
  severity: 'CRITICAL',
  entity: { type: 'transfer', id: 't2', name: 'Google (Cookies)' },
  status: 'acknowledged',
  acknowledgement: {
    id: 'a1',
    justification: 'Stoppes ved udløb',
    until: '2027-01-01',
    acknowledgedOn: '2026-11-25',
    acknowledgedBy: null,
  },
});
const all = [stale, acked, ps];
const none = { q: '', severity: [], rule: [], entity: [], status: 'all' as const };

describe('the findings list', () => {
  it('puts open findings first, the most severe first, and acknowledged ones last', () => {
    expect(sortFindings(all, 'da').map((f) => f.id)).toEqual([ps.id, stale.id, acked.id]);
  });

  it('filters by status, severity, rule and entity type, and searches every word in the UI language', () => {
    expect(filterFindings(all, { ...none, status: 'acknowledged' }, 'da')).toEqual([acked]);
    expect(filterFindings(all, { ...none, status: 'open', severity: ['CRITICAL'] }, 'da')).toEqual([ps]);
    expect(filterFindings(all, { ...none, rule: ['REV-STALE'] }, 'da')).toEqual([stale]);
    expect(filterFindings(all, { ...none, entity: ['transfer'] }, 'da')).toEqual([acked, ps]);
    expect(filterFindings(all, { ...none, q: 'gennemgået 2019' }, 'da')).toEqual([stale]);
    expect(filterFindings(all, { ...none, q: 'gennemgået 2019' }, 'en')).toEqual([]);
    expect(filterFindings(all, { ...none, q: 'schrems hubspot' }, 'en')).toEqual([ps]);
    expect(filterFindings(all, { ...none, q: 'udløb' }, 'da')).toEqual([acked]);
  });

  it('lists the rules that fired with their counts, most severe first', () => {
    expect(ruleOptions(all)).toEqual([
      { ruleId: 'TR-PS-ACTIVE', severity: 'CRITICAL', count: 2 },
      { ruleId: 'REV-STALE', severity: 'MEDIUM', count: 1 },
    ]);
  });

  it('summarises a badge from the open findings only', () => {
    expect(summarise(all)).toMatchObject({ highest: 'CRITICAL', highestCount: 1, open: 2, acknowledged: 1 });
    expect(summarise([acked])).toMatchObject({ highest: null, open: 0, acknowledged: 1 });
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-11-25', 12)).toBe('2027-11-25');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });
});
