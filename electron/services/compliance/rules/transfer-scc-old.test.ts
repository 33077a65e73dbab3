import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../../shared/schemas/entities';
import { fired, firesOn } from '../testing/findings';
import { registerBuilder } from '../testing/register-builder';

function oldScc(patch: Partial<Transfer>, activity: { status?: 'active' | 'ended'; processingChangedOn?: string | null } = {}) {
  const b = registerBuilder();
  b.activity({ id: 'a', name: 'Kursusadministration', ...activity });
  b.processor({ id: 'us', name: 'US Host Inc', country: 'US' });
  b.transfer({
    activityId: 'a',
    recipientId: 'us',
    mechanism: 'scc_2010_87',
    sccModule: null,
    signedOn: '2019-03-01',
    startOn: '2019-03-01',
    tiaOn: '2020-09-01',
    ...patch,
  });
  return b.build();
}

describe('TR-SCCOLD-NEWCONTRACT', () => {
  it('fires for a contract signed on or after 27 Sep 2021, not the day before', () => {
    const [before, on, after] = ['2021-09-26', '2021-09-27', '2021-09-28'].map((signedOn) => oldScc({ signedOn, startOn: signedOn }));
    expect([before, on, after].map((r) => fired(r, 'TR-SCCOLD-NEWCONTRACT', '2022-06-01').length)).toEqual([0, 1, 1]);
    const [f] = fired(on, 'TR-SCCOLD-NEWCONTRACT', '2022-06-01');
    expect(f.severity).toBe('CRITICAL');
    expect(f.message.en).toContain('27 Sep 2021');
  });

  it('applies to 2001/497 and 2004/915 too, but not to 2002/16 (its own rule)', () => {
    for (const mechanism of ['scc_2001_497', 'scc_2004_915'] as const) {
      expect(fired(oldScc({ mechanism, signedOn: '2022-01-01' }), 'TR-SCCOLD-NEWCONTRACT', '2022-06-01')).toHaveLength(1);
    }
    expect(fired(oldScc({ mechanism: 'scc_2002_16', signedOn: '2022-01-01' }), 'TR-SCCOLD-NEWCONTRACT', '2022-06-01')).toHaveLength(0);
  });

  it('does not also claim the contract was grandfathered or has expired', () => {
    const r = oldScc({ signedOn: '2021-10-01' });
    expect(fired(r, 'TR-SCCOLD-GRACE', '2022-06-01')).toHaveLength(0);
    expect(fired(r, 'TR-SCCOLD-EXPIRED', '2023-06-01')).toHaveLength(0);
  });
});

describe('TR-SCCOLD-2002', () => {
  it('fires for 2002/16 clauses signed on or after 15 May 2010', () => {
    const [before, on, after] = ['2010-05-14', '2010-05-15', '2010-05-16'].map((signedOn) =>
      oldScc({ mechanism: 'scc_2002_16', signedOn }),
    );
    expect([before, on, after].map((r) => fired(r, 'TR-SCCOLD-2002', '2015-01-01').length)).toEqual([0, 1, 1]);
    const [f] = fired(on, 'TR-SCCOLD-2002', '2015-01-01');
    expect(f.uncertain).toBe(true);
    expect(f.fix.en).toContain('2010/87/EU');
    expect(fired(on, 'TR-SCCOLD-2002', '2022-01-01')[0].fix.en).toContain('2021 SCCs');
  });

  it('is not known before 2010/87 was adopted (5 Feb 2010)', () => {
    const r = oldScc({ mechanism: 'scc_2002_16', signedOn: '2010-06-01', startOn: '2009-01-01' });
    expect(firesOn(r, 'TR-SCCOLD-2002', ['2010-02-04', '2010-02-05', '2010-02-06'])).toEqual([false, true, true]);
  });
});

