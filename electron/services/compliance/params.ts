import type { Setting } from '../../shared/schemas/entities';
import type { KnowledgeBase } from './knowledge-base';

/** The engine's tunable numbers (legal-knowledge §A "Parameters"), all in days. */
export interface Params {
  warn_window_days: number;
  adequacy_expiry_warn_days: number;
  review_max_age_days: number;
  dpf_snapshot_max_age_days: number;
  /** Lead time for DPA-EXPIRING; follows warn_window_days unless set. */
  dpa_warn_days: number;
  /** How old the knowledge base in use may be before KB-STALE says so. */
  kb_max_age_days: number;
}

export const paramKeys = [
  'warn_window_days',
  'adequacy_expiry_warn_days',
  'review_max_age_days',
  'dpf_snapshot_max_age_days',
  'dpa_warn_days',
  'kb_max_age_days',
] as const satisfies readonly (keyof Params)[];

function asDays(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 36_500 ? n : null;
}

/**
 * Defaults come from the knowledge base; a register setting with the same key overrides them;
 * an explicit caller override wins over both. A setting that is not a whole number of days is
 * ignored rather than allowed to switch a rule off by accident.
 */
export function resolveParams(kb: KnowledgeBase, settings: Setting[], override: Partial<Params> = {}): Params {
  const fromSettings = new Map(settings.map((s) => [s.key, asDays(s.value)]));
  const pick = (key: keyof Params, fallback: number): number => {
    const explicit = override[key];
    if (explicit !== undefined) return explicit;
    return fromSettings.get(key) ?? fallback;
  };
  const defaults = kb.files.rules.params;
  const warn = pick('warn_window_days', defaults.warn_window_days.default);
  const dpaFromSettingsOrOverride = override.dpa_warn_days ?? fromSettings.get('dpa_warn_days') ?? null;
  return {
    warn_window_days: warn,
    adequacy_expiry_warn_days: pick('adequacy_expiry_warn_days', defaults.adequacy_expiry_warn_days.default),
    review_max_age_days: pick('review_max_age_days', defaults.review_max_age_days.default),
    dpf_snapshot_max_age_days: pick('dpf_snapshot_max_age_days', defaults.dpf_snapshot_max_age_days.default),
    kb_max_age_days: pick('kb_max_age_days', defaults.kb_max_age_days.default),
    dpa_warn_days: dpaFromSettingsOrOverride ?? (warn !== defaults.warn_window_days.default ? warn : defaults.dpa_warn_days.default),
  };
}
