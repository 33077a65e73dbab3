import { z } from 'zod';
import type { EntityKey } from '../audit-entities';
import { message } from '../i18n/message';
import { checkParams } from '../i18n/zod-messages';
import {
  activitySchema,
  dataCategorySchema,
  dataSubjectCategorySchema,
  dpaSchema,
  dpfSnapshotSchema,
  findingAcknowledgementSchema,
  organisationSchema,
  processorActivitySchema,
  recipientSchema,
  securityMeasureSchema,
  settingSchema,
  systemSchema,
  transferSchema,
} from './entities';

import { REGISTER_FORMAT, REGISTER_FORMAT_VERSION } from './format';

export { REGISTER_FORMAT, REGISTER_FORMAT_VERSION };

const registerShape = z.object({
  format: z.literal(REGISTER_FORMAT),
  formatVersion: z.literal(REGISTER_FORMAT_VERSION),
  organisation: organisationSchema.nullable(),
  dataCategories: z.array(dataCategorySchema),
  dataSubjectCategories: z.array(dataSubjectCategorySchema),
  securityMeasures: z.array(securityMeasureSchema),
  systems: z.array(systemSchema),
  recipients: z.array(recipientSchema),
  dpas: z.array(dpaSchema),
  activities: z.array(activitySchema),
  transfers: z.array(transferSchema),
  processorActivities: z.array(processorActivitySchema),
  findingAcknowledgements: z.array(findingAcknowledgementSchema),
  dpfSnapshots: z.array(dpfSnapshotSchema),
  settings: z.array(settingSchema),
});

type RegisterShape = z.infer<typeof registerShape>;
type Path = (string | number)[];

/** Checks that every reference inside the document points at something in it, and ids are unique. */
function checkReferences(doc: RegisterShape, ctx: z.RefinementCtx): void {
  const issue = (path: Path, params: ReturnType<typeof checkParams>) => ctx.addIssue({ code: 'custom', path, params });
  const idsOf = (key: keyof RegisterShape, list: { id: string }[]) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) issue([key, i, 'id'], checkParams('validation.duplicateId', { id: item.id }));
      seen.add(item.id);
    });
    return seen;
  };
  const categories = idsOf('dataCategories', doc.dataCategories);
  const subjects = idsOf('dataSubjectCategories', doc.dataSubjectCategories);
  const measures = idsOf('securityMeasures', doc.securityMeasures);
  const systems = idsOf('systems', doc.systems);
  const recipients = idsOf('recipients', doc.recipients);
  const activities = idsOf('activities', doc.activities);
  idsOf('dpas', doc.dpas);
  idsOf('transfers', doc.transfers);
  idsOf('processorActivities', doc.processorActivities);
  idsOf('findingAcknowledgements', doc.findingAcknowledgements);
  idsOf('dpfSnapshots', doc.dpfSnapshots);

  const mustExist = (set: Set<string>, id: string | null, path: Path, what: EntityKey) => {
    if (id !== null && !set.has(id)) issue(path, checkParams('validation.unknownReference', { what: message(`entity.${what}`), id }));
  };
  doc.recipients.forEach((r, i) => {
    mustExist(recipients, r.parentId, ['recipients', i, 'parentId'], 'recipient');
  });
  doc.dpas.forEach((d, i) => {
    mustExist(recipients, d.recipientId, ['dpas', i, 'recipientId'], 'recipient');
  });
  doc.activities.forEach((a, i) => {
    const at = (...rest: Path): Path => ['activities', i, ...rest];
    a.dataCategories.forEach((c, j) => {
      mustExist(categories, c.dataCategoryId, at('dataCategories', j, 'dataCategoryId'), 'dataCategory');
    });
    a.dataSubjectIds.forEach((id, j) => {
      mustExist(subjects, id, at('dataSubjectIds', j), 'dataSubjectCategory');
    });
    a.recipients.forEach((r, j) => {
      mustExist(recipients, r.recipientId, at('recipients', j, 'recipientId'), 'recipient');
    });
    a.dataLinks.forEach((l, j) => {
      mustExist(categories, l.dataCategoryId, at('dataLinks', j, 'dataCategoryId'), 'dataCategory');
      mustExist(subjects, l.subjectCategoryId, at('dataLinks', j, 'subjectCategoryId'), 'dataSubjectCategory');
      mustExist(recipients, l.recipientId, at('dataLinks', j, 'recipientId'), 'recipient');
    });
    a.securityMeasureIds.forEach((id, j) => {
      mustExist(measures, id, at('securityMeasureIds', j), 'securityMeasure');
    });
    a.systemIds.forEach((id, j) => {
      mustExist(systems, id, at('systemIds', j), 'system');
    });
  });
  doc.transfers.forEach((t, i) => {
    mustExist(activities, t.activityId, ['transfers', i, 'activityId'], 'activity');
    mustExist(recipients, t.recipientId, ['transfers', i, 'recipientId'], 'recipient');
    mustExist(recipients, t.exporterRecipientId, ['transfers', i, 'exporterRecipientId'], 'recipient');
  });
}

