import { describe, expect, it } from 'vitest';
import type { Dpa, Recipient } from '../../../shared/schemas/entities';
import { fired, firesOn } from '../testing/findings';
import { registerBuilder } from '../testing/register-builder';

function withProcessor(
  dpa: Partial<Dpa> | null,
  recipient: Partial<Recipient> = {},
  activityStatus: 'active' | 'planned' | 'ended' = 'active',
) {
  const b = registerBuilder();
  b.activity({
    id: 'a',
    name: 'Kursusadministration',
    status: activityStatus,
    recipients: [{ recipientId: 'p', role: 'processor', purpose: null }],
  });
  b.recipient({ id: 'p', name: 'Hosting ApS', ...recipient });
  b.activity({ id: 'filler', name: 'Andet' });
  if (dpa) b.dpa({ id: 'dpa-p', title: 'DBA Hosting', recipientId: 'p', ...dpa });
  const r = b.build();
  r.activities[0].dataLinks.push({ id: 'lp', dataCategoryId: 'cat-contact', subjectCategoryId: 'subj-customers', recipientId: 'p' });
  return r;
}

describe('DPA-MISSING', () => {
  it('fires for a processor without an agreement, from 25 May 2018', () => {
    const r = withProcessor(null);
    expect(firesOn(r, 'DPA-MISSING', ['2018-05-24', '2018-05-25'])).toEqual([false, true]);
    const [f] = fired(r, 'DPA-MISSING', '2026-11-25');
    expect(f.entity).toMatchObject({ type: 'recipient', id: 'p' });
    expect(f.fix.en).toContain('2021/915');
    expect(fired(r, 'DPA-MISSING', '2020-01-01')[0].fix.en).not.toContain('2021/915');
  });

  it('ignores an agreement signed after the check date', () => {
    expect(firesOn(withProcessor({ signedOn: '2024-03-01' }), 'DPA-MISSING', ['2024-02-29', '2024-03-01'])).toEqual([true, false]);
  });

  it('takes the role from the recipient or from the activity, and ignores independent controllers', () => {
    expect(fired(withProcessor(null, { role: 'independent_controller' }), 'DPA-MISSING', '2026-11-25')).toHaveLength(1);
    const b = registerBuilder();
    b.activity({ id: 'a', recipients: [{ recipientId: 'c', role: 'independent_controller', purpose: null }] });
    b.recipient({ id: 'c', role: 'independent_controller' });
    expect(fired(b.build(), 'DPA-MISSING', '2026-11-25')).toHaveLength(0);
  });

  it('is quiet when the processor is not used by an open activity', () => {
    expect(fired(withProcessor(null, {}, 'ended'), 'DPA-MISSING', '2026-11-25')).toHaveLength(0);
  });
});

describe('DPA-CONTENT', () => {
  it('lists the missing Art 28(3) items', () => {
    const [f] = fired(withProcessor({ art28Covered: ['subject_matter', 'duration'] }), 'DPA-CONTENT', '2026-11-25');
    expect(f.message.en).toContain('nature and purpose');
    expect(f.message.da).toContain('h) Oplysninger og revision, herunder inspektion');
    expect(fired(withProcessor({}), 'DPA-CONTENT', '2026-11-25')).toHaveLength(0);
  });
});

describe('DPA-PREGDPR', () => {
  it('fires for an agreement signed before 25 May 2018 and not amended since', () => {
    expect(['2018-05-24', '2018-05-25'].map((signedOn) => fired(withProcessor({ signedOn }), 'DPA-PREGDPR', '2026-11-25').length)).toEqual([
      1, 0,
    ]);
    expect(fired(withProcessor({ signedOn: '2017-01-01', amendedOn: '2018-05-25' }), 'DPA-PREGDPR', '2026-11-25')).toHaveLength(0);
    expect(fired(withProcessor({ signedOn: '2017-01-01', amendedOn: '2018-05-24' }), 'DPA-PREGDPR', '2026-11-25')).toHaveLength(1);
  });
});

describe('DPA-EXPIRED', () => {
  it('fires the day after the end date while processing continues', () => {
    const r = withProcessor({ endOn: '2026-06-30' });
    expect(firesOn(r, 'DPA-EXPIRED', ['2026-06-30', '2026-07-01', '2026-07-02'])).toEqual([false, true, true]);
    expect(fired(r, 'DPA-EXPIRED', '2026-07-01')[0].message.en).toContain('Kursusadministration');
  });

  it('is quiet when a newer agreement took over or the processing is only planned', () => {
    const b = registerBuilder();
    b.activity({ id: 'a', recipients: [{ recipientId: 'p', role: 'processor', purpose: null }] });
    b.recipient({ id: 'p' });
    b.dpa({ recipientId: 'p', signedOn: '2019-01-01', endOn: '2022-12-31' });
    b.dpa({ recipientId: 'p', signedOn: '2023-01-01' });
    expect(fired(b.build(), 'DPA-EXPIRED', '2026-11-25')).toHaveLength(0);
    expect(fired(withProcessor({ endOn: '2026-06-30' }, {}, 'planned'), 'DPA-EXPIRED', '2026-11-25')).toHaveLength(0);
  });
});

describe('DPA-EXPIRING', () => {
  it('warns 90 days before the end date (dpa_warn_days)', () => {
    const r = withProcessor({ endOn: '2027-03-01' });
    // 2027-03-01 − 90 days = 2026-12-01.
    expect(firesOn(r, 'DPA-EXPIRING', ['2026-11-30', '2026-12-01', '2027-03-01', '2027-03-02'])).toEqual([false, true, true, false]);
    expect(fired(r, 'DPA-EXPIRING', '2026-12-01')[0].message.en).toContain('ends on 1 Mar 2027 (days left: 90)');
  });

  it('warns before renewal and before the notice deadline', () => {
    const renewal = withProcessor({ renewalOn: '2027-01-15' });
    expect(fired(renewal, 'DPA-EXPIRING', '2026-11-25')[0].message.en).toContain('up for renewal on 15 Jan 2027');
    const notice = withProcessor({ renewalOn: '2027-04-30', noticePeriodDays: 90 });
    expect(fired(notice, 'DPA-EXPIRING', '2026-11-25')[0].message.en).toContain('notice deadline');
  });

  it('honours the dpa_warn_days setting', () => {
    const b = registerBuilder();
    b.setting('dpa_warn_days', 30);
    b.activity({ id: 'a', recipients: [{ recipientId: 'p', role: 'processor', purpose: null }] });
    b.recipient({ id: 'p' });
    b.dpa({ recipientId: 'p', endOn: '2027-01-15' });
    expect(fired(b.build(), 'DPA-EXPIRING', '2026-11-25')).toHaveLength(0);
    expect(fired(b.build(), 'DPA-EXPIRING', '2026-12-20')).toHaveLength(1);
  });
});

describe('DPA-SUPERVISION', () => {
  it('fires when the last supervision is more than 365 days old, from the 2021 guidance', () => {
    const r = withProcessor({}, { lastSupervisionOn: '2025-11-25' });
    expect(firesOn(r, 'DPA-SUPERVISION', ['2026-11-25', '2026-11-26'])).toEqual([false, true]);
    expect(firesOn(withProcessor({}, { lastSupervisionOn: null }), 'DPA-SUPERVISION', ['2021-10-28', '2021-10-29'])).toEqual([false, true]);
    expect(fired(withProcessor({}, { lastSupervisionOn: null }), 'DPA-SUPERVISION', '2026-11-25')[0].severity).toBe('INFO');
  });
});
