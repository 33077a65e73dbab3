/**
 * Deterministic synthetic registers for the compliance benchmark. Two profiles:
 * - `maintained`: what a group that keeps its register reasonably current looks like — mostly
 *   valid tools (DPF, 2021 SCCs, adequacy, EEA), and a minority of stale entries, so every rule
 *   family still does real work;
 * - `neglected`: every field drawn uniformly, so nearly every entry is wrong in several ways
 *   (a stress case: the findings themselves dominate the cost).
 */

import {
  blankActivity,
  blankDataCategory,
  blankDataSubjectCategory,
  blankDpa,
  blankOrganisation,
  blankPurpose,
  blankRecipient,
  blankTransfer,
} from '../electron/shared/schemas/blank-entities';
import type { Activity, Recipient, Transfer } from '../electron/shared/schemas/entities';
import { emptyRegister, type Register, registerSchema } from '../electron/shared/schemas/register';
import { art28Items, type TransferMechanism } from '../electron/shared/vocab';

export interface SyntheticOptions {
  activities: number;
  transfers: number;
  recipients: number;
  profile: 'maintained' | 'neglected';
}

/** mulberry32: a small seeded generator, so every run benchmarks the same register. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AT = '2024-01-01T00:00:00.000Z';

/** Mechanism → plausible destination country and weight in a maintained register. */
const MECHANISMS: [TransferMechanism | null, string, number][] = [
  ['eu_us_dpf', 'US', 30],
  ['scc_2021', 'IN', 15],
  ['scc_2021', 'US', 12],
  ['not_a_transfer', 'DE', 10],
  ['not_a_transfer', 'IE', 5],
  ['adequacy', 'GB', 5],
  ['adequacy', 'JP', 3],
  ['adequacy', 'CH', 2],
  ['adequacy', 'FO', 1],
  ['bcr', 'US', 2],
  ['scc_2010_87', 'US', 3],
  ['privacy_shield', 'US', 3],
  ['safe_harbor', 'US', 1],
  ['art49_1b', 'IN', 2],
  ['art49_2nd', 'BR', 1],
  ['none', 'GL', 1],
  [null, 'IN', 1],
  ['uk_idta', 'US', 1],
  ['adequacy', 'US', 1],
];

const CLEAN_TEXTS = [null, 'Samtykke indhentes ved tilmelding.', 'Kontrakt med kunden; kursusbevis udstedes efter gennemført kursus.'];
const STALE_TEXTS = [
  'Behandlingen sker efter persondatalovens § 6, stk. 1.',
  'Leverandøren er Privacy Shield-certificeret.',
  'Overførsel sker på EU model clauses (2010/87/EU).',
  'Fakturaer gemmes efter bogføringslovens § 10.',
];

