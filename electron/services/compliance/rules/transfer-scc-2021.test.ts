import { describe, expect, it } from 'vitest';
import type { Recipient, Transfer } from '../../../shared/schemas/entities';
import { fired, firesOn } from '../testing/findings';
import { registerBuilder } from '../testing/register-builder';

function scc(patch: Partial<Transfer> = {}, recipient: Partial<Recipient> = {}) {
  const b = registerBuilder();
  b.activity({ id: 'a', name: 'CRM' });
  b.processor({ id: 'us', name: 'Cloud Inc', country: 'US', ...recipient });
  b.transfer({ activityId: 'a', recipientId: 'us', mechanism: 'scc_2021', ...patch });
  return b.build();
}

describe('TR-SCC21-PREDATE', () => {
  it('fires for a 2021 SCC contract dated before 27 Jun 2021', () => {
    const dates = ['2021-06-26', '2021-06-27', '2021-06-28'];
    expect(dates.map((signedOn) => fired(scc({ signedOn }), 'TR-SCC21-PREDATE', '2022-01-01').length)).toEqual([1, 0, 0]);
    expect(fired(scc({ signedOn: '2021-06-26' }), 'TR-SCC21-PREDATE', '2022-01-01')[0].severity).toBe('MEDIUM');
  });

  it('is not known before the decision was adopted (4 Jun 2021)', () => {
    expect(firesOn(scc({ signedOn: '2021-01-01' }), 'TR-SCC21-PREDATE', ['2021-06-03', '2021-06-04', '2021-06-05'])).toEqual([
      false,
      true,
      true,
    ]);
  });
});

describe('TR-SCC21-MODULE-MISSING and -MISMATCH', () => {
  it('asks for the module when none is recorded', () => {
    expect(fired(scc({ sccModule: null }), 'TR-SCC21-MODULE-MISSING', '2024-01-01')).toHaveLength(1);
    expect(fired(scc({ sccModule: 2 }), 'TR-SCC21-MODULE-MISSING', '2024-01-01')).toHaveLength(0);
  });

  it('derives the module from the roles and names the expected one', () => {
    const [f] = fired(scc({ sccModule: 1 }), 'TR-SCC21-MODULE-MISMATCH', '2024-01-01');
    expect(f.severity).toBe('HIGH');
    expect(f.fix.en).toBe('Use Module 2.');
    expect(f.message.da).toContain('eksportør: dataansvarlig, importør: databehandler');
    expect(
      fired(scc({ sccModule: 3, exporterRole: 'processor', importerRole: 'processor' }), 'TR-SCC21-MODULE-MISMATCH', '2024-01-01'),
    ).toHaveLength(0);
    expect(
      fired(scc({ sccModule: 4, exporterRole: 'processor', importerRole: 'controller' }), 'TR-SCC21-MODULE-MISMATCH', '2024-01-01'),
    ).toHaveLength(0);
    expect(fired(scc({ sccModule: 1, importerRole: 'controller' }), 'TR-SCC21-MODULE-MISMATCH', '2024-01-01')).toHaveLength(0);
  });
});

describe('TR-SCC21-ART3-2', () => {
  it('fires only for an importer subject to the GDPR under Art 3(2), and is uncertain (V2)', () => {
    const [f] = fired(scc({}, { subjectToGdprArt3_2: true }), 'TR-SCC21-ART3-2', '2024-01-01');
    expect(f.severity).toBe('INFO');
    expect(f.uncertain).toBe(true);
    expect(fired(scc(), 'TR-SCC21-ART3-2', '2024-01-01')).toHaveLength(0);
  });
});

describe('TR-SCC-TIA-MISSING', () => {
  it('fires from Schrems II (16 Jul 2020) for SCCs to a non-adequate country without a TIA', () => {
    const noTia = scc({ mechanism: 'scc_2010_87', sccModule: null, signedOn: '2019-01-01', startOn: '2019-01-01', tiaOn: null });
    expect(firesOn(noTia, 'TR-SCC-TIA-MISSING', ['2020-07-15', '2020-07-16', '2020-07-17'])).toEqual([false, true, true]);
    const [f] = fired(noTia, 'TR-SCC-TIA-MISSING', '2020-08-01');
    expect(f.fix.da).toContain('USA');
    expect(f.uncertain).toBe(true);
  });

  it('covers BCRs, and not a transfer with a TIA or to an adequate country', () => {
    expect(
      fired(
        scc({ mechanism: 'bcr', tiaOn: null, bcrApprovingAuthority: 'CNIL', bcrApprovedOn: '2019-01-01' }),
        'TR-SCC-TIA-MISSING',
        '2024-01-01',
      ),
    ).toHaveLength(1);
    expect(fired(scc({ tiaOn: '2022-01-01' }), 'TR-SCC-TIA-MISSING', '2024-01-01')).toHaveLength(0);
    expect(fired(scc({ tiaOn: null }, { country: 'JP' }), 'TR-SCC-TIA-MISSING', '2024-01-01')).toHaveLength(0);
  });

  it('still needs a TIA where the adequacy decision does not reach the recipient (partial scope)', () => {
    expect(fired(scc({ tiaOn: null }, { country: 'JP', sector: 'public_sector' }), 'TR-SCC-TIA-MISSING', '2024-01-01')).toHaveLength(1);
  });
});

describe('TIA-REEVALUATION-DUE', () => {
  it('fires from the re-evaluation date the DPO recorded', () => {
    const r = scc({ tiaNextReviewOn: '2025-03-01' });
    expect(firesOn(r, 'TIA-REEVALUATION-DUE', ['2025-02-28', '2025-03-01', '2025-03-02'])).toEqual([false, true, true]);
    expect(fired(r, 'TIA-REEVALUATION-DUE', '2025-03-01')[0].message.en).toContain('1 Mar 2025');
  });

  it('does not fire without a date or after the transfer ended', () => {
    expect(fired(scc(), 'TIA-REEVALUATION-DUE', '2026-11-25')).toHaveLength(0);
    expect(fired(scc({ tiaNextReviewOn: '2025-03-01', endOn: '2025-02-01' }), 'TIA-REEVALUATION-DUE', '2026-11-25')).toHaveLength(0);
  });
});
