import { describe, expect, it } from 'vitest';
import type { Recipient, Transfer } from '../../../shared/schemas/entities';
import { buildKnowledgeBase, readKnowledgeBaseFiles } from '../knowledge-base';
import { fired, firesOn } from '../testing/findings';
import { registerBuilder } from '../testing/register-builder';

function adequacyTo(recipient: Partial<Recipient>, patch: Partial<Transfer> = {}) {
  const b = registerBuilder();
  b.activity({ id: 'a', name: 'Kursusadministration' });
  b.processor({ id: 'r', name: 'Modtager', ...recipient });
  b.transfer({ activityId: 'a', recipientId: 'r', mechanism: 'adequacy', sccModule: null, tiaOn: null, startOn: '2021-07-01', ...patch });
  return b.build();
}

describe('TR-ADQ-NONE', () => {
  it('is CRITICAL and verified for Greenland', () => {
    const [f] = fired(adequacyTo({ country: 'GL' }), 'TR-ADQ-NONE', '2026-11-25');
    expect(f.severity).toBe('CRITICAL');
    expect(f.message.da).toContain('Grønland');
    expect(f.verification).toBe('V');
    expect(f.sources.map((s) => s.id)).toEqual(['S58']);
  });

  it('treats plain adequacy to the US as none (use the DPF)', () => {
    const [f] = fired(adequacyTo({ country: 'US' }), 'TR-ADQ-NONE', '2026-11-25');
    expect(f.message.en).toContain('does not cover the United States');
    expect(f.fix.en).toContain('EU-US DPF');
  });

  it('knows Brazil only from 26 Jan 2026', () => {
    const br = adequacyTo({ country: 'BR' }, { startOn: '2026-02-01' });
    expect(firesOn(br, 'TR-ADQ-NONE', ['2026-01-25', '2026-01-26', '2026-01-27'])).toEqual([true, false, false]);
  });

  it('says the EPO decision applies only from 18 Jul 2025 between adoption and entry into force', () => {
    const epo = adequacyTo(
      { country: 'EPO', isInternationalOrganisation: true, sector: 'international_organisation' },
      { startOn: '2025-08-01' },
    );
    expect(firesOn(epo, 'TR-ADQ-NONE', ['2025-07-17', '2025-07-18'])).toEqual([true, false]);
    expect(fired(epo, 'TR-ADQ-NONE', '2025-07-16')[0].message.en).toContain('only applies from 18 Jul 2025');
  });

  it('is quiet for a country with an adequacy decision', () => {
    expect(fired(adequacyTo({ country: 'JP' }), 'TR-ADQ-NONE', '2026-11-25')).toHaveLength(0);
  });
});

describe('TR-ADQ-PREDATE', () => {
  it('fires when the transfer started before the decision applied', () => {
    const dates = ['2021-12-16', '2021-12-17', '2021-12-18'];
    expect(dates.map((startOn) => fired(adequacyTo({ country: 'KR' }, { startOn }), 'TR-ADQ-PREDATE', '2026-11-25').length)).toEqual([
      1, 0, 0,
    ]);
    const [f] = fired(adequacyTo({ country: 'KR' }, { startOn: '2021-01-01' }), 'TR-ADQ-PREDATE', '2026-11-25');
    expect(f.fix.en).toContain('from 1 Jan 2021 to 16 Dec 2021');
    expect(f.verification).toBe('V2');
  });

  it('carries the date tag of the decision (Switzerland: M)', () => {
    expect(fired(adequacyTo({ country: 'CH' }, { startOn: '2000-01-01' }), 'TR-ADQ-PREDATE', '2026-11-25')[0].verification).toBe('M');
  });
});

describe('TR-ADQ-SCOPE', () => {
  it('flags a recipient outside a partial-scope decision', () => {
    const [ca] = fired(adequacyTo({ country: 'CA', sector: 'public_sector' }), 'TR-ADQ-SCOPE', '2026-11-25');
    expect(ca.severity).toBe('HIGH');
    expect(ca.message.en).toContain('PIPEDA');
    expect(fired(adequacyTo({ country: 'FO', sector: 'danish_realm_authority' }), 'TR-ADQ-SCOPE', '2026-11-25')).toHaveLength(1);
    expect(fired(adequacyTo({ country: 'KR', sector: 'credit_information_fsc' }), 'TR-ADQ-SCOPE', '2026-11-25')[0].uncertain).toBe(true);
  });

  it('is quiet for a recipient inside the scope or a full-scope decision', () => {
    expect(fired(adequacyTo({ country: 'CA', sector: 'commercial' }), 'TR-ADQ-SCOPE', '2026-11-25')).toHaveLength(0);
    expect(fired(adequacyTo({ country: 'CH', sector: 'public_sector' }), 'TR-ADQ-SCOPE', '2026-11-25')).toHaveLength(0);
  });
});

describe('TR-ADQ-EXPIRY-SOON (UK, point in time)', () => {
  const uk = adequacyTo({ country: 'GB' });

  it('warns 180 days before 27 Jun 2025 as known then', () => {
    expect(firesOn(uk, 'TR-ADQ-EXPIRY-SOON', ['2024-12-28', '2024-12-29', '2024-12-30'])).toEqual([false, true, true]);
    expect(fired(uk, 'TR-ADQ-EXPIRY-SOON', '2025-05-01')[0].message.en).toContain('expires on 27 Jun 2025 (days left: 57)');
  });

  it('moves with the extension of 24 Jun 2025 and the renewal of 19 Dec 2025', () => {
    expect(firesOn(uk, 'TR-ADQ-EXPIRY-SOON', ['2025-06-23', '2025-06-24', '2025-06-30'])).toEqual([true, false, true]);
    expect(fired(uk, 'TR-ADQ-EXPIRY-SOON', '2025-07-01')[0].legalEvent?.id).toBe('EV-UK-ADQ-EXT');
    expect(fired(uk, 'TR-ADQ-EXPIRY-SOON', '2025-07-01')[0].uncertain).toBe(true);
    expect(firesOn(uk, 'TR-ADQ-EXPIRY-SOON', ['2025-12-18', '2025-12-19', '2026-11-25'])).toEqual([true, false, false]);
  });

  it('respects an overridden warning window', () => {
    expect(fired(uk, 'TR-ADQ-EXPIRY-SOON', '2025-05-01', { params: { adequacy_expiry_warn_days: 30 } })).toHaveLength(0);
  });
});

describe('TR-ADQ-EXPIRED', () => {
  it('never fires for the UK with the shipped knowledge base: each end date was extended in time', () => {
    expect(firesOn(adequacyTo({ country: 'GB' }), 'TR-ADQ-EXPIRED', ['2025-06-28', '2025-12-28', '2026-11-25'])).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('fires the day after the end date when no renewal is known', () => {
    const raw = readKnowledgeBaseFiles();
    const adequacy = structuredClone(raw.adequacy) as { decisions: { country: string; validity: unknown[] }[] };
    const gb = adequacy.decisions.find((d) => d.country === 'GB');
    if (gb) gb.validity = gb.validity.slice(0, 1);
    const kb = buildKnowledgeBase({ ...raw, adequacy });
    const uk = adequacyTo({ country: 'GB' });
    expect(firesOn(uk, 'TR-ADQ-EXPIRED', ['2025-06-27', '2025-06-28', '2025-06-29'], { kb })).toEqual([false, true, true]);
    const [f] = fired(uk, 'TR-ADQ-EXPIRED', '2025-06-28', { kb });
    expect(f.severity).toBe('CRITICAL');
    expect(f.message.en).toContain('expired on 27 Jun 2025');
  });
});
