import { describe, expect, it } from 'vitest';
import { buildExampleRegister } from '../../../db/seed/example-register';
import { evaluate } from './evaluate';
import { findingsOf } from './testing/findings';

/** Jensens Kurser A/S as its 2019 privacy policy describes it: US transfers on the EU-US Privacy Shield. */
describe('the Jensens Kurser example register', () => {
  const register = buildExampleRegister();

  it('flags the HubSpot, MailChimp and Google transfers CRITICAL TR-PS-ACTIVE as of 2026-11-25', () => {
    const ps = findingsOf(evaluate(register, { asOf: '2026-11-25' }), 'TR-PS-ACTIVE');
    const usTransfers = register.transfers.filter((t) => t.mechanism === 'privacy_shield');
    expect(usTransfers.length).toBeGreaterThan(0);
    expect(ps.map((f) => f.entity.id).sort()).toEqual(usTransfers.map((t) => t.id).sort());
    const recipients = new Set(ps.map((f) => register.transfers.find((t) => t.id === f.entity.id)?.recipientId));
    const names = [...recipients].map((id) => register.recipients.find((r) => r.id === id)?.name);
    expect(names.sort()).toEqual(['Google', 'HubSpot', 'MailChimp']);
    for (const f of ps) {
      expect(f.severity).toBe('CRITICAL');
      expect(f.legalEvent?.id).toBe('EV-PS-INVALID');
    }
  });

  it('flags REV-STALE on the activities reviewed 2019-12-18', () => {
    const stale = findingsOf(evaluate(register, { asOf: '2026-11-25' }), 'REV-STALE');
    const active = register.activities.filter((a) => a.status === 'active');
    expect(stale.map((f) => f.entity.id).sort()).toEqual(active.map((a) => a.id).sort());
    expect(stale[0].message.da).toContain('18. december 2019');
  });

  it('raises no TR-PS finding as of the policy date, 2019-12-18', () => {
    const findings = evaluate(register, { asOf: '2019-12-18' });
    expect(findings.filter((f) => f.ruleId.startsWith('TR-PS'))).toEqual([]);
    expect(findingsOf(findings, 'REV-STALE')).toEqual([]);
  });
});
