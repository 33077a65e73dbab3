import {
  blankDataCategory,
  blankDataSubjectCategory,
  blankDpa,
  blankOrganisation,
  blankProcessorActivity,
  blankRecipient,
  blankSecurityMeasure,
  blankSystem,
} from '../../electron/shared/schemas/blank-entities';
import type {
  DataCategory,
  DataSubjectCategory,
  Dpa,
  DpfSnapshot,
  Organisation,
  ProcessorActivity,
  Recipient,
  SecurityMeasure,
  System,
} from '../../electron/shared/schemas/entities';
import { art28Items, type RecipientRole } from '../../electron/shared/vocab';
import { prose, staleSentences } from './danish-text';
import type { Dice } from './random';
import * as v from './vocabulary';

/** The register's fixed creation moment; every id and date below is derived from the seed, never the clock. */
export const CREATED = '2025-01-15T08:00:00.000Z';

/** Countries outside the EEA: transfers go there. */
export const thirdCountries = new Set(['US', 'GB', 'IN', 'JP']);

const countryOfForm: Record<string, string> = {
  ApS: 'DK',
  'A/S': 'DK',
  'K/S': 'DK',
  'Inc.': 'US',
  LLC: 'US',
  Ltd: 'GB',
  GmbH: 'DE',
  AB: 'SE',
  'B.V.': 'NL',
  'Pvt. Ltd': 'IN',
};

const authorities = [
  'Skattestyrelsen',
  'Udbetaling Danmark',
  'Arbejdstilsynet',
  'Danmarks Statistik',
  'Styrelsen for Arbejdsmarked og Rekruttering',
];

export function organisation(): Organisation {
  return {
    ...blankOrganisation('Nordlys Uddannelse A/S', CREATED),
    registrationNumber: '31415926',
    address: 'Søndergade 12',
    postcode: '8000',
    city: 'Aarhus C',
    email: 'kontakt@nordlys-uddannelse.dk',
    phone: '+45 86 12 34 56',
    website: 'https://nordlys-uddannelse.dk',
    employeeCount: 4200,
    dpoAppointed: true,
    dpoName: 'Åse Ødegård Bækgaard',
    dpoEmail: 'dpo@nordlys-uddannelse.dk',
    dpoPhone: '+45 86 12 34 99',
    actsAsProcessor: true,
    privacyNoticeText: 'Nordlys Uddannelse A/S behandler personoplysninger efter databeskyttelsesforordningen og databeskyttelsesloven.',
    privacyNoticeUpdatedOn: '2025-11-01',
  };
}

export function catalogues(): {
  dataCategories: DataCategory[];
  dataSubjectCategories: DataSubjectCategory[];
  securityMeasures: SecurityMeasure[];
  systems: System[];
} {
  const pad = (i: number) => String(i + 1).padStart(2, '0');
  return {
    dataCategories: v.dataCategoryRows.map(([name, sensitivity, specialKind, retentionClass], i) => ({
      ...blankDataCategory(`cat-${pad(i)}`, name, CREATED),
      description: `${name} som registreret i forbindelse med behandlingen.`,
      sensitivity,
      specialKind,
      retentionClass,
    })),
    dataSubjectCategories: v.subjectNames.map((name, i) => ({
      ...blankDataSubjectCategory(`subj-${pad(i)}`, name, CREATED),
      description: `${name}, hvis oplysninger indgår i en eller flere behandlinger.`,
      kind: v.subjectKindsByName[i]!,
    })),
    securityMeasures: v.securityMeasureRows.map(([name, kind], i) => ({
      ...blankSecurityMeasure(`sec-${pad(i)}`, name, CREATED),
      description: `${name} efter virksomhedens informationssikkerhedspolitik.`,
      kind,
    })),
    systems: v.systemNames.map((name, i) => ({
      ...blankSystem(`sys-${pad(i)}`, name, CREATED),
      description: `${name}, driftet af en ekstern leverandør.`,
      location: v.locations[i % v.locations.length]!,
    })),
  };
}

function roleOf(i: number): RecipientRole {
  const r = i % 20;
  if (r < 14) return 'processor';
  if (r < 16) return 'sub_processor';
  if (r < 18) return 'independent_controller';
  return r === 18 ? 'joint_controller' : 'public_authority';
}

