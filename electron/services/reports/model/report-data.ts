import type { ActivityHead, DpaSummary } from '../../../../db/queries/report-reads';
import type {
  Activity,
  DataCategory,
  DataSubjectCategory,
  Organisation,
  ProcessorActivity,
  Recipient,
  SecurityMeasure,
  System,
  Transfer,
} from '../../../shared/schemas/entities';
import { canonicaliseRegister, compareIds, type Register } from '../../../shared/schemas/register';
import type { Language } from '../../../shared/vocab';
import { byId, groupBy, printOrder, processorActivitiesInPrintOrder } from './register-index';

export type { ActivityHead, DpaSummary } from '../../../../db/queries/report-reads';

/**
 * What the Article 30 PDF reads, whether from a register document in memory or straight from the
 * database: catalogues and the list of activities whole (small), the activities themselves and
 * their transfers only a batch at a time, so memory does not grow with the register's text.
 */
export interface ReportData {
  organisation: Organisation | null;
  dataCategories: Map<string, DataCategory>;
  subjects: Map<string, DataSubjectCategory>;
  measures: Map<string, SecurityMeasure>;
  systems: Map<string, System>;
  /** Every recipient, archived ones included (an activity may still name one). */
  recipients: Map<string, Recipient>;
  dpasByRecipient: Map<string, DpaSummary[]>;
  /** Activities in the record (archived ones left out), in print order. */
  activities: ActivityHead[];
  /** Processor-record entries (archived ones left out), in print order. */
  processorActivities: ProcessorActivity[];
  /** The activities with these ids, in the same order. */
  loadActivities(ids: string[]): Activity[];
  /** The transfers of these activities, each activity's in id order. */
  transfersOf(activityIds: string[]): Map<string, Transfer[]>;
  /** Transfers recorded without an activity, in id order. */
  transfersWithoutActivity(): Transfer[];
}

/** The parts of ReportData that are read whole, from whatever source. */
export interface ReportCatalogues {
  organisation: Organisation | null;
  dataCategories: DataCategory[];
  dataSubjectCategories: DataSubjectCategory[];
  securityMeasures: SecurityMeasure[];
  systems: System[];
  recipients: Recipient[];
  dpas: DpaSummary[];
  activityHeads: ActivityHead[];
  processorActivities: ProcessorActivity[];
}

/** Indexes the parts read whole and puts the lists in print order. */
export function indexCatalogues(
  source: ReportCatalogues,
  lang: Language,
): Omit<ReportData, 'loadActivities' | 'transfersOf' | 'transfersWithoutActivity'> {
  // Lists first in canonical (id) order, so that ties in the print order fall the same way from
  // every source, and the same register always prints the same bytes.
  const canonical = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => compareIds(a.id, b.id));
  return {
    organisation: source.organisation,
    dataCategories: byId(source.dataCategories),
    subjects: byId(source.dataSubjectCategories),
    measures: byId(source.securityMeasures),
    systems: byId(source.systems),
    recipients: byId(canonical(source.recipients)),
    dpasByRecipient: groupBy(canonical(source.dpas), (d) => d.recipientId),
    activities: canonical(source.activityHeads).sort(printOrder(lang)),
    processorActivities: processorActivitiesInPrintOrder(canonical(source.processorActivities), lang),
  };
}

/** ReportData over a register document in memory (tests, callers that already hold the register). */
export function reportDataFromRegister(doc: Register, lang: Language): ReportData {
  // Canonical order (lists by id), as the database gives them: both sources print the same bytes.
  const register = canonicaliseRegister(doc);
  const activities = byId(register.activities);
  const transfersByActivity = groupBy(register.transfers, (t) => t.activityId);
  return {
    ...indexCatalogues(
      {
        organisation: register.organisation,
        dataCategories: register.dataCategories,
        dataSubjectCategories: register.dataSubjectCategories,
        securityMeasures: register.securityMeasures,
        systems: register.systems,
        recipients: register.recipients,
        dpas: register.dpas,
        activityHeads: register.activities.filter((a) => a.archivedAt === null).map(({ id, reference, name }) => ({ id, reference, name })),
        processorActivities: register.processorActivities,
      },
      lang,
    ),
    loadActivities: (ids) => ids.flatMap((id) => activities.get(id) ?? []),
    transfersOf: (ids) => new Map(ids.flatMap((id) => (transfersByActivity.has(id) ? [[id, transfersByActivity.get(id)!]] : []))),
    transfersWithoutActivity: () => register.transfers.filter((t) => t.activityId === null),
  };
}
