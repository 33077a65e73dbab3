import type { Activity, DataCategory, Dpa, Organisation, Recipient, Transfer } from '../../shared/schemas/entities';
import type { Register } from '../../shared/schemas/register';
import { buildDpfIndex, type DpfIndex, snapshotOn } from './dpf-matching';
import { type Destination, destinationOf } from './geography';
import type { KnowledgeBase } from './knowledge-base';
import type { LegalEvent } from './knowledge-base-schema';
import type { Params } from './params';
import type { TemplateVars } from './templates';
import { entryContextText, type ScanCache, scanReferences, type TextMatch } from './text-scan';

export interface FindingEntityRef {
  type: 'activity' | 'recipient' | 'transfer' | 'dpa' | 'organisation' | 'processorActivity';
  id: string;
  name: string;
}

/** A transfer row with everything the TR-* rules ask about it, worked out once. */
export interface TransferView {
  transfer: Transfer;
  recipient: Recipient;
  activity: Activity | null;
  /** The processor making an onward transfer to its sub-processor; null for the controller's own transfer. */
  exporter: Recipient | null;
  country: string | null;
  destination: Destination;
  /** start ≤ check date ≤ end (an unrecorded start counts as already started, an unrecorded end as still running). */
  active: boolean;
  /** Ended before the check date. */
  historic: boolean;
  /** The activity it belongs to is ended: only *-HIST and *-GAP rules run (legal-knowledge §0.7). */
  entryEnded: boolean;
  /** Neither historic nor part of an ended entry: the rules about the present apply. */
  current: boolean;
  entity: FindingEntityRef;
  /** Template values shared by this transfer's findings, filled on first use (see transferVars). */
  vars?: TemplateVars;
}

