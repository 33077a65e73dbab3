import {
  blankActivity,
  blankDataCategory,
  blankDataSubjectCategory,
  blankDpa,
  blankOrganisation,
  blankProcessorActivity,
  blankPurpose,
  blankRecipient,
  blankSecurityMeasure,
  blankTransfer,
} from '../../../shared/schemas/blank-entities';
import type {
  Activity,
  DataCategory,
  Dpa,
  DpfEntry,
  FindingAcknowledgement,
  Organisation,
  ProcessorActivity,
  Purpose,
  Recipient,
  SecurityMeasure,
  Transfer,
} from '../../../shared/schemas/entities';
import { emptyRegister, type Register, registerSchema } from '../../../shared/schemas/register';
import { art28Items } from '../../../shared/vocab';

/**
 * Builds valid Register documents for the engine's tests. Defaults describe a tidy entry (a
 * contract basis, one ordinary data category with a retention period, linked data, a security
 * description, a recent review), so a test sets only the fields its rule is about and every
 * other rule stays quiet. `build()` runs registerSchema.parse, so a test can never feed the
 * engine a document the app could not produce.
 */

const AT = '2020-01-01T00:00:00.000Z';
const stamps = { createdAt: AT, updatedAt: AT };

export type ActivityInput = Partial<Omit<Activity, 'purposes'>> & { purposes?: Partial<Purpose>[] };

export interface RegisterBuilder {
  organisation(patch: Partial<Organisation> | null): RegisterBuilder;
  dataCategory(patch: Partial<DataCategory> & { id: string }): DataCategory;
  securityMeasure(patch: Partial<SecurityMeasure> & { id: string }): SecurityMeasure;
  recipient(patch: Partial<Recipient> & { id: string }): Recipient;
  /** A processor with a complete, current DPA and a recent supervision (so DPA-* rules stay quiet). */
  processor(patch: Partial<Recipient> & { id: string }): Recipient;
  activity(patch?: ActivityInput & { id?: string }): Activity;
  transfer(patch: Partial<Transfer> & { recipientId: string }): Transfer;
  dpa(patch: Partial<Dpa> & { recipientId: string }): Dpa;
  processorActivity(patch?: Partial<ProcessorActivity>): ProcessorActivity;
  dpfSnapshot(snapshotDate: string, entries: Partial<DpfEntry>[], id?: string): RegisterBuilder;
  setting(key: string, value: unknown): RegisterBuilder;
  acknowledgement(
    patch: Omit<Partial<FindingAcknowledgement>, 'entityType'> &
      Pick<FindingAcknowledgement, 'ruleId' | 'entityType' | 'entityId' | 'entityFingerprint'>,
  ): FindingAcknowledgement;
  build(): Register;
}

export interface BuilderOptions {
  /** The date the tidy defaults are tidy on: reviews, supervision and DPAs date from it. */
  asOf?: string;
}

