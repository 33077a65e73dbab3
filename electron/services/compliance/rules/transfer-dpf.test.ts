import { describe, expect, it } from 'vitest';
import type { DpfEntry, Recipient, Transfer } from '../../../shared/schemas/entities';
import { fired, firesOn } from '../testing/findings';
import { type RegisterBuilder, registerBuilder } from '../testing/register-builder';

const INTUIT: Partial<DpfEntry> = {
  orgName: 'Intuit Inc.',
  coveredEntities: ['The Rocket Science Group LLC', 'Mailchimp'],
  dataTypes: ['non-HR'],
};

function dpf(
  opts: {
    recipient?: Partial<Recipient>;
    transfer?: Partial<Transfer>;
    snapshot?: { date: string; entries: Partial<DpfEntry>[] } | null;
    setup?: (b: RegisterBuilder) => void;
  } = {},
) {
  const b = registerBuilder();
  b.activity({ id: 'a', name: 'Nyhedsbreve' });
  b.processor({ id: 'mc', name: 'MailChimp', legalName: 'The Rocket Science Group, LLC', country: 'US', ...opts.recipient });
  b.transfer({
    activityId: 'a',
    recipientId: 'mc',
    mechanism: 'eu_us_dpf',
    sccModule: null,
    tiaOn: null,
    startOn: '2023-08-01',
    ...opts.transfer,
  });
  const snapshot = opts.snapshot === undefined ? { date: '2026-11-01', entries: [INTUIT] } : opts.snapshot;
  if (snapshot) b.dpfSnapshot(snapshot.date, snapshot.entries);
  opts.setup?.(b);
  return b.build();
}

describe('TR-DPF-NOTLISTED', () => {
  it("resolves Mailchimp (The Rocket Science Group LLC) through Intuit's covered entities", () => {
    expect(fired(dpf(), 'TR-DPF-NOTLISTED', '2026-11-25')).toHaveLength(0);
    expect(fired(dpf({ recipient: { legalName: null, name: 'Mailchimp' } }), 'TR-DPF-NOTLISTED', '2026-11-25')).toHaveLength(0);
  });

  it('is CRITICAL for a recipient that is not listed, or listed but inactive', () => {
    const [f] = fired(dpf({ recipient: { name: 'HubSpot', legalName: 'HubSpot, Inc.' } }), 'TR-DPF-NOTLISTED', '2026-11-25');
    expect(f.severity).toBe('CRITICAL');
    expect(f.message.en).toContain('snapshot 1 Nov 2026');
    const inactive = dpf({ snapshot: { date: '2026-11-01', entries: [{ ...INTUIT, status: 'inactive' }] } });
    expect(fired(inactive, 'TR-DPF-NOTLISTED', '2026-11-25')).toHaveLength(1);
    const swissOnly = dpf({ snapshot: { date: '2026-11-01', entries: [{ ...INTUIT, frameworks: ['Swiss-US'] }] } });
    expect(fired(swissOnly, 'TR-DPF-NOTLISTED', '2026-11-25')).toHaveLength(1);
  });

  it('uses only a snapshot dated on or before the check date', () => {
    const later = dpf({ recipient: { name: 'HubSpot', legalName: null }, snapshot: { date: '2026-11-01', entries: [INTUIT] } });
    expect(firesOn(later, 'TR-DPF-NOTLISTED', ['2026-10-31', '2026-11-01'])).toEqual([false, true]);
  });

  it('does not guess without an imported snapshot (TR-DPF-SNAPSHOT-STALE says so instead)', () => {
    expect(fired(dpf({ snapshot: null }), 'TR-DPF-NOTLISTED', '2026-11-25')).toHaveLength(0);
  });
});

describe('TR-DPF-HR', () => {
  it('fires when HR data goes to a listing without HR coverage (M, uncertain)', () => {
    const [f] = fired(dpf({ transfer: { hrData: true } }), 'TR-DPF-HR', '2026-11-25');
    expect(f.severity).toBe('CRITICAL');
    expect(f.message.en).toContain('Intuit Inc.');
    expect(f.verification).toBe('M');
    expect(f.uncertain).toBe(true);
  });

  it('is quiet when the listing covers HR or the data is not HR', () => {
    expect(fired(dpf({ transfer: { hrData: false } }), 'TR-DPF-HR', '2026-11-25')).toHaveLength(0);
    const hr = dpf({ transfer: { hrData: true }, snapshot: { date: '2026-11-01', entries: [{ ...INTUIT, dataTypes: ['HR', 'non-HR'] }] } });
    expect(fired(hr, 'TR-DPF-HR', '2026-11-25')).toHaveLength(0);
  });
});

describe('TR-DPF-COUNTRY', () => {
  it('fires for the DPF outside the United States', () => {
    const [f] = fired(dpf({ recipient: { country: 'IN' } }), 'TR-DPF-COUNTRY', '2026-11-25');
    expect(f.severity).toBe('HIGH');
    expect(f.fix.en).toContain('India');
    expect(fired(dpf(), 'TR-DPF-COUNTRY', '2026-11-25')).toHaveLength(0);
  });
});

