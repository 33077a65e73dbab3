import { createHash } from 'node:crypto';
import type { FindingAcknowledgement } from '../../shared/schemas/entities';
import type { AcknowledgedFinding, Finding, FindingEntityType } from '../../shared/schemas/findings';
import type { Register } from '../../shared/schemas/register';

const VOLATILE_KEYS = new Set(['createdAt', 'updatedAt']);

/** JSON with sorted keys and without timestamps, so the same content always hashes the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => !VOLATILE_KEYS.has(k) && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The entity with the relations its findings depend on; null when it does not exist. */
function entityWithRelations(register: Register, type: FindingEntityType, id: string): unknown {
  switch (type) {
    case 'activity': {
      const activity = register.activities.find((a) => a.id === id);
      return activity ? { activity, transfers: byId(register.transfers.filter((t) => t.activityId === id)) } : null;
    }
    case 'recipient': {
      const recipient = register.recipients.find((r) => r.id === id);
      if (!recipient) return null;
      return {
        recipient,
        dpas: byId(register.dpas.filter((d) => d.recipientId === id)),
        onwardTransfers: byId(register.transfers.filter((t) => t.exporterRecipientId === id)),
      };
    }
    case 'transfer': {
      const transfer = register.transfers.find((t) => t.id === id);
      return transfer ? { transfer, recipient: register.recipients.find((r) => r.id === transfer.recipientId) ?? null } : null;
    }
    case 'dpa':
      return register.dpas.find((d) => d.id === id) ?? null;
    case 'organisation':
      // The DPF snapshots belong here: a fresh import must re-open an acknowledged stale-list finding.
      return register.organisation
        ? {
            organisation: register.organisation,
            dpfSnapshots: byId(register.dpfSnapshots).map((s) => ({ id: s.id, snapshotDate: s.snapshotDate })),
          }
        : null;
    case 'processorActivity':
      return register.processorActivities.find((p) => p.id === id) ?? null;
  }
}

/**
 * sha256 of the entity's canonical JSON including its nested relations, without timestamps.
 * Stored with an acknowledgement: when the entity changes, the fingerprint changes and the
 * finding re-opens, because the DPO accepted the entry as it was, not as it became.
 */
export function entityFingerprint(register: Register, entityType: FindingEntityType, entityId: string): string {
  return createHash('sha256')
    .update(canonical(entityWithRelations(register, entityType, entityId)))
    .digest('hex');
}

/**
 * Marks each finding acknowledged when an acknowledgement for the same rule and entity was made
 * on or before the check date, is still within its `until` date, and its fingerprint matches
 * the entity today. Otherwise the finding stays open.
 */
export function applyAcknowledgements(
  findings: Finding[],
  acks: FindingAcknowledgement[],
  register: Register,
  asOf: string,
): AcknowledgedFinding[] {
  const byKey = new Map<string, FindingAcknowledgement[]>();
  for (const ack of acks) {
    const key = `${ack.ruleId}|${ack.entityType}|${ack.entityId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), ack]);
  }
  const fingerprints = new Map<string, string>();
  const fingerprintOf = (type: FindingEntityType, id: string) => {
    const key = `${type}|${id}`;
    let fp = fingerprints.get(key);
    if (fp === undefined) {
      fp = entityFingerprint(register, type, id);
      fingerprints.set(key, fp);
    }
    return fp;
  };
  return findings.map((f) => {
    const candidates = (byKey.get(`${f.ruleId}|${f.entity.type}|${f.entity.id}`) ?? []).filter(
      (a) => a.acknowledgedOn <= asOf && asOf <= a.until && a.entityFingerprint === fingerprintOf(f.entity.type, f.entity.id),
    );
    const ack = candidates.sort((a, b) => (a.acknowledgedOn < b.acknowledgedOn ? 1 : a.acknowledgedOn > b.acknowledgedOn ? -1 : 0))[0];
    return ack
      ? {
          ...f,
          status: 'acknowledged' as const,
          acknowledgement: {
            id: ack.id,
            justification: ack.justification,
            until: ack.until,
            acknowledgedOn: ack.acknowledgedOn,
            acknowledgedBy: ack.acknowledgedBy,
          },
        }
      : { ...f, status: 'open' as const, acknowledgement: null };
  });
}

export const acknowledgementStates = ['active', 'expired', 'not_yet_made', 'entity_changed', 'entity_missing'] as const;
export type AcknowledgementState = (typeof acknowledgementStates)[number];

/**
 * Why each acknowledgement does or does not count on `asOf`, so the DPO sees an acceptance that
 * lapsed (its date passed, or the entry changed after it was accepted) instead of losing it silently.
 */
export function acknowledgementStatus(
  register: Register,
  asOf: string,
): { acknowledgement: FindingAcknowledgement; state: AcknowledgementState }[] {
  return register.findingAcknowledgements.map((acknowledgement) => {
    const type = acknowledgement.entityType as FindingEntityType;
    let state: AcknowledgementState = 'active';
    if (entityWithRelations(register, type, acknowledgement.entityId) === null) state = 'entity_missing';
    else if (entityFingerprint(register, type, acknowledgement.entityId) !== acknowledgement.entityFingerprint) state = 'entity_changed';
    else if (acknowledgement.acknowledgedOn > asOf) state = 'not_yet_made';
    else if (acknowledgement.until < asOf) state = 'expired';
    return { acknowledgement, state };
  });
}
