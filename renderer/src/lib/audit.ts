/** How the audit trail names what changed (the data layer's entity names), for display. */

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
export type AuditEntityKey = (typeof entityKeys)[keyof typeof entityKeys];

/** The i18n key suffix for an audited entity, or null for one this UI does not know yet. */
export function auditEntityKey(entity: string): AuditEntityKey | null {
  return (entityKeys as Record<string, AuditEntityKey>)[entity] ?? null;
}

/** The name an audited entry had (after the change, or before it when it was deleted), if it has one. */
export function auditEntryName(entry: { before: unknown; after: unknown }): string | null {
  for (const side of [entry.after, entry.before]) {
    if (side && typeof side === 'object') {
      const o = side as Record<string, unknown>;
      const name = o.name ?? o.title ?? o.controllerName ?? o.key;
      if (typeof name === 'string' && name) return name;
    }
  }
  return null;
}