describe('TR-DPF-PREDATE', () => {
  it('fires for a DPF period starting before 10 Jul 2023', () => {
    const dates = ['2023-07-09', '2023-07-10', '2023-07-11'];
    expect(dates.map((startOn) => fired(dpf({ transfer: { startOn } }), 'TR-DPF-PREDATE', '2026-11-25').length)).toEqual([1, 0, 0]);
    expect(fired(dpf({ transfer: { startOn: '2022-01-01' } }), 'TR-DPF-PREDATE', '2026-11-25')[0].fix.en).toContain(
      'from 1 Jan 2022 to 9 Jul 2023',
    );
  });

  it('is quiet when another tool is recorded for the earlier period', () => {
    const covered = dpf({
      transfer: { startOn: '2022-01-01' },
      setup: (b) => {
        b.transfer({ activityId: 'a', recipientId: 'mc', mechanism: 'scc_2021', startOn: '2021-10-01', endOn: '2023-07-09' });
      },
    });
    expect(fired(covered, 'TR-DPF-PREDATE', '2026-11-25')).toHaveLength(0);
    const gap = dpf({
      transfer: { startOn: '2022-01-01' },
      setup: (b) => {
        b.transfer({ activityId: 'a', recipientId: 'mc', mechanism: 'scc_2021', startOn: '2021-10-01', endOn: '2023-06-30' });
      },
    });
    expect(fired(gap, 'TR-DPF-PREDATE', '2026-11-25')).toHaveLength(1);
  });
});

describe('TR-DPF-WATCH', () => {
  it('fires once the first risk event is known (Latombe, 3 Sep 2025) and lists what is known', () => {
    const r = dpf({ snapshot: { date: '2025-08-01', entries: [INTUIT] } });
    expect(firesOn(r, 'TR-DPF-WATCH', ['2025-09-02', '2025-09-03', '2025-09-04'])).toEqual([false, true, true]);
    expect(fired(r, 'TR-DPF-WATCH', '2025-09-03')[0].message.en).not.toContain('Slaughter');
    const [late] = fired(dpf(), 'TR-DPF-WATCH', '2026-11-25');
    expect(late.message.en).toContain('Trump v. Slaughter');
    expect(late.legalEvent?.id).toBe('EV-SLAUGHTER');
    expect(late.uncertaintyNote?.en).toContain('3 Jul 2026');
  });

  it('is suppressed by NOTLISTED, HR and COUNTRY, but not by PREDATE', () => {
    expect(fired(dpf({ recipient: { name: 'HubSpot', legalName: null } }), 'TR-DPF-WATCH', '2026-11-25')).toHaveLength(0);
    expect(fired(dpf({ transfer: { hrData: true } }), 'TR-DPF-WATCH', '2026-11-25')).toHaveLength(0);
    expect(fired(dpf({ recipient: { country: 'IN' } }), 'TR-DPF-WATCH', '2026-11-25')).toHaveLength(0);
    expect(fired(dpf({ transfer: { startOn: '2022-01-01' } }), 'TR-DPF-WATCH', '2026-11-25')).toHaveLength(1);
  });

  it('notes when no snapshot has been checked', () => {
    expect(fired(dpf({ snapshot: null }), 'TR-DPF-WATCH', '2026-11-25')[0].uncertaintyNote?.en).toContain('has not been checked');
  });
});

describe('TR-DPF-SNAPSHOT-STALE', () => {
  it('fires when the snapshot is more than 90 days old', () => {
    const r = dpf({ snapshot: { date: '2026-08-01', entries: [INTUIT] } });
    // 2026-08-01 + 90 days = 2026-10-30.
    expect(firesOn(r, 'TR-DPF-SNAPSHOT-STALE', ['2026-10-29', '2026-10-30', '2026-10-31'])).toEqual([false, false, true]);
    const [f] = fired(r, 'TR-DPF-SNAPSHOT-STALE', '2026-10-31');
    expect(f.entity.type).toBe('organisation');
    expect(f.message.en).toContain('91 days old');
  });

  it('fires when no snapshot was imported, and honours the dpf_snapshot_max_age_days setting', () => {
    expect(fired(dpf({ snapshot: null }), 'TR-DPF-SNAPSHOT-STALE', '2026-11-25')[0].message.en).toContain('No copy of the DPF List');
    const withSetting = dpf({
      snapshot: { date: '2026-08-01', entries: [INTUIT] },
      setup: (b) => b.setting('dpf_snapshot_max_age_days', 120),
    });
    expect(fired(withSetting, 'TR-DPF-SNAPSHOT-STALE', '2026-11-25')).toHaveLength(0);
  });

  it('is quiet when nothing relies on the DPF', () => {
    expect(
      fired(dpf({ transfer: { mechanism: 'scc_2021', sccModule: 2 }, snapshot: null }), 'TR-DPF-SNAPSHOT-STALE', '2026-11-25'),
    ).toHaveLength(0);
  });
});
