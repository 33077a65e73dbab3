/**
 * How the data layer names an entity in the audit trail (and in its errors), and the catalogue's
 * key for it (entity.<key>). The audit names are stored in every register file, so they stay as
 * they are; this table is the one place that maps them.
 */
const entityKeys = {
  activity: 'activity',
  recipient: 'recipient',
  DPA: 'dpa',
  transfer: 'transfer',
  organisation: 'organisation',
  register: 'register',
  setting: 'setting',
  'data category': 'dataCategory',
  'data-subject category': 'dataSubjectCategory',
  'security measure': 'securityMeasure',
  system: 'system',
  'processor-record entry': 'processorActivity',
  acknowledgement: 'acknowledgement',
  dpf_snapshot: 'dpfSnapshot',
} as const;

export type AuditEntityName = keyof typeof entityKeys;
export type EntityKey = (typeof entityKeys)[AuditEntityName];

/** The catalogue key suffix for an audited entity, or null for one this version does not know. */
export function auditEntityKey(entity: string): EntityKey | null {
  return (entityKeys as Record<string, EntityKey>)[entity] ?? null;
}
