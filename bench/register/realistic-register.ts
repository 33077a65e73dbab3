/**
 * The realistic register every bench and every engineer builds the same way (issue 7): a Danish
 * organisation's Art 30 record of N activities with every activity field filled with Danish prose
 * (about 12 KB of JSON per activity), 2–4 purposes, 4–8 data categories, 3–6 recipients, full
 * linkage, 5 transfers per activity, 200 recipients, and about 5 % stale entries (Privacy Shield and
 * 2010 SCC transfers, overdue reviews and TIAs, outdated references, pre-GDPR DPAs).
 * Deterministic: the same options give the same document, byte for byte.
 * Write one with `npx tsx bench/make-register.ts` (README of bench/).
 */
import { blankActivity, blankPurpose, blankTransfer } from '../../electron/shared/schemas/blank-entities';
import type { Activity, DataCategory, Recipient, Transfer } from '../../electron/shared/schemas/entities';
import { canonicaliseRegister, emptyRegister, type Register } from '../../electron/shared/schemas/register';
import type { Art6Basis, TransferMechanism } from '../../electron/shared/vocab';
import { prose, type Slots, staleSentences } from './danish-text';
import * as parties from './parties';
import { type Dice, dice } from './random';
import * as v from './vocabulary';

/** Bump when the output changes, so cached register files are rebuilt. */
export const REALISTIC_REGISTER_VERSION = 1;