/** Everything a rule needs, indexed once per evaluation so each rule is a pass over prepared data. */
export interface EvaluationContext {
  kb: KnowledgeBase;
  asOf: string;
  params: Params;
  register: Register;
  organisation: Organisation | null;
  /** Country the controller exports from (organisation country, else the knowledge base default). */
  exporterCountry: string;
  recipients: Map<string, Recipient>;
  dataCategories: Map<string, DataCategory>;
  /** Activities the engine evaluates: every one not archived. */
  activities: Activity[];
  /** Those not ended (planned or active): what present-tense rules look at. */
  openActivities: Activity[];
  ownTransfers: TransferView[];
  onwardTransfers: TransferView[];
  ownTransfersByActivity: Map<string, TransferView[]>;
  onwardTransfersByExporter: Map<string, TransferView[]>;
  /** Recipients whose parent is the key (sub-processor chains). */
  subProcessorsByParent: Map<string, Recipient[]>;
  /** Non-ended activities that use a recipient, by listing it or transferring to it. */
  recipientUse: Map<string, Activity[]>;
  dpasByRecipient: Map<string, Dpa[]>;
  dpf: DpfIndex | null;
  event(id: string): LegalEvent;
  /** The fact is public on the check date (announcement date, else event date). */
  isKnown(eventId: string): boolean;
  /** The event's own date has arrived. */
  hasHappened(eventId: string): boolean;
  /** REF-* matches in an entity's scanned fields (cached: REV-EVENT reuses the activity scans). */
  scan(type: keyof KnowledgeBase['files']['patterns']['scanFields'], entity: object, jurisdiction: string | null): Map<string, TextMatch[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The organisation as the entity of register-wide findings (the stale DPF list, controller details). */
export function organisationEntity(ctx: Pick<EvaluationContext, 'organisation'>): FindingEntityRef {
  return { type: 'organisation', id: 'org', name: ctx.organisation?.name ?? 'Organisation' };
}

export function transferEntity(t: Transfer, recipient: Recipient, activity: Activity | null, exporter: Recipient | null): FindingEntityRef {
  const who = exporter ? `${exporter.name} → ${recipient.name}` : recipient.name;
  return { type: 'transfer', id: t.id, name: activity ? `${who} (${activity.name})` : who };
}

export function createContext(register: Register, kb: KnowledgeBase, asOf: string, params: Params): EvaluationContext {
  const recipients = new Map(register.recipients.map((r) => [r.id, r]));
  const activities = register.activities.filter((a) => a.archivedAt === null);
  const activitiesById = new Map(activities.map((a) => [a.id, a]));
  const archivedActivities = new Set(register.activities.filter((a) => a.archivedAt !== null).map((a) => a.id));

  const ownTransfers: TransferView[] = [];
  const onwardTransfers: TransferView[] = [];
  const ownTransfersByActivity = new Map<string, TransferView[]>();
  const onwardTransfersByExporter = new Map<string, TransferView[]>();
  for (const t of register.transfers) {
    if (t.activityId !== null && archivedActivities.has(t.activityId)) continue;
    const recipient = recipients.get(t.recipientId);
    if (!recipient) continue;
    const activity = t.activityId === null ? null : (activitiesById.get(t.activityId) ?? null);
    const exporter = t.exporterRecipientId === null ? null : (recipients.get(t.exporterRecipientId) ?? null);
    const country = t.country ?? recipient.country;
    const historic = t.endOn !== null && t.endOn < asOf;
    const entryEnded = activity?.status === 'ended';
    const view: TransferView = {
      transfer: t,
      recipient,
      activity,
      exporter,
      country,
      destination: destinationOf(kb, country, recipient.isInternationalOrganisation, asOf),
      active: (t.startOn === null || t.startOn <= asOf) && !historic,
      historic,
      entryEnded,
      current: !entryEnded && !historic,
      entity: transferEntity(t, recipient, activity, exporter),
    };
    if (exporter) {
      onwardTransfers.push(view);
      push(onwardTransfersByExporter, exporter.id, view);
    } else {
      ownTransfers.push(view);
      if (activity) push(ownTransfersByActivity, activity.id, view);
    }
  }

  const subProcessorsByParent = new Map<string, Recipient[]>();
  for (const r of register.recipients) if (r.parentId !== null && r.archivedAt === null) push(subProcessorsByParent, r.parentId, r);

  const recipientUse = new Map<string, Activity[]>();
  for (const a of activities) {
    if (a.status === 'ended') continue;
    const used = new Set(a.recipients.map((r) => r.recipientId));
    for (const v of ownTransfersByActivity.get(a.id) ?? []) used.add(v.recipient.id);
    for (const id of used) push(recipientUse, id, a);
  }

  const dpasByRecipient = new Map<string, Dpa[]>();
  for (const d of register.dpas) push(dpasByRecipient, d.recipientId, d);

  const snapshot = snapshotOn(register.dpfSnapshots, asOf);
  const eventOf = (id: string): LegalEvent => {
    const e = kb.events.get(id);
    if (!e) throw new Error(`Unknown legal event ${id}`);
    return e;
  };
  const scans = new WeakMap<object, Map<string, TextMatch[]>>();
  const textScans: ScanCache = new Map();
  const NO_HITS = new Map<string, TextMatch[]>();
  const scanFields = kb.files.patterns.scanFields;
  const contextFields = kb.files.patterns.contextFields;

  return {
    kb,
    asOf,
    params,
    register,
    organisation: register.organisation,
    exporterCountry: register.organisation?.country ?? kb.files.meta.defaultExporterCountry,
    recipients,
    dataCategories: new Map(register.dataCategories.map((c) => [c.id, c])),
    activities,
    openActivities: activities.filter((a) => a.status !== 'ended'),
    ownTransfers,
    onwardTransfers,
    ownTransfersByActivity,
    onwardTransfersByExporter,
    subProcessorsByParent,
    recipientUse,
    dpasByRecipient,
    dpf: snapshot ? buildDpfIndex(snapshot, kb.files.patterns.organisationNames) : null,
    event: eventOf,
    isKnown: (id) => (eventOf(id).knownFrom ?? eventOf(id).date) <= asOf,
    hasHappened: (id) => eventOf(id).date <= asOf,
    scan(type, entity, jurisdiction) {
      let hits = scans.get(entity);
      if (!hits) {
        const record = entity as Record<string, unknown>;
        const fields: { field: string; text: string }[] = [];
        for (const field of scanFields[type] ?? []) {
          const value = record[field];
          if (typeof value === 'string') fields.push({ field, text: value });
        }
        hits =
          fields.length === 0
            ? NO_HITS
            : scanReferences(kb, fields, jurisdiction, textScans, () => entryContextText(entity, contextFields[type] ?? []));
        scans.set(entity, hits);
      }
      return hits;
    },
  };
}
