import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../../shared/schemas/entities';
import { fired, firesOn } from '../testing/findings';
import { registerBuilder } from '../testing/register-builder';

/** One activity with one US transfer on the given mechanism. */
function usTransfer(patch: Partial<Transfer>, activityStatus: 'active' | 'ended' = 'active') {
  const b = registerBuilder();
  b.activity({ id: 'a', name: 'Nyhedsbreve', status: activityStatus });
  b.processor({ id: 'mc', name: 'MailChimp', country: 'US' });
  b.transfer({ activityId: 'a', recipientId: 'mc', sccModule: null, tiaOn: null, signedOn: null, startOn: '2014-01-01', ...patch });
  return b.build();
}

describe('TR-PS-*', () => {
  const ps = usTransfer({ mechanism: 'privacy_shield', startOn: '2016-09-01' });

  it('TR-PS-ACTIVE fires from the invalidation day itself (16 Jul 2020), not the day before', () => {
    expect(firesOn(ps, 'TR-PS-ACTIVE', ['2020-07-15', '2020-07-16', '2020-07-17'])).toEqual([false, true, true]);
  });

  it('TR-PS-ACTIVE names the recipient, the date and Schrems II, in both languages', () => {
    const [f] = fired(ps, 'TR-PS-ACTIVE', '2026-11-25');
    expect(f.severity).toBe('CRITICAL');
    expect(f.message.da).toContain('MailChimp');
    expect(f.message.da).toContain('16. juli 2020');
    expect(f.message.en).toContain('16 Jul 2020');
    expect(f.legalEvent).toMatchObject({ id: 'EV-PS-INVALID', date: '2020-07-16' });
    expect(f.sources.map((s) => s.id)).toEqual(['S01', 'S05', 'S08']);
    expect(f.verification).toBe('V');
    expect(f.uncertain).toBe(false);
    expect(f.entity).toMatchObject({ type: 'transfer' });
    expect(f.activityId).toBe('a');
  });

  it('recommends the DPF only once the DPF exists (point in time)', () => {
    expect(fired(ps, 'TR-PS-ACTIVE', '2023-07-09')[0].fix.en).not.toContain('DPF');
    expect(fired(ps, 'TR-PS-ACTIVE', '2023-07-10')[0].fix.en).toContain('EU-US DPF');
    expect(fired(ps, 'TR-PS-ACTIVE', '2021-01-01')[0].fix.en).toContain('2010/87/EU');
  });

  it('TR-PS-ACTIVE does not fire for a transfer that has ended, nor for an ended entry', () => {
    expect(fired(usTransfer({ mechanism: 'privacy_shield', endOn: '2021-03-01' }), 'TR-PS-ACTIVE', '2026-11-25')).toHaveLength(0);
    expect(fired(usTransfer({ mechanism: 'privacy_shield' }, 'ended'), 'TR-PS-ACTIVE', '2026-11-25')).toHaveLength(0);
  });

  it('TR-PS-ACTIVE counts the end day as active', () => {
    const ends = usTransfer({ mechanism: 'privacy_shield', endOn: '2022-05-01' });
    expect(firesOn(ends, 'TR-PS-ACTIVE', ['2022-05-01', '2022-05-02'])).toEqual([true, false]);
    expect(firesOn(ends, 'TR-PS-GAP', ['2022-05-01', '2022-05-02'])).toEqual([false, true]);
  });

  it('TR-PS-GAP vs TR-PS-HIST turns on whether the transfer ran on 16 Jul 2020', () => {
    const onTheDay = usTransfer({ mechanism: 'privacy_shield', endOn: '2020-07-16' });
    const dayBefore = usTransfer({ mechanism: 'privacy_shield', endOn: '2020-07-15' });
    const dayAfter = usTransfer({ mechanism: 'privacy_shield', endOn: '2020-07-17' });
    expect([dayBefore, onTheDay, dayAfter].map((r) => fired(r, 'TR-PS-GAP', '2026-11-25').length)).toEqual([0, 1, 1]);
    expect([dayBefore, onTheDay, dayAfter].map((r) => fired(r, 'TR-PS-HIST', '2026-11-25').length)).toEqual([1, 0, 0]);
    const [gap] = fired(dayAfter, 'TR-PS-GAP', '2026-11-25');
    expect(gap.severity).toBe('HIGH');
    expect(gap.message.en).toContain('17 Jul 2020');
  });

  it('TR-PS-HIST is only known once Schrems II is (point in time)', () => {
    const old = usTransfer({ mechanism: 'privacy_shield', startOn: '2017-01-01', endOn: '2019-06-30' });
    expect(firesOn(old, 'TR-PS-HIST', ['2020-07-15', '2020-07-16', '2020-07-17'])).toEqual([false, true, true]);
  });

  it('TR-PS-GAP and -HIST still run for an ended entry (legal-knowledge §0.7)', () => {
    const ended = usTransfer({ mechanism: 'privacy_shield', endOn: '2021-02-01' }, 'ended');
    expect(fired(ended, 'TR-PS-GAP', '2026-11-25')).toHaveLength(1);
    const endedEarly = usTransfer({ mechanism: 'privacy_shield', endOn: '2019-02-01' }, 'ended');
    expect(fired(endedEarly, 'TR-PS-HIST', '2026-11-25')).toHaveLength(1);
  });
});

describe('TR-SH-*', () => {
  const sh = usTransfer({ mechanism: 'safe_harbor', startOn: '2012-01-01' });

  it('TR-SH-ACTIVE fires from 6 Oct 2015', () => {
    expect(firesOn(sh, 'TR-SH-ACTIVE', ['2015-10-05', '2015-10-06', '2015-10-07'])).toEqual([false, true, true]);
    expect(fired(sh, 'TR-SH-ACTIVE', '2015-10-06')[0].fix.en).not.toMatch(/DPF|2021/);
  });

  it('TR-SH-GAP and TR-SH-HIST split at 6 Oct 2015', () => {
    const gap = usTransfer({ mechanism: 'safe_harbor', startOn: '2012-01-01', endOn: '2015-10-06' });
    const hist = usTransfer({ mechanism: 'safe_harbor', startOn: '2012-01-01', endOn: '2015-10-05' });
    expect(fired(gap, 'TR-SH-GAP', '2016-01-01')).toHaveLength(1);
    expect(fired(gap, 'TR-SH-HIST', '2016-01-01')).toHaveLength(0);
    expect(fired(hist, 'TR-SH-HIST', '2016-01-01')).toHaveLength(1);
    expect(fired(hist, 'TR-SH-GAP', '2016-01-01')).toHaveLength(0);
    expect(firesOn(hist, 'TR-SH-HIST', ['2015-10-05', '2015-10-06', '2015-10-07'])).toEqual([false, true, true]);
  });

  it('does not run for an EEA recipient (TR-NOTX-EEA covers that)', () => {
    const b = registerBuilder();
    b.activity({ id: 'a' });
    b.processor({ id: 'de', country: 'DE' });
    b.transfer({ activityId: 'a', recipientId: 'de', mechanism: 'safe_harbor', startOn: '2012-01-01' });
    expect(fired(b.build(), 'TR-SH-ACTIVE', '2026-11-25')).toHaveLength(0);
  });
});