describe('TR-SCCOLD-NOTICE, -GRACE and -EXPIRED', () => {
  const running = oldScc({});

  it('TR-SCCOLD-NOTICE runs from 27 Jun 2021 until 26 Sep 2021', () => {
    expect(firesOn(running, 'TR-SCCOLD-NOTICE', ['2021-06-26', '2021-06-27', '2021-06-28', '2021-09-26', '2021-09-27'])).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('TR-SCCOLD-GRACE runs from 27 Sep 2021 through 27 Dec 2022 with the days left', () => {
    expect(firesOn(running, 'TR-SCCOLD-GRACE', ['2021-09-26', '2021-09-27', '2021-09-28', '2022-12-27', '2022-12-28'])).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(fired(running, 'TR-SCCOLD-GRACE', '2022-12-26')[0].message.en).toContain('(days left: 1)');
    expect(fired(running, 'TR-SCCOLD-GRACE', '2022-12-27')[0].message.da).toContain('(dage tilbage: 0)');
  });

  it('TR-SCCOLD-EXPIRED fires from 28 Dec 2022 and shows the "27 December inclusive?" ambiguity', () => {
    expect(firesOn(running, 'TR-SCCOLD-EXPIRED', ['2022-12-27', '2022-12-28', '2022-12-29'])).toEqual([false, true, true]);
    const [f] = fired(running, 'TR-SCCOLD-EXPIRED', '2022-12-28');
    expect(f.severity).toBe('CRITICAL');
    expect(f.uncertain).toBe(true);
    expect(f.uncertaintyNote?.en).toMatch(/27th itself/);
    expect(f.legalEvent?.id).toBe('EV-SCCOLD-END');
  });

  it('assumes an unrecorded signing date predates the cut-off, and says so', () => {
    const [f] = fired(oldScc({ signedOn: null }), 'TR-SCCOLD-EXPIRED', '2024-01-01');
    expect(f.uncertaintyNote?.en).toContain('signing date is not recorded');
  });

  it('never fires for a transfer that is not running, or for 2021 SCCs', () => {
    expect(fired(oldScc({ endOn: '2022-06-30' }), 'TR-SCCOLD-EXPIRED', '2024-01-01')).toHaveLength(0);
    expect(fired(oldScc({ mechanism: 'scc_2021', sccModule: 2, signedOn: '2022-01-01' }), 'TR-SCCOLD-EXPIRED', '2024-01-01')).toHaveLength(
      0,
    );
  });
});

describe('TR-SCCOLD-CHANGED', () => {
  it('fires when processing changed within the transition period', () => {
    const changed = oldScc({ processingChangedOn: '2022-03-01' });
    expect(firesOn(changed, 'TR-SCCOLD-CHANGED', ['2022-02-28', '2022-03-01', '2022-03-02', '2022-12-27', '2022-12-28'])).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
    expect(fired(changed, 'TR-SCCOLD-GRACE', '2022-03-01')).toHaveLength(0);
    expect(fired(changed, 'TR-SCCOLD-GRACE', '2022-02-28')).toHaveLength(1);
  });

  it('counts the activity changing, and ignores changes before 27 Sep 2021', () => {
    expect(fired(oldScc({}, { processingChangedOn: '2022-05-05' }), 'TR-SCCOLD-CHANGED', '2022-06-01')[0].message.en).toContain(
      '5 May 2022',
    );
    expect(fired(oldScc({ processingChangedOn: '2021-09-26' }), 'TR-SCCOLD-CHANGED', '2022-06-01')).toHaveLength(0);
  });
});

describe('TR-SCCOLD-GAP', () => {
  it('fires when the transfer ended after 27 Dec 2022, also for an ended entry', () => {
    const [before, on, after] = ['2022-12-27', '2022-12-28', '2022-12-29'].map((endOn) => oldScc({ endOn }, { status: 'ended' }));
    expect([before, on, after].map((r) => fired(r, 'TR-SCCOLD-GAP', '2024-01-01').length)).toEqual([0, 1, 1]);
    expect(fired(on, 'TR-SCCOLD-GAP', '2024-01-01')[0].message.en).toContain('between 28 Dec 2022 and 28 Dec 2022');
  });

  it('needs the end to be in the past', () => {
    const r = oldScc({ endOn: '2023-03-01' });
    expect(firesOn(r, 'TR-SCCOLD-GAP', ['2023-03-01', '2023-03-02'])).toEqual([false, true]);
  });
});
