import type {
  Activity,
  DataCategory,
  DataSubjectCategory,
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
    id: 'org',
    name: 'Testfirma A/S',
    registrationNumber: null,
    address: 'Testvej 1',
    postcode: '1000',
    city: 'København K',
    country: 'DK',
    email: 'dpo@testfirma.dk',
    phone: null,
    website: null,
    controllerType: 'private',
    employeeCount: 40,
    dpoAppointed: false,
    dpoName: null,
    dpoEmail: null,
    dpoPhone: null,
    euRepresentativeName: null,
    euRepresentativeContact: null,
    actsAsProcessor: false,
    processingJurisdiction: 'DK',
    privacyNoticeText: null,
    privacyNoticeUpdatedOn: null,
    ...stamps,
  };
  doc.dataCategories.push({
    id: 'cat-contact',
    name: 'Kontaktoplysninger',
    description: null,
    sensitivity: 'ordinary',
    specialKind: null,
    retentionClass: 'other',
    ...stamps,
  });
  doc.dataSubjectCategories.push({
    id: 'subj-customers',
    name: 'Kunder',
    description: null,
    kind: 'customer',
    ...stamps,
  } satisfies DataSubjectCategory);

  const recipientDefaults = (id: string): Recipient => ({
    id,
    name: id,
    legalName: null,
    role: 'processor',
    category: 'IT-leverandør',
    country: 'DK',
    isInternationalOrganisation: false,
    sector: 'commercial',
    dpfListName: null,
    subjectToGdprArt3_2: false,
    parentId: null,
    tools: [],
    address: null,
    contactEmail: null,
    website: null,
    lastSupervisionOn: asOf,
    supervisionMethod: null,
    notes: null,
    archivedAt: null,
    ...stamps,
  });

  const builder: RegisterBuilder = {
    organisation(patch) {
      doc.organisation = patch === null ? null : { ...(doc.organisation as Organisation), ...patch };
      return builder;
    },
    dataCategory(patch) {
      const c: DataCategory = {
        name: patch.id,
        description: null,
        sensitivity: 'ordinary',
        specialKind: null,
        retentionClass: 'other',
        ...stamps,
        ...patch,
      };
      doc.dataCategories.push(c);
      return c;
    },
    securityMeasure(patch) {
      const m: SecurityMeasure = { name: patch.id, description: null, kind: 'technical', ...stamps, ...patch };
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
        id,
        reference: null,
        name: `Aktivitet ${id}`,
        description: null,
        businessFunction: null,
        owner: null,
        status: 'active',
        dataSources: null,
        securityDescription: 'Adgangsstyring og kryptering.',
        retentionSummary: null,
        dpiaStatus: 'not_required',
        dpiaReference: null,
        automatedDecisionMaking: false,
        dataLocation: null,
        art30_5Exempt: false,
        occasional: false,
        likelyRisk: false,
        jointControllerArrangement: null,
        processingJurisdiction: null,
        processingChangedOn: null,
        lastReviewedOn: asOf,
        nextReviewOn: null,
        legalBasisText: null,
        notes: null,
        privacyNoticeText: null,
        dataCategories: [{ dataCategoryId: 'cat-contact', retentionMonths: 36, retentionText: null }],
        dataSubjectIds: ['subj-customers'],
        recipients: [],
        dataLinks: [{ id: `${id}-link-1`, dataCategoryId: 'cat-contact', subjectCategoryId: 'subj-customers', recipientId: null }],
        securityMeasureIds: [],
        systemIds: [],
        archivedAt: null,
        ...stamps,
        ...rest,
        purposes: (purposes ?? [{}]).map((p, i) => ({
          id: `${id}-purpose-${i + 1}`,
          description: 'Levering af ydelsen',
          art6Basis: 'b',
          art9Condition: null,
          art10Ground: null,
          cprGround: null,
          nationalProvision: null,
          legitimateInterest: null,
          legitimateInterestAssessmentRef: null,
          consentRecordRef: null,
          ...p,
        })),
      };
      doc.activities.push(a);
      return a;
    },
    transfer(patch) {
      const t: Transfer = {
        id: nextId('trf'),
        activityId: null,
        exporterRecipientId: null,
        country: null,
        mechanism: 'scc_2021',
        sccModule: 2,
        exporterRole: 'controller',
        importerRole: 'processor',
        signedOn: '2022-01-10',
        startOn: '2022-01-10',
        endOn: null,
        tiaOn: '2022-01-05',
        tiaNextReviewOn: null,
        hrData: false,
        frequency: 'continuous',
        processingChangedOn: null,
        art49Assessment: null,
        art49SaInformedOn: null,
        bcrApprovingAuthority: null,
        bcrApprovedOn: null,
        safeguardsText: null,
        notes: null,
        ...stamps,
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
        id: nextId('dpa'),
        title: `Databehandleraftale ${patch.recipientId}`,
        signedOn: '2021-01-01',
        effectiveOn: null,
        endOn: null,
        renewalOn: null,
        noticePeriodDays: null,
        amendedOn: null,
        art28Covered: [...art28Items],
        text: null,
        documentName: null,
        documentMime: null,
        documentBase64: null,
        notes: null,
        ...stamps,
        ...patch,
      };
      doc.dpas.push(d);
      return d;
    },
    processorActivity(patch = {}) {
      const p: ProcessorActivity = {
        id: nextId('pa'),
        controllerName: 'Kunde A/S',
        controllerContact: 'kontakt@kunde.dk',
        controllerRepresentative: null,
        controllerDpo: null,
        categoriesOfProcessing: 'Drift af kundens system',
        thirdCountries: [],
        transferSafeguards: null,
        securityDescription: 'Kryptering og adgangsstyring.',
        status: 'active',
        notes: null,
        archivedAt: null,
        ...stamps,
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