/** `count` recipients: about half Danish, the rest in the EU, the US, the UK, India and Japan. */
export function recipients(d: Dice, count: number, staleShare: number): { recipients: Recipient[]; stale: Set<string> } {
  const stale = new Set<string>();
  const list: Recipient[] = [];
  for (let i = 0; i < count; i++) {
    const id = `rcp-${String(i + 1).padStart(4, '0')}`;
    const role = roleOf(i);
    const stem = v.vendorStems[i % v.vendorStems.length]!;
    const form = v.companyForms[Math.floor(i / v.vendorStems.length) % v.companyForms.length]!;
    const authority = role === 'public_authority';
    const name = authority ? `${authorities[i % authorities.length]} (${Math.floor(i / 20) + 1})` : `${stem} ${form}`;
    const country = authority ? 'DK' : stem === 'Fuji Translate' ? 'JP' : (countryOfForm[form] ?? 'DK');
    const isStale = d.chance(staleShare);
    if (isStale) stale.add(id);
    const parent = role === 'sub_processor' ? list.findLast((r) => r.role === 'processor') : undefined;
    const slots = { year: String(2019 + (i % 6)) };
    list.push({
      ...blankRecipient(id, name, role, CREATED),
      legalName: authority ? null : `${stem} ${form === 'Inc.' ? 'Holdings Inc.' : form}`,
      category: d.pick(['IT-drift', 'Lønadministration', 'Hosting', 'Markedsføring', 'Revision', 'Kursusafholdelse', 'Support']),
      country,
      sector: authority ? 'public_sector' : 'commercial',
      parentId: parent?.id ?? null,
      tools: stem === 'Analytica' && country === 'US' ? ['tool_ga'] : [],
      address: `${stem}vej ${1 + (i % 90)}, ${country}`,
      contactEmail: `privacy@${stem.toLowerCase().replace(/[^a-z]/g, '')}.example`,
      website: `https://${stem.toLowerCase().replace(/[^a-z]/g, '')}.example`,
      lastSupervisionOn: isStale ? '2019-06-01' : `2026-0${1 + (i % 9)}-15`,
      supervisionMethod: 'Gennemgang af revisionserklæring (ISAE 3402) og spørgeskema.',
      notes: `${prose(d.next, 'recipientNotes', 220, slots)}${isStale ? ` ${staleSentences.recipientNotes}` : ''}`,
    });
  }
  return { recipients: list, stale };
}

/** One agreement per processor and sub-processor; one in ten carries the signed document itself. */
export function dpas(d: Dice, list: Recipient[], staleShare: number): Dpa[] {
  return list
    .filter((r) => r.role === 'processor' || r.role === 'sub_processor')
    .map((r, i) => {
      const isStale = d.chance(staleShare);
      const withDocument = i % 10 === 0;
      return {
        ...blankDpa(`dpa-${r.id.slice(4)}`, r.id, `Databehandleraftale med ${r.name}`, CREATED),
        signedOn: isStale ? '2016-09-01' : `202${1 + (i % 4)}-0${1 + (i % 9)}-01`,
        effectiveOn: isStale ? '2016-09-01' : `202${1 + (i % 4)}-0${1 + (i % 9)}-01`,
        renewalOn: isStale ? null : '2027-06-30',
        noticePeriodDays: 90,
        art28Covered: isStale ? ['subject_matter', 'duration', 'nature_purpose'] : [...art28Items],
        text: prose(d.next, 'dpaText', 1500, {}),
        documentName: withDocument ? `databehandleraftale-${r.id}.pdf` : null,
        documentMime: withDocument ? 'application/pdf' : null,
        documentBase64: withDocument ? Buffer.from(`%PDF-1.4\n% ${r.name}\n${'0'.repeat(3000)}\n%%EOF\n`).toString('base64') : null,
        notes: 'Aftalen er gennemgået af juridisk afdeling.',
      };
    });
}

/** The DPF List as imported on 1 Nov 2026: every US recipient but the stale ones. */
export function dpfSnapshot(list: Recipient[], stale: Set<string>): DpfSnapshot {
  return {
    id: 'dpf-2026-11',
    snapshotDate: '2026-11-01',
    sourceName: 'dpf-list-2026-11-01.csv',
    importedAt: '2026-11-02T09:00:00.000Z',
    entries: list
      .filter((r) => r.country === 'US' && !stale.has(r.id) && r.legalName)
      .map((r) => ({
        orgName: r.legalName!,
        coveredEntities: [r.name],
        status: 'active' as const,
        frameworks: ['EU-US' as const, 'UK-Ext' as const],
        dataTypes: ['HR' as const, 'non-HR' as const],
      })),
  };
}

/** The Art 30(2) record: the organisation processes for a few customers (one entry per 200 activities). */
export function processorActivities(d: Dice, count: number): ProcessorActivity[] {
  return Array.from({ length: count }, (_, i) => ({
    ...blankProcessorActivity(
      `pa-${String(i + 1).padStart(4, '0')}`,
      `Kunde ${i + 1} ${d.pick(v.companyForms)}`,
      `Afholdelse af kurser og eksamener for kundens medarbejdere, herunder ${d.pick(v.goals)}.`,
      CREATED,
    ),
    controllerContact: `kontakt${i + 1}@kunde.example`,
    controllerDpo: `dpo${i + 1}@kunde.example`,
    thirdCountries: i % 4 === 0 ? ['US'] : [],
    transferSafeguards: i % 4 === 0 ? 'EU-US Data Privacy Framework' : null,
    securityDescription: prose(d.next, 'security', 400, { location: 'Danmark', system: 'Kursusplatformen' }),
  }));
}
