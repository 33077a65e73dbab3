import { describe, expect, it } from 'vitest';
import type { Recipient, Transfer } from '../../../shared/schemas/entities';
import { fired, firesOn } from '../testing/findings';
import { registerBuilder } from '../testing/register-builder';

function transferTo(recipient: Partial<Recipient>, patch: Partial<Transfer> = {}, organisationCountry = 'DK') {
  const b = registerBuilder();
  b.organisation({ country: organisationCountry });
  b.activity({ id: 'a', name: 'Kursusadministration' });
  b.processor({ id: 'r', name: 'Modtager', ...recipient });
  b.transfer({ activityId: 'a', recipientId: 'r', startOn: '2019-01-01', signedOn: '2022-01-01', ...patch });
  return b.build();
}

describe('TR-NOTX-EEA', () => {
  it('flags a transfer tool recorded for an EEA recipient', () => {
    const [f] = fired(transferTo({ country: 'DE' }, { mechanism: 'scc_2021' }), 'TR-NOTX-EEA', '2026-11-25');
    expect(f.severity).toBe('INFO');
    expect(f.message.da).toContain('Tyskland');
    expect(f.uncertain).toBe(true);
  });

  it('is quiet for "not a transfer" or no mechanism', () => {
    expect(fired(transferTo({ country: 'DE' }, { mechanism: 'not_a_transfer' }), 'TR-NOTX-EEA', '2026-11-25')).toHaveLength(0);
    expect(fired(transferTo({ country: 'DE' }, { mechanism: null }), 'TR-NOTX-EEA', '2026-11-25')).toHaveLength(0);
  });

  it('treats the UK as EEA only before 1 Jan 2021 (M)', () => {
    const uk = transferTo({ country: 'GB' }, { mechanism: 'scc_2010_87', signedOn: '2019-01-01', sccModule: null });
    expect(firesOn(uk, 'TR-NOTX-EEA', ['2020-12-31', '2021-01-01'])).toEqual([true, false]);
    expect(fired(uk, 'TR-NOTX-EEA', '2020-12-31')[0].verification).toBe('M');
  });
});

describe('TR-THIRD-NOMECH', () => {
  it('is CRITICAL for a third-country transfer without a tool', () => {
    for (const mechanism of [null, 'none', 'not_a_transfer'] as const) {
      const [f] = fired(transferTo({ country: 'IN' }, { mechanism }), 'TR-THIRD-NOMECH', '2026-11-25');
      expect(f.severity).toBe('CRITICAL');
      expect(f.message.en).toContain('India');
    }
  });

  it('treats Greenland and the Faroe Islands as third countries', () => {
    expect(fired(transferTo({ country: 'GL' }, { mechanism: 'not_a_transfer' }), 'TR-THIRD-NOMECH', '2026-11-25')[0].message.da).toContain(
      'Grønland',
    );
    expect(fired(transferTo({ country: 'FO' }, { mechanism: null }), 'TR-THIRD-NOMECH', '2026-11-25')).toHaveLength(1);
  });

  it('waits for the transfer to start', () => {
    const planned = transferTo({ country: 'IN' }, { mechanism: null, startOn: '2026-12-01' });
    expect(firesOn(planned, 'TR-THIRD-NOMECH', ['2026-11-30', '2026-12-01'])).toEqual([false, true]);
  });

  it('does not fire for a transfer with a tool, nor for the UK while its adequacy decision is in force', () => {
    expect(fired(transferTo({ country: 'IN' }, { mechanism: 'scc_2021' }), 'TR-THIRD-NOMECH', '2026-11-25')).toHaveLength(0);
    expect(fired(transferTo({ country: 'GB' }, { mechanism: null }), 'TR-THIRD-NOMECH', '2026-11-25')).toHaveLength(0);
  });

  it('treats a missing start date as already running (the example register records none)', () => {
    expect(fired(transferTo({ country: 'IN' }, { mechanism: null, startOn: null }), 'TR-THIRD-NOMECH', '2026-11-25')).toHaveLength(1);
  });
});

describe('TR-UK-AS-EEA', () => {
  const uk = transferTo({ country: 'GB' }, { mechanism: 'not_a_transfer', startOn: '2019-01-01' });

  it('fires from 1 Jan 2021, when the UK became a third country', () => {
    expect(firesOn(uk, 'TR-UK-AS-EEA', ['2020-12-31', '2021-01-01', '2021-01-02'])).toEqual([false, true, true]);
  });

  it('points at the adequacy decision valid on the check date', () => {
    expect(fired(uk, 'TR-UK-AS-EEA', '2021-03-01')[0].fix.en).toContain('bridge');
    expect(fired(uk, 'TR-UK-AS-EEA', '2025-05-01')[0].fix.en).toContain('valid until 27 Jun 2025');
    expect(fired(uk, 'TR-UK-AS-EEA', '2026-11-25')[0].fix.da).toContain('27. december 2031');
  });

  it('covers an empty mechanism while the UK decision or the bridge applies', () => {
    const empty = transferTo({ country: 'GB' }, { mechanism: null });
    expect(fired(empty, 'TR-UK-AS-EEA', '2026-11-25')).toHaveLength(1);
    expect(fired(empty, 'TR-UK-AS-EEA', '2021-02-01')).toHaveLength(1);
    expect(fired(empty, 'TR-THIRD-NOMECH', '2021-02-01')).toHaveLength(0);
  });

  it('is quiet for a UK transfer recorded under adequacy', () => {
    expect(
      fired(transferTo({ country: 'GB' }, { mechanism: 'adequacy', startOn: '2021-07-01' }), 'TR-UK-AS-EEA', '2026-11-25'),
    ).toHaveLength(0);
  });
});

describe('TR-WRONG-INSTRUMENT', () => {
  it('flags Swiss and UK export instruments used by a Danish exporter', () => {
    for (const mechanism of ['swiss_us_dpf', 'uk_us_data_bridge', 'uk_idta', 'uk_addendum'] as const) {
      const [f] = fired(transferTo({ country: 'US' }, { mechanism }), 'TR-WRONG-INSTRUMENT', '2026-11-25');
      expect(f?.severity, mechanism).toBe('HIGH');
      expect(f.message.en).toContain('not from Denmark');
    }
    const [idta] = fired(transferTo({ country: 'US' }, { mechanism: 'uk_idta' }), 'TR-WRONG-INSTRUMENT', '2026-11-25');
    expect(idta.legalEvent?.id).toBe('EV-UK-IDTA');
  });

  it('is quiet for an exporter the instrument is meant for', () => {
    expect(fired(transferTo({ country: 'US' }, { mechanism: 'swiss_us_dpf' }, 'CH'), 'TR-WRONG-INSTRUMENT', '2026-11-25')).toHaveLength(0);
    expect(fired(transferTo({ country: 'US' }, { mechanism: 'scc_2021' }), 'TR-WRONG-INSTRUMENT', '2026-11-25')).toHaveLength(0);
  });
});
