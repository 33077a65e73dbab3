import { describe, expect, it } from 'vitest';
import type { Setting } from '../../shared/schemas/entities';
import { defaultKnowledgeBase } from './knowledge-base';
import { resolveParams } from './params';

const kb = defaultKnowledgeBase();
const setting = (key: string, value: unknown): Setting => ({
  key,
  value: value as Setting['value'],
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('resolveParams', () => {
  it('defaults to legal-knowledge §A', () => {
    expect(resolveParams(kb, [])).toEqual({
      warn_window_days: 90,
      adequacy_expiry_warn_days: 180,
      review_max_age_days: 365,
      dpf_snapshot_max_age_days: 90,
      dpa_warn_days: 90,
      kb_max_age_days: 180,
    });
  });

  it('takes register settings with the same keys, and explicit overrides over both', () => {
    const settings = [setting('review_max_age_days', 180), setting('dpa_warn_days', '60')];
    expect(resolveParams(kb, settings)).toMatchObject({ review_max_age_days: 180, dpa_warn_days: 60 });
    expect(resolveParams(kb, settings, { review_max_age_days: 30 }).review_max_age_days).toBe(30);
  });

  it('lets dpa_warn_days follow warn_window_days unless it is set itself', () => {
    expect(resolveParams(kb, [setting('warn_window_days', 45)]).dpa_warn_days).toBe(45);
    expect(resolveParams(kb, [setting('warn_window_days', 45), setting('dpa_warn_days', 10)]).dpa_warn_days).toBe(10);
  });

  it('ignores a setting that is not a whole number of days', () => {
    expect(resolveParams(kb, [setting('review_max_age_days', 'soon'), setting('dpf_snapshot_max_age_days', -1)])).toMatchObject({
      review_max_age_days: 365,
      dpf_snapshot_max_age_days: 90,
    });
  });
});
