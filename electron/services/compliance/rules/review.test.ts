import { describe, expect, it } from 'vitest';
import type { Transfer } from '../../../shared/schemas/entities';
import { fired, firesOn } from '../testing/findings';
import { type ActivityInput, registerBuilder } from '../testing/register-builder';

function reviewed(lastReviewedOn: string | null, patch: ActivityInput = {}, transfer?: Partial<Transfer>) {
  const b = registerBuilder();
  b.activity({ id: 'a', name: 'Nyhedsbreve', lastReviewedOn, ...patch });
  if (transfer) {
    b.processor({ id: 'r', name: 'MailChimp', country: 'US' });
    b.transfer({ activityId: 'a', recipientId: 'r', ...transfer });
  }
  return b;
}

describe('REV-STALE', () => {
  it('fires when the last review is more than 365 days old', () => {
    // 2025-11-25 + 365 days = 2026-11-25: still fresh on that day, stale the day after.
    const r = reviewed('2025-11-25').build();
    expect(firesOn(r, 'REV-STALE', ['2026-11-24', '2026-11-25', '2026-11-26'])).toEqual([false, false, true]);
    const [f] = fired(r, 'REV-STALE', '2026-11-26');
    expect(f.message.da).toContain('25. november 2025');
    expect(f.uncertaintyNote?.en).toContain('practice, not law');
  });

  it('fires for a missing review, and follows the review_max_age_days setting', () => {
    expect(fired(reviewed(null).build(), 'REV-STALE', '2026-11-25')[0].message.en).toContain('no recorded review');
    const b = reviewed('2025-06-01');
    b.setting('review_max_age_days', 730);
    expect(fired(b.build(), 'REV-STALE', '2026-11-25')).toHaveLength(0);
    expect(fired(reviewed('2025-06-01').build(), 'REV-STALE', '2026-11-25', { params: { review_max_age_days: 30 } })).toHaveLength(1);
  });

  it('runs only for active entries', () => {
    expect(fired(reviewed(null, { status: 'planned' }).build(), 'REV-STALE', '2026-11-25')).toHaveLength(0);
    expect(fired(reviewed(null, { status: 'ended' }).build(), 'REV-STALE', '2026-11-25')).toHaveLength(0);
  });
});

describe('REV-EVENT', () => {
  const ps = { mechanism: 'privacy_shield' as const, sccModule: null, startOn: '2019-01-01' };

  it('fires when a tagged event follows the last review, from the event day', () => {
    const r = reviewed('2019-12-18', {}, ps).build();
    expect(firesOn(r, 'REV-EVENT', ['2020-07-15', '2020-07-16', '2020-07-17'])).toEqual([false, true, true]);
    const [f] = fired(r, 'REV-EVENT', '2020-07-16');
    expect(f.legalEvent?.id).toBe('EV-PS-INVALID');
    expect(f.message.da).toContain('16. juli 2020');
  });

  it('lists every relevant event, skipping deadlines and proposals', () => {
    const [f] = fired(reviewed('2019-12-18', {}, ps).build(), 'REV-EVENT', '2026-11-25');
    expect(f.message.en).toContain('Schrems II');
    expect(f.message.en).toContain('Latombe');
    expect(f.message.en).not.toContain('Omnibus');
    expect(f.message.en).not.toContain('Deadline for Privacy Shield participants');
    expect(f.legalEvent?.id).toBe('EV-SLAUGHTER');
  });

  it("picks up provisions cited in the entry's text", () => {
    const r = reviewed('2023-06-01', { legalBasisText: 'Samtykke fra børn over 13 år, jf. databeskyttelseslovens § 6.' }).build();
    expect(fired(r, 'REV-EVENT', '2024-02-01')[0].message.en).toContain('raised from 13 to 15');
  });

  it('is quiet when the entry was reviewed after the events', () => {
    expect(fired(reviewed('2026-11-01', {}, { ...ps }).build(), 'REV-EVENT', '2026-11-25')).toHaveLength(0);
  });
});