export function registerBuilder(options: BuilderOptions = {}): RegisterBuilder {
  const asOf = options.asOf ?? '2026-11-25';
  const doc: Register = emptyRegister();
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}-${++counter}`;

  doc.organisation = {
    ...blankOrganisation('Testfirma A/S', AT),
    address: 'Testvej 1',
    postcode: '1000',
    city: 'København K',
    email: 'dpo@testfirma.dk',
    employeeCount: 40,
    dpoAppointed: false,
  };
  doc.dataCategories.push(blankDataCategory('cat-contact', 'Kontaktoplysninger', AT));
  doc.dataSubjectCategories.push({ ...blankDataSubjectCategory('subj-customers', 'Kunder', AT), kind: 'customer' });

  const recipientDefaults = (id: string): Recipient => ({
    ...blankRecipient(id, id, 'processor', AT),
    category: 'IT-leverandør',
    country: 'DK',
    lastSupervisionOn: asOf,
  });

  const builder: RegisterBuilder = {
    organisation(patch) {
      doc.organisation = patch === null ? null : { ...(doc.organisation as Organisation), ...patch };
      return builder;
    },
    dataCategory(patch) {
      const c: DataCategory = { ...blankDataCategory(patch.id, patch.id, AT), ...patch };
      doc.dataCategories.push(c);
      return c;
    },
    securityMeasure(patch) {
      const m: SecurityMeasure = { ...blankSecurityMeasure(patch.id, patch.id, AT), ...patch };
      doc.securityMeasures.push(m);
      return m;
    },
    recipient(patch) {
      const r = { ...recipientDefaults(patch.id), name: patch.name ?? patch.id, ...patch };
      doc.recipients.push(r);
      return r;
    },
    processor(patch) {
      const r = builder.recipient({ role: 'processor', ...patch });
      builder.dpa({ recipientId: r.id });
      return r;
    },
    activity(patch = {}) {
      const id = patch.id ?? nextId('act');
      const { purposes, ...rest } = patch;
      const a: Activity = {
        ...blankActivity(id, `Aktivitet ${id}`, AT),
        securityDescription: 'Adgangsstyring og kryptering.',
        dpiaStatus: 'not_required',
        lastReviewedOn: asOf,
        dataCategories: [{ dataCategoryId: 'cat-contact', retentionMonths: 36, retentionText: null }],
        dataSubjectIds: ['subj-customers'],
        dataLinks: [{ id: `${id}-link-1`, dataCategoryId: 'cat-contact', subjectCategoryId: 'subj-customers', recipientId: null }],
        ...rest,
        purposes: (purposes ?? [{}]).map((p, i) => ({
          ...blankPurpose(`${id}-purpose-${i + 1}`, 'Levering af ydelsen'),
          art6Basis: 'b',
          ...p,
        })),
      };
      doc.activities.push(a);
      return a;
    },
    transfer(patch) {
      const t: Transfer = {
        ...blankTransfer(nextId('trf'), patch.recipientId, AT),
        mechanism: 'scc_2021',
        sccModule: 2,
        signedOn: '2022-01-10',
        startOn: '2022-01-10',
        tiaOn: '2022-01-05',
        frequency: 'continuous',
        ...patch,
      };
      doc.transfers.push(t);
      // Keep the activity's recipient list and data links complete, so A30-1D and A30-LINK stay quiet.
      const activity = doc.activities.find((a) => a.id === t.activityId);
      if (activity && t.exporterRecipientId === null && !activity.recipients.some((r) => r.recipientId === t.recipientId)) {
        activity.recipients.push({ recipientId: t.recipientId, role: 'processor', purpose: null });
        activity.dataLinks.push({
          id: `${activity.id}-link-${activity.dataLinks.length + 1}`,
          dataCategoryId: activity.dataCategories[0]?.dataCategoryId ?? 'cat-contact',
          subjectCategoryId: activity.dataSubjectIds[0] ?? 'subj-customers',
          recipientId: t.recipientId,
        });
      }
      return t;
    },
    dpa(patch) {
      const d: Dpa = {
        ...blankDpa(nextId('dpa'), patch.recipientId, `Databehandleraftale ${patch.recipientId}`, AT),
        signedOn: '2021-01-01',
        art28Covered: [...art28Items],
        ...patch,
      };
      doc.dpas.push(d);
      return d;
    },
    processorActivity(patch = {}) {
      const p: ProcessorActivity = {
        ...blankProcessorActivity(nextId('pa'), 'Kunde A/S', 'Drift af kundens system', AT),
        controllerContact: 'kontakt@kunde.dk',
        securityDescription: 'Kryptering og adgangsstyring.',
        ...patch,
      };
      doc.processorActivities.push(p);
      return p;
    },
    dpfSnapshot(snapshotDate, entries, id) {
      doc.dpfSnapshots.push({
        id: id ?? nextId('dpf'),
        snapshotDate,
        sourceName: null,
        importedAt: AT,
        entries: entries.map((e) => ({
          orgName: 'Unnamed',
          coveredEntities: [],
          status: 'active',
          frameworks: ['EU-US'],
          dataTypes: ['non-HR', 'HR'],
          ...e,
        })),
      });
      return builder;
    },
    setting(key, value) {
      doc.settings.push({ key, value: value as Register['settings'][number]['value'], updatedAt: AT });
      return builder;
    },
    acknowledgement(patch) {
      const a: FindingAcknowledgement = {
        id: nextId('ack'),
        justification: 'Accepteret af DPO',
        acknowledgedBy: 'DPO',
        acknowledgedOn: asOf,
        until: '2099-12-31',
        ...stamps,
        ...patch,
      };
      doc.findingAcknowledgements.push(a);
      return a;
    },
    build() {
      return registerSchema.parse(structuredClone(doc));
    },
  };
  return builder;
}
