/** How the audit trail names what changed, for display. */

export { type AuditEntityName, auditEntityKey, type EntityKey as AuditEntityKey } from '../../../electron/shared/audit-entities';

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
