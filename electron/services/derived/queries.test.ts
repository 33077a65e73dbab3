import { describe, expect, it } from 'vitest';
import type { AcknowledgedFinding } from '../../shared/schemas/findings';
import { assembleState } from './compute';
import { findingsPage } from './queries';

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
const counts = { CRITICAL: 2, HIGH: 0, MEDIUM: 1, INFO: 0 };
const state = assembleState(
  {
    asOf: '2026-11-25',
    kb: { version: 'test', asOf: '2026-11-01', origin: 'shipped' },
    findings: [stale, acked, ps],
    counts,
    openCounts: { ...counts, CRITICAL: 1 },
  },
  [null, 'rcp-google', 'rcp-hubspot'],
  [],
  { revision: 1, kbVersion: 'test', params: { asOf: '2026-11-25' } },
);
const ids = (q: Partial<Parameters<typeof findingsPage>[1]>, lang: 'da' | 'en' = 'da') =>
  findingsPage(state, { lang, status: 'all', offset: 0, limit: 100, ...q }).items.map((f) => f.id);

describe('a page of findings', () => {
  it('puts open findings first, the most severe first, and acknowledged ones last', () => {
    expect(ids({})).toEqual([ps.id, stale.id, acked.id]);
    expect(findingsPage(state, { lang: 'da', status: 'all', offset: 0, limit: 100 }).acknowledgedTotal).toBe(1);
  });

  it('filters by status, severity, rule, entity type and recipient, and searches every word in the UI language', () => {
    expect(ids({ status: 'acknowledged' })).toEqual([acked.id]);
    expect(ids({ status: 'open', severity: ['CRITICAL'] })).toEqual([ps.id]);
    expect(ids({ rule: ['REV-STALE'] })).toEqual([stale.id]);
    expect(ids({ entity: ['transfer'] })).toEqual([ps.id, acked.id]);
    expect(ids({ recipientId: 'rcp-google' })).toEqual([acked.id]);
    expect(ids({ q: 'gennemgået 2019' })).toEqual([stale.id]);
    expect(ids({ q: 'gennemgået 2019' }, 'en')).toEqual([]);
    expect(ids({ q: 'schrems hubspot' }, 'en')).toEqual([ps.id]);
    expect(ids({ q: 'udløb' })).toEqual([acked.id]);
    expect(ids({ q: 'gennem' })).toEqual([stale.id]);
  });

  it('lists the rules that fired with their counts, most severe first, and summarises badges from open findings', () => {
    expect(findingsPage(state, { lang: 'da', status: 'all', offset: 0, limit: 0 }).rules).toEqual([
      { ruleId: 'TR-PS-ACTIVE', severity: 'CRITICAL', count: 2 },
      { ruleId: 'REV-STALE', severity: 'MEDIUM', count: 1 },
    ]);
    expect(state.summaries.get('recipient:rcp-hubspot')).toMatchObject({ highest: 'CRITICAL', highestCount: 1, open: 1, acknowledged: 0 });
    expect(state.summaries.get('recipient:rcp-google')).toMatchObject({ highest: null, open: 0, acknowledged: 1 });
    expect(state.summaries.get('activity:x')).toMatchObject({ highest: 'MEDIUM', open: 1 });
  });
});
