import type {
  Activity,
  DataCategory,
  DataSubjectCategory,
  Dpa,
  ProcessorActivity,
  Recipient,
  SecurityMeasure,
  System,
  Transfer,
} from '../../../shared/schemas/entities';
import type { Register } from '../../../shared/schemas/register';
import type { Language } from '../../../shared/vocab';
import { collator } from '../labels/format';

/**
 * The register indexed for printing: lookups by id and relations grouped once, so that rendering
 * 10,000 activities never scans a list per field.
 */
export interface RegisterIndex {
  register: Register;
  dataCategories: Map<string, DataCategory>;
  subjects: Map<string, DataSubjectCategory>;
  measures: Map<string, SecurityMeasure>;
  systems: Map<string, System>;
  recipients: Map<string, Recipient>;
  dpasByRecipient: Map<string, Dpa[]>;
  transfersByActivity: Map<string, Transfer[]>;
  /** Activities in the record (archived ones left out), in print order. */
  activities: Activity[];
  processorActivities: ProcessorActivity[];
}

export function byId<T extends { id: string }>(list: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) map.set(item.id, item);
  return map;
}

export function groupBy<T>(list: T[], key: (item: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    if (k === null) continue;
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * The print order of activities in every report: reference first (BA-001 before BA-002,
 * numeric-aware), then name; unreferenced activities last.
 */
export function printOrder(
  lang: Language,
): (x: { reference: string | null; name: string }, y: { reference: string | null; name: string }) => number {
  const compare = collator(lang).compare;
  return (x, y) => {
    if (x.reference && y.reference) return compare(x.reference, y.reference) || compare(x.name, y.name);
    if (x.reference || y.reference) return x.reference ? -1 : 1;
    return compare(x.name, y.name);
  };
}

/** Processor-record entries in print order (archived ones left out): by controller. */
export function processorActivitiesInPrintOrder(list: ProcessorActivity[], lang: Language): ProcessorActivity[] {
  const compare = collator(lang).compare;
  return list.filter((p) => p.archivedAt === null).sort((x, y) => compare(x.controllerName, y.controllerName));
}

export function indexRegister(register: Register, lang: Language): RegisterIndex {
  const activities = register.activities.filter((a) => a.archivedAt === null).sort(printOrder(lang));
  const processorActivities = processorActivitiesInPrintOrder(register.processorActivities, lang);
  return {
    register,
    dataCategories: byId(register.dataCategories),
    subjects: byId(register.dataSubjectCategories),
    measures: byId(register.securityMeasures),
    systems: byId(register.systems),
    recipients: byId(register.recipients),
    dpasByRecipient: groupBy(register.dpas, (d) => d.recipientId),
    transfersByActivity: groupBy(register.transfers, (t) => t.activityId),
    activities,
    processorActivities,
  };
}

/** Transfers that Chapter V governs: rows the DPO marked "not a transfer" are left out. */
export function chapterVTransfers(transfers: Transfer[] | undefined): Transfer[] {
  return (transfers ?? []).filter((t) => t.mechanism !== 'not_a_transfer');
}