export function complianceRegister(options: SyntheticOptions): Register {
  const rnd = random(20261125);
  const neglected = options.profile === 'neglected';
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  /** True with probability p in a maintained register, always half the time in a neglected one. */
  const stale = (p: number) => rnd() < (neglected ? 0.5 : p);
  const weighted = <T>(list: [T, number][]): T => {
    const total = list.reduce((s, [, w]) => s + w, 0);
    let r = rnd() * total;
    for (const [v, w] of list) {
      r -= w;
      if (r < 0) return v;
    }
    return list[list.length - 1][0];
  };
  const text = (p: number) => (stale(p) ? pick(STALE_TEXTS) : pick(CLEAN_TEXTS));
  const pad = (n: number) => String(n).padStart(5, '0');

  const doc = emptyRegister();
  doc.organisation = {
    ...blankOrganisation('Benchmark Koncern A/S', AT),
    address: 'Benchvej 1',
    postcode: '8000',
    city: 'Aarhus C',
    email: 'dpo@bench.dk',
    employeeCount: 5000,
    dpoAppointed: true,
    dpoName: 'DPO',
    dpoEmail: 'dpo@bench.dk',
    privacyNoticeText: 'Vi overfører oplysninger til USA under EU-US Data Privacy Framework.',
    privacyNoticeUpdatedOn: '2024-01-01',
  };
  const classes = ['customer', 'course_participant', 'accounting', 'applicant', 'cctv', 'employee', 'other'] as const;
  const goodMonths: Record<(typeof classes)[number], number> = {
    customer: 36,
    course_participant: 36,
    accounting: 66,
    applicant: 6,
    cctv: 1,
    employee: 60,
    other: 24,
  };
  doc.dataCategories = classes.map((retentionClass, i) => ({
    ...blankDataCategory(`cat-${i}`, `Kategori ${retentionClass}`, AT),
    sensitivity: i === 5 ? ('special' as const) : ('ordinary' as const),
    specialKind: i === 5 ? ('health' as const) : null,
    retentionClass,
  }));
  doc.dataSubjectCategories = [{ ...blankDataSubjectCategory('subj-0', 'Kunder', AT), kind: 'customer' }];

  const recipients: Recipient[] = [];
  for (let i = 0; i < options.recipients; i++) {
    const sub = i % 10 === 9;
    recipients.push({
      ...blankRecipient(`rcp-${pad(i)}`, `Leverandør ${i}`, sub ? 'sub_processor' : 'processor', AT),
      legalName: `Vendor ${i} Inc.`,
      category: stale(0.03) ? null : 'IT-drift',
      country: stale(0.03) ? null : pick(['US', 'US', 'IE', 'DE', 'IN', 'GB']),
      subjectToGdprArt3_2: stale(0.02),
      parentId: sub ? `rcp-${pad(i - 1)}` : null,
      tools: i % 25 === 0 ? ['tool_ga'] : i % 31 === 0 ? ['tool_pixel'] : [],
      lastSupervisionOn: stale(0.2) ? null : '2026-03-01',
      notes: text(0.05),
    });
  }
  doc.recipients = recipients;
  doc.dpas = recipients
    .filter(() => !stale(0.05))
    .map((r, i) => ({
      ...blankDpa(`dpa-${pad(i)}`, r.id, `Databehandleraftale ${r.name}`, AT),
      signedOn: stale(0.05) ? '2017-03-01' : '2022-02-01',
      endOn: stale(0.05) ? pick(['2026-12-31', '2025-12-31']) : null,
      renewalOn: stale(0.1) ? '2027-01-31' : null,
      noticePeriodDays: 90,
      art28Covered: stale(0.1) ? ['subject_matter', 'duration'] : [...art28Items],
      text: text(0.05),
    }));

  const activities: Activity[] = [];
  for (let i = 0; i < options.activities; i++) {
    const id = `act-${pad(i)}`;
    const cls = i % classes.length;
    const cat = `cat-${cls}`;
    const used = [pick(recipients), pick(recipients)].filter((r, j, all) => all.findIndex((x) => x.id === r.id) === j);
    activities.push({
      ...blankActivity(id, `Behandlingsaktivitet ${i}`, AT),
      reference: `A-${i}`,
      status: i % 20 === 0 ? 'ended' : i % 17 === 0 ? 'planned' : 'active',
      securityDescription: stale(0.05) ? null : 'Adgangsstyring og kryptering.',
      art30_5Exempt: stale(0.01),
      lastReviewedOn: stale(0.15) ? pick(['2019-12-18', '2023-05-01', null]) : '2026-06-01',
      legalBasisText: text(0.1),
      notes: text(0.05),
      purposes: [
        {
          ...blankPurpose(`${id}-p1`, 'Formål'),
          art6Basis: stale(0.03) ? null : pick(['a', 'b', 'c', 'f'] as const),
          art9Condition: cls === 5 && !stale(0.1) ? 'b' : null,
        },
      ],
      dataCategories: [{ dataCategoryId: cat, retentionMonths: stale(0.05) ? null : goodMonths[classes[cls]], retentionText: null }],
      dataSubjectIds: ['subj-0'],
      recipients: used.map((r) => ({ recipientId: r.id, role: r.role, purpose: null })),
      dataLinks: [
        { id: `${id}-l0`, dataCategoryId: cat, subjectCategoryId: 'subj-0', recipientId: null },
        ...(stale(0.05)
          ? []
          : used.map((r, j) => ({ id: `${id}-l${j + 1}`, dataCategoryId: cat, subjectCategoryId: 'subj-0', recipientId: r.id }))),
      ],
    });
  }
  doc.activities = activities;

  const uniform = MECHANISMS.map(([m, c]): [[TransferMechanism | null, string], number] => [[m, c], 1]);
  const realistic = MECHANISMS.map(([m, c, w]): [[TransferMechanism | null, string], number] => [[m, c], w]);
  const transfers: Transfer[] = [];
  for (let i = 0; i < options.transfers; i++) {
    const activity = activities[i % options.activities];
    const listed = activity.recipients.map((r) => r.recipientId);
    const recipient = recipients.find((r) => r.id === listed[i % listed.length]) ?? pick(recipients);
    const onward = recipient.parentId !== null && rnd() < 0.5;
    const [mechanism, country] = weighted(neglected ? uniform : realistic);
    const oldTool = mechanism === 'scc_2010_87' || mechanism === 'privacy_shield' || mechanism === 'safe_harbor';
    transfers.push({
      ...blankTransfer(`trf-${pad(i)}`, recipient.id, AT),
      activityId: activity.id,
      exporterRecipientId: onward ? recipient.parentId : null,
      country,
      mechanism,
      sccModule: mechanism === 'scc_2021' ? (stale(0.05) ? null : onward ? 3 : 2) : null,
      exporterRole: onward ? 'processor' : 'controller',
      signedOn: oldTool ? '2019-01-01' : '2022-05-01',
      startOn: oldTool ? '2019-01-01' : mechanism === 'eu_us_dpf' ? (stale(0.05) ? '2022-03-01' : '2023-09-01') : '2022-05-01',
      endOn: stale(0.05) ? pick(['2016-01-01', '2020-12-31', '2023-03-01']) : null,
      tiaOn: stale(0.1) ? null : '2022-04-01',
      tiaNextReviewOn: stale(0.1) ? '2026-01-01' : '2027-04-01',
      hrData: stale(0.05),
      frequency: mechanism?.startsWith('art49') ? pick(['occasional', 'regular'] as const) : 'continuous',
      art49Assessment: mechanism === 'art49_2nd' && !stale(0.3) ? 'Vurdering' : null,
      art49SaInformedOn: mechanism === 'art49_2nd' && !stale(0.3) ? '2024-01-01' : null,
      bcrApprovingAuthority: mechanism === 'bcr' ? 'CNIL' : null,
      bcrApprovedOn: mechanism === 'bcr' ? '2019-05-01' : null,
      safeguardsText: text(0.05),
    });
  }
  doc.transfers = transfers;
  doc.dpfSnapshots = [
    {
      id: 'dpf-1',
      snapshotDate: '2026-10-01',
      sourceName: 'bench',
      importedAt: AT,
      entries: recipients
        .filter(() => !stale(0.1))
        .map((r) => ({
          orgName: r.legalName ?? r.name,
          coveredEntities: [`${r.name} Europe`],
          status: stale(0.05) ? ('inactive' as const) : ('active' as const),
          frameworks: ['EU-US' as const],
          dataTypes: ['HR' as const, 'non-HR' as const],
        })),
    },
  ];
  return registerSchema.parse(doc);
}