export interface RealisticOptions {
  activities: number;
  seed?: number;
  recipients?: number;
  transfersPerActivity?: number;
  /** Share of stale entries per kind (activities, transfers, recipients, DPAs). */
  staleShare?: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDay = (d: Dice, year: number) => `${year}-${pad(d.int(1, 12), 2)}-${pad(d.int(1, 28), 2)}`;
const retentionMonths: Record<DataCategory['retentionClass'], number> = {
  accounting: 66,
  applicant: 6,
  cctv: 1,
  customer: 36,
  course_participant: 36,
  employee: 60,
  marketing: 24,
  website_usage: 13,
  other: 24,
};

function activityName(i: number): string {
  const combos = v.topics.length * v.qualifiers.length;
  const base = `${v.topics[i % v.topics.length]} ${v.qualifiers[Math.floor(i / v.topics.length) % v.qualifiers.length]}`;
  return i < combos ? base : `${base} – enhed ${Math.floor(i / combos) + 1}`;
}

function purposes(d: Dice, id: string, cats: DataCategory[], slots: Slots): Activity['purposes'] {
  const special = cats.some((c) => c.sensitivity === 'special');
  const criminal = cats.some((c) => c.sensitivity === 'criminal');
  const cpr = cats.some((c) => c.sensitivity === 'cpr');
  return Array.from({ length: d.int(2, 4) }, (_, p) => {
    const basis = d.weighted<Art6Basis>([
      ['b', 4],
      ['c', 3],
      ['f', 2],
      ['a', 1],
    ]);
    return {
      ...blankPurpose(`${id}-p${p + 1}`, prose(d.next, 'purpose', 200, slots)),
      art6Basis: basis,
      art9Condition: special ? 'b' : null,
      art10Ground: criminal ? 'dbl8_3_consent' : null,
      cprGround: cpr ? 'dbl11_2_1' : null,
      nationalProvision: basis === 'c' ? 'Bogføringslovens § 10 og skattekontrollovens § 2' : 'Databeskyttelseslovens § 6, stk. 1',
      legitimateInterest: prose(d.next, 'interest', 180, slots),
      legitimateInterestAssessmentRef: `Interesseafvejning IA-${id.slice(4)}-${p + 1}, dateret 2025-03-01`,
      consentRecordRef: `Samtykkelog i ${slots.system}, felt samtykke_${p + 1}`,
    };
  });
}

/** Clean and stale mechanisms by destination; the stale ones are what a neglected entry still says. */
function mechanismFor(d: Dice, country: string, stale: boolean): { mechanism: TransferMechanism; text: string } {
  if (stale) {
    return country === 'US'
      ? { mechanism: 'privacy_shield', text: 'EU-US Privacy Shield' }
      : { mechanism: 'scc_2010_87', text: 'standardkontraktbestemmelserne fra 2010' };
  }
  if (country === 'US') {
    return d.chance(0.75)
      ? { mechanism: 'eu_us_dpf', text: 'EU-US Data Privacy Framework' }
      : { mechanism: 'scc_2021', text: 'EU-standardkontraktbestemmelserne fra 2021' };
  }
  if (country === 'IN') return { mechanism: 'scc_2021', text: 'EU-standardkontraktbestemmelserne fra 2021' };
  return { mechanism: 'adequacy', text: 'Kommissionens afgørelse om tilstrækkeligt beskyttelsesniveau' };
}

function transfer(d: Dice, id: string, activityId: string, r: Recipient, stale: boolean, slots: Slots): Transfer {
  const country = r.country ?? 'US';
  const { mechanism, text } = mechanismFor(d, country, stale);
  const scc = mechanism === 'scc_2021';
  const old = mechanism === 'privacy_shield' || mechanism === 'scc_2010_87';
  const start = old ? '2019-03-01' : mechanism === 'eu_us_dpf' ? '2023-09-01' : '2022-06-01';
  return {
    ...blankTransfer(id, r.id, parties.CREATED),
    activityId,
    country,
    mechanism,
    sccModule: scc ? (r.role === 'processor' || r.role === 'sub_processor' ? 2 : 1) : null,
    importerRole: r.role === 'processor' || r.role === 'sub_processor' ? 'processor' : 'controller',
    signedOn: start,
    startOn: start,
    tiaOn: scc ? '2025-02-01' : null,
    tiaNextReviewOn: scc ? (stale ? '2025-06-01' : '2027-02-01') : null,
    frequency: 'continuous',
    safeguardsText: `${prose(d.next, 'safeguards', 200, { ...slots, recipient: r.name, mechanismText: text })}${stale && country !== 'US' ? ` ${staleSentences.safeguards}` : ''}`,
    notes: prose(d.next, 'transferNotes', 80, slots),
  };
}

/** Up to `count` recipients for an activity, at least two of them outside the EEA (they receive its transfers). */
function recipientsFor(d: Dice, third: Recipient[], local: Recipient[], joint: Recipient[]): Recipient[] {
  const n = d.int(3, 6);
  const abroad = d.some(third, d.int(2, Math.min(3, n)));
  const partner = d.chance(0.25) ? d.some(joint, 1).filter((r) => !abroad.includes(r)) : [];
  return [...abroad, ...partner, ...d.some(local, n - abroad.length - partner.length)];
}

function activity(d: Dice, i: number, cats: DataCategory[], rs: Recipient[], c: ReturnType<typeof parties.catalogues>, stale: boolean) {
  const id = `act-${pad(i + 1, 6)}`;
  const dept = d.pick(v.departments);
  const subjects = d.some(c.dataSubjectCategories, d.int(1, 3));
  const system = d.pick(c.systems);
  const greenland = v.qualifiers[Math.floor(i / v.topics.length) % v.qualifiers.length]!.includes('Grønland');
  const slots: Slots = {
    dept,
    subjects: subjects.map((s) => s.name.toLocaleLowerCase('da')).join(' og '),
    goal: d.pick(v.goals),
    system: system.name,
    channel: d.pick(v.channels),
    channelVerb: d.pick(v.channelVerbs),
    source: d.pick(v.sources),
    owner: `afdelingschefen for ${dept}`,
    org: 'Nordlys Uddannelse A/S',
    location: d.pick(v.locations),
    months: String(d.pick([6, 12, 24, 36, 60])),
    event: d.pick(v.events),
    litra: d.pick(['b', 'c', 'f']),
    email: 'dpo@nordlys-uddannelse.dk',
    partner: rs.find((r) => r.role === 'joint_controller')?.name ?? 'samarbejdspartneren',
  };
  const withStale = (text: string, sentence: string) => (stale ? `${text} ${sentence}` : text);
  const reviewed = stale ? '2019-12-18' : isoDay(d, 2026).replace(/^2026-1[12]/, '2026-10');
  const value: Activity = {
    ...blankActivity(id, activityName(i), parties.CREATED),
    reference: `BA-${pad(i + 1, 5)}`,
    description: prose(d.next, 'description', 1200, slots),
    businessFunction: dept,
    owner: `${d.pick(['Mette', 'Søren', 'Kirsten', 'Jørgen', 'Åse', 'Lærke', 'Anders', 'Bjørn'])} ${d.pick(['Hansen', 'Sørensen', 'Ødegård', 'Kjær', 'Mølgaard', 'Nielsen'])}, ${dept}`,
    status: d.weighted([
      ['active', 17],
      ['planned', 2],
      ['ended', 1],
    ] as const),
    dataSources: prose(d.next, 'dataSources', 300, slots),
    securityDescription: prose(d.next, 'security', 1000, slots),
    retentionSummary: prose(d.next, 'retention', 450, slots),
    dpiaStatus: cats.some((x) => x.sensitivity !== 'ordinary') ? 'completed' : 'not_required',
    dpiaReference: `DPIA-2025-${pad(i + 1, 5)}`,
    automatedDecisionMaking: d.chance(0.03),
    dataLocation: `Oplysningerne opbevares i ${slots.location} hos leverandøren af ${system.name}.`,
    likelyRisk: cats.some((x) => x.sensitivity === 'special'),
    // Only where a joint controller is among the recipients; anything else is itself a finding (A30-1A).
    jointControllerArrangement: rs.some((r) => r.role === 'joint_controller') ? prose(d.next, 'joint', 300, slots) : null,
    processingJurisdiction: greenland ? 'GL' : 'DK',
    processingChangedOn: '2024-09-01',
    lastReviewedOn: reviewed,
    nextReviewOn: stale ? '2020-12-18' : `2027-${reviewed.slice(5)}`,
    legalBasisText: withStale(prose(d.next, 'legalBasis', 450, slots), staleSentences.legalBasis),
    notes: withStale(prose(d.next, 'notes', 550, slots), staleSentences.notes),
    privacyNoticeText: prose(d.next, 'privacyNotice', 1100, slots),
    purposes: purposes(d, id, cats, slots),
    dataCategories: cats.map((x) => ({
      dataCategoryId: x.id,
      retentionMonths: retentionMonths[x.retentionClass],
      retentionText: prose(d.next, 'retentionText', 60, slots),
    })),
    dataSubjectIds: subjects.map((s) => s.id),
    recipients: rs.map((r) => ({ recipientId: r.id, role: r.role, purpose: prose(d.next, 'recipientPurpose', 100, slots) })),
    // Full linkage: every category concerns every subject group, and every recipient receives a category.
    dataLinks: [
      ...cats.flatMap((x) => subjects.map((s) => ({ dataCategoryId: x.id, subjectCategoryId: s.id, recipientId: null }))),
      ...rs.map((r) => ({ dataCategoryId: d.pick(cats).id, subjectCategoryId: d.pick(subjects).id, recipientId: r.id })),
    ].map((l, k) => ({ id: `${id}-l${pad(k + 1, 2)}`, ...l })),
    securityMeasureIds: d.some(c.securityMeasures, d.int(3, 6)).map((m) => m.id),
    systemIds: d.some(c.systems, d.int(1, 3)).map((s) => s.id),
    updatedAt: `${isoDay(d, 2026).replace(/^2026-1[12]/, '2026-10')}T${pad(d.int(7, 16), 2)}:${pad(d.int(0, 59), 2)}:00.000Z`,
  };
  return { value, slots };
}

export function realisticRegister(options: RealisticOptions): Register {
  const { activities: count, seed = 1, recipients: recipientCount = 200, transfersPerActivity = 5, staleShare = 0.05 } = options;
  const d = dice(seed);
  const c = parties.catalogues();
  const { recipients, stale: staleRecipients } = parties.recipients(d, recipientCount, staleShare);
  const usable = recipients.filter((r) => r.role !== 'public_authority');
  const third = usable.filter((r) => parties.thirdCountries.has(r.country ?? ''));
  const local = recipients.filter((r) => !parties.thirdCountries.has(r.country ?? '') && r.role !== 'joint_controller');
  const joint = recipients.filter((r) => r.role === 'joint_controller');
  const activities: Activity[] = [];
  const transfers: Transfer[] = [];
  for (let i = 0; i < count; i++) {
    const cats = d.some(c.dataCategories, d.int(4, 8)).sort((a, b) => (a.id < b.id ? -1 : 1));
    const rs = recipientsFor(d, third, local, joint);
    const { value, slots } = activity(d, i, cats, rs, c, d.chance(staleShare));
    activities.push(value);
    const abroad = rs.filter((r) => parties.thirdCountries.has(r.country ?? ''));
    for (let k = 0; k < transfersPerActivity; k++) {
      transfers.push(transfer(d, `trf-${pad(i + 1, 6)}-${k + 1}`, value.id, abroad[k % abroad.length]!, d.chance(staleShare), slots));
    }
  }
  return canonicaliseRegister({
    ...emptyRegister(),
    organisation: parties.organisation(),
    ...c,
    recipients,
    dpas: parties.dpas(d, recipients, staleShare),
    activities,
    transfers,
    processorActivities: parties.processorActivities(d, Math.max(2, Math.ceil(count / 200))),
    dpfSnapshots: [parties.dpfSnapshot(recipients, staleRecipients)],
  });
}
