import type { RecipientSector } from '../../shared/vocab';
import type { KnowledgeBase } from './knowledge-base';
import type { AdequacyDecision } from './knowledge-base-schema';

export type AdequacyStatus =
  /** No decision known for the country on the date. */
  | 'none'
  /** Known (adopted) but not yet applicable, e.g. the EPO between adoption and entry into force. */
  | 'pending'
  | 'in_force'
  /** Past its validity as known on the date, with no renewal known. */
  | 'expired'
  /** The decision covers only organisations on the DPF List under its own mechanism (the US). */
  | 'dpf_only';

export interface AdequacyOnDate {
  status: AdequacyStatus;
  decision: AdequacyDecision | null;
  /** The validity entry that applies on the date (point in time: the latest one known by then). */
  validity: AdequacyDecision['validity'][number] | null;
}

/**
 * The adequacy position of a country as it was known on `asOf` (legal-knowledge §0.1): only
 * validity entries known by then count, so on 2025-05-01 the UK decision still ends 2025-06-27.
 */
export function adequacyOn(kb: KnowledgeBase, country: string, asOf: string): AdequacyOnDate {
  const decision = kb.adequacy.get(country) ?? null;
  if (!decision || decision.knownFrom > asOf) return { status: 'none', decision: null, validity: null };
  if (decision.scope.kind === 'dpf_only') return { status: 'dpf_only', decision, validity: null };
  let validity: AdequacyDecision['validity'][number] | null = null;
  for (const v of decision.validity) if (v.knownFrom <= asOf && (validity === null || v.knownFrom >= validity.knownFrom)) validity = v;
  if (asOf < decision.effectiveFrom) return { status: 'pending', decision, validity };
  if (validity?.validUntil && asOf > validity.validUntil) return { status: 'expired', decision, validity };
  return { status: 'in_force', decision, validity };
}

/** Whether a partial-scope decision reaches a recipient of this sector (the sector is the register's approximation of scope). */
export function scopeCoversSector(decision: AdequacyDecision, sector: RecipientSector): boolean {
  const { coveredSectors, excludedSectors } = decision.scope;
  if (coveredSectors && !coveredSectors.includes(sector)) return false;
  if (excludedSectors?.includes(sector)) return false;
  return true;
}

/** True when an in-force decision covers this recipient, so no Art 46 safeguards (and no TIA) are needed. */
export function adequacyCovers(kb: KnowledgeBase, country: string, sector: RecipientSector, asOf: string): boolean {
  const a = adequacyOn(kb, country, asOf);
  return a.status === 'in_force' && a.decision !== null && scopeCoversSector(a.decision, sector);
}