/**
 * The whole register as one JSON document: the exchange format, and the shape the
 * compliance engine and the reports read. Lists are sorted by id, so exports are deterministic.
 */
export const registerSchema = registerShape.superRefine(checkReferences);
export type Register = z.infer<typeof registerSchema>;

/**
 * One member of a register document: a value, or a list given as an iterable so that a big list can
 * be read (and hashed) a batch at a time, never held whole. Lists come in canonical order.
 */
export type RegisterMember<K extends keyof Register = keyof Register> =
  | { key: K; value: Register[K] }
  | { key: K; items: Iterable<Register[K] extends (infer T)[] ? T : never> };

/** An empty register document (what a new database exports). */
export function emptyRegister(): Register {
  return {
    format: REGISTER_FORMAT,
    formatVersion: REGISTER_FORMAT_VERSION,
    organisation: null,
    dataCategories: [],
    dataSubjectCategories: [],
    securityMeasures: [],
    systems: [],
    recipients: [],
    dpas: [],
    activities: [],
    transfers: [],
    processorActivities: [],
    findingAcknowledgements: [],
    dpfSnapshots: [],
    settings: [],
  };
}

/** The canonical order of ids (UTF-16 code units): every list of a register document is in this order. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId<T extends { id: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => compareIds(a.id, b.id));
}
function byKey<T>(list: T[], key: (x: T) => string): T[] {
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** An activity's relation lists in canonical order: by the id they point at, purposes in their own order. */
export function canonicaliseActivity(a: Register['activities'][number]): Register['activities'][number] {
  return {
    ...a,
    dataCategories: byKey(a.dataCategories, (c) => c.dataCategoryId),
    dataSubjectIds: [...a.dataSubjectIds].sort(),
    recipients: byKey(a.recipients, (r) => r.recipientId),
    dataLinks: byId(a.dataLinks),
    securityMeasureIds: [...a.securityMeasureIds].sort(),
    systemIds: [...a.systemIds].sort(),
  };
}

/**
 * The canonical order of a register document: every list by id, an activity's relation lists
 * by the id they point at, purposes in their own order. Exports are always canonical.
 */
export function canonicaliseRegister(doc: Register): Register {
  return {
    ...doc,
    dataCategories: byId(doc.dataCategories),
    dataSubjectCategories: byId(doc.dataSubjectCategories),
    securityMeasures: byId(doc.securityMeasures),
    systems: byId(doc.systems),
    recipients: byId(doc.recipients),
    dpas: byId(doc.dpas),
    activities: byId(doc.activities).map(canonicaliseActivity),
    transfers: byId(doc.transfers),
    processorActivities: byId(doc.processorActivities),
    findingAcknowledgements: byId(doc.findingAcknowledgements),
    dpfSnapshots: byId(doc.dpfSnapshots),
    settings: byKey(doc.settings, (s) => s.key),
  };
}
