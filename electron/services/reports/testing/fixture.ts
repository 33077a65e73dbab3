import type { Activity, Transfer } from '../../../shared/schemas/entities';
import { canonicaliseRegister, emptyRegister, type Register, registerSchema } from '../../../shared/schemas/register';
import {
  at,
  baseActivity,
  baseTransfer,
  category,
  dpa,
  measure,
  processing,
  purpose,
  recipient,
  stamps,
  subject,
  system,
} from './fixture-builders';

/**
 * A small Danish register for the report tests: every Art 30 field filled somewhere, one activity
 * with nothing but a name (to prove "Ikke angivet"), special-category, criminal and CPR data, a
 * processor chain with an onward transfer, an archived activity that must not be printed, and one
 * activity long enough to break tables across pages.
 */
export const fixtureCatalogues = {
  dataCategories: [
    category('dc-kontakt', 'Kontaktoplysninger (navn, adresse, e-mail, telefon)', { retentionClass: 'customer' }),
    category('dc-cpr', 'CPR-nummer', { sensitivity: 'cpr', retentionClass: 'employee' }),
    category('dc-helbred', 'Helbredsoplysninger (særlige behov ved kursusdeltagelse)', {
      sensitivity: 'special',
      specialKind: 'health',
      retentionClass: 'course_participant',
    }),
    category('dc-straf', 'Straffeattest', { sensitivity: 'criminal', retentionClass: 'employee' }),
    category('dc-kursus', 'Kursushistorik og beviser', { retentionClass: 'course_participant' }),
    category('dc-okonomi', 'Økonomiske oplysninger (betaling, faktura)', { retentionClass: 'accounting' }),
  ],
  dataSubjectCategories: [
    subject('ds-kursist', 'Kursister', 'course_participant'),
    subject('ds-kunde', 'Kunder (virksomheder og kontaktpersoner)', 'customer'),
    subject('ds-ansat', 'Ansatte og undervisere', 'employee'),
    subject('ds-ansoeger', 'Ansøgere', 'applicant'),
  ],
  securityMeasures: [
    measure('sm-kryptering', 'Kryptering af bærbare computere', 'technical'),
    measure('sm-mfa', 'Tofaktorgodkendelse på alle cloudtjenester', 'technical'),
    measure('sm-adgang', 'Adgangsstyring efter arbejdsbetinget behov', 'organisational'),
    measure('sm-uddannelse', 'Årlig awareness-træning for medarbejdere', 'organisational'),
  ],
  systems: [system('sys-crm', 'HubSpot CRM', 'EU og USA'), system('sys-loen', 'Lønsystem (Danløn)', 'Danmark')],
  recipients: [
    recipient('rc-hubspot', 'HubSpot Inc.', {
      country: 'US',
      category: 'CRM og markedsføring',
      dpfListName: 'HubSpot, Inc.',
      contactEmail: 'privacy@hubspot.com',
    }),
    recipient('rc-aws', 'Amazon Web Services', { country: 'US', role: 'sub_processor', parentId: 'rc-hubspot', category: 'Hosting' }),
    recipient('rc-skat', 'Skattestyrelsen', { role: 'public_authority', sector: 'public_sector', category: 'Offentlig myndighed' }),
    recipient('rc-partner', 'Århus Efteruddannelse ApS', { role: 'joint_controller', contactEmail: 'dpo@aarhus-efter.dk' }),
    recipient('rc-diploma', 'Diplomasafe ApS', { category: 'Digitale kursusbeviser' }),
  ],
};

export function buildFixtureRegister(): Register {
  const longText = Array.from(
    { length: 14 },
    (_, i) =>
      `Afsnit ${i + 1}: Oplysningerne behandles på grundlag af kursistens tilmelding, og øvrige oplysninger indhentes fra arbejdsgiveren, når virksomheden tilmelder sine ansatte. Særlige behov oplyses frivilligt af kursisten selv.`,
  ).join('\n\n');
  const activities: Activity[] = [
    baseActivity('act-kursus', 'Kursusadministration og udstedelse af kursusbeviser', {
      reference: 'BA-001',
      description: 'Tilmelding, afholdelse og dokumentation af åbne kurser og firmakurser.',
      businessFunction: 'Kursusafdelingen',
      owner: 'Kursuschef Søren Ærø',
      lastReviewedOn: '2026-03-01',
      nextReviewOn: '2027-03-01',
      dataSources: 'Kursisten selv og arbejdsgiveren ved firmatilmelding.',
      securityDescription: 'Adgang til kursussystemet kræver personligt login; data krypteres under overførsel (TLS 1.2+).',
      retentionSummary: 'Kursusbeviser opbevares i 5 år efter kursets afslutning; øvrige oplysninger slettes efter 3 år.',
      dpiaStatus: 'not_required',
      dataLocation: 'Microsoft 365 (EU) og HubSpot (USA)',
      jointControllerArrangement: 'Aftale om fælles dataansvar af 1. februar 2025 for fælleskurser.',
      legalBasisText: 'Helbredsoplysninger indhentes kun, når kursisten selv oplyser særlige behov.',
      purposes: [
        purpose('p1', 'Administration af tilmeldinger og afholdelse af kurser', { art6Basis: 'b' }),
        purpose('p2', 'Hensyntagen til særlige behov under kurset', {
          art6Basis: 'a',
          art9Condition: 'a',
          nationalProvision: 'Databeskyttelseslovens § 7, stk. 1',
          consentRecordRef: 'Samtykkeblanket v2 i kursussystemet',
        }),
        purpose('p3', 'Udsendelse af nyhedsbrev til tidligere kursister', {
          art6Basis: 'f',
          nationalProvision: 'Markedsføringslovens § 10, stk. 2',
          legitimateInterest: 'Markedsføring af lignende kurser over for eksisterende kunder',
          legitimateInterestAssessmentRef: 'Interesseafvejning IA-2025-03',
        }),
      ],
      dataCategories: [
        { dataCategoryId: 'dc-kontakt', retentionMonths: 36, retentionText: 'Fra kursets afslutning' },
        { dataCategoryId: 'dc-helbred', retentionMonths: 1, retentionText: 'Slettes senest en måned efter kurset' },
        { dataCategoryId: 'dc-kursus', retentionMonths: 60, retentionText: null },
        { dataCategoryId: 'dc-okonomi', retentionMonths: null, retentionText: null },
      ],
      dataSubjectIds: ['ds-kursist', 'ds-kunde'],
      recipients: [
        { recipientId: 'rc-hubspot', role: 'processor', purpose: 'Drift af CRM og nyhedsbreve' },
        { recipientId: 'rc-diploma', role: 'processor', purpose: 'Udstedelse af digitale kursusbeviser' },
        { recipientId: 'rc-partner', role: 'joint_controller', purpose: 'Fælles afholdelse af kurser' },
      ],
      dataLinks: [
        { id: 'l1', dataCategoryId: 'dc-kontakt', subjectCategoryId: 'ds-kursist', recipientId: 'rc-hubspot' },
        { id: 'l2', dataCategoryId: 'dc-kontakt', subjectCategoryId: 'ds-kunde', recipientId: 'rc-hubspot' },
        { id: 'l3', dataCategoryId: 'dc-kursus', subjectCategoryId: 'ds-kursist', recipientId: 'rc-diploma' },
        { id: 'l4', dataCategoryId: 'dc-helbred', subjectCategoryId: 'ds-kursist', recipientId: null },
      ],
      securityMeasureIds: ['sm-kryptering', 'sm-mfa', 'sm-adgang'],
      systemIds: ['sys-crm'],
    }),
    baseActivity('act-loen', 'Lønadministration og personaleadministration', {
      reference: 'BA-002',
      description: 'Løn, ferie og fravær. Tegnprøve: æ ø å Æ Ø Å.',
      businessFunction: 'Økonomi og HR',
      owner: 'Økonomichef',
      retentionSummary: 'Bogføringsmateriale opbevares i 5 år fra regnskabsårets udløb (bogføringsloven).',
      securityDescription: 'Lønsystemet driftes af leverandøren i Danmark.',
      purposes: [
        purpose('p4', 'Lønudbetaling og indberetning til Skattestyrelsen', {
          art6Basis: 'c',
          cprGround: 'dbl11_2_1',
          nationalProvision: 'Skatteindberetningsloven',
        }),
        purpose('p5', 'Indhentelse af straffeattest for undervisere af børn', { art6Basis: 'c', art10Ground: 'dbl8_3_interest' }),
      ],
      dataCategories: [
        { dataCategoryId: 'dc-cpr', retentionMonths: 60, retentionText: 'Bogføringsloven § 10' },
        { dataCategoryId: 'dc-straf', retentionMonths: 0, retentionText: 'Slettes efter kontrol; kun dato for kontrol noteres' },
      ],
      dataSubjectIds: ['ds-ansat'],
      recipients: [{ recipientId: 'rc-skat', role: 'public_authority', purpose: 'Indberetning af A-skat og AM-bidrag' }],
      dataLinks: [{ id: 'l5', dataCategoryId: 'dc-cpr', subjectCategoryId: 'ds-ansat', recipientId: 'rc-skat' }],
      securityMeasureIds: ['sm-adgang', 'sm-uddannelse'],
      systemIds: ['sys-loen'],
    }),
    baseActivity('act-tom', 'Rekruttering (kladde uden oplysninger)', { status: 'planned' }),
    baseActivity('act-arkiv', 'Gammel konkurrence på Facebook (arkiveret)', { reference: 'BA-099', archivedAt: at }),
    baseActivity('act-lang', 'Ældre kursusarkiv – lang beskrivelse', {
      reference: 'BA-003',
      status: 'ended',
      description: longText,
      dataSubjectIds: ['ds-kursist', 'ds-kunde', 'ds-ansat', 'ds-ansoeger'],
      dataCategories: fixtureCatalogues.dataCategories.map((c) => ({
        dataCategoryId: c.id,
        retentionMonths: 24,
        retentionText: 'Gennemgås årligt',
      })),
      dataLinks: Array.from({ length: 48 }, (_, i) => ({
        id: `ll${i}`,
        dataCategoryId: fixtureCatalogues.dataCategories[i % 6].id,
        subjectCategoryId: fixtureCatalogues.dataSubjectCategories[i % 4].id,
        recipientId: i % 3 === 0 ? null : fixtureCatalogues.recipients[i % 5].id,
      })),
    }),
  ];
  const transfers: Transfer[] = [
    baseTransfer('tr-1', {
      activityId: 'act-kursus',
      recipientId: 'rc-hubspot',
      mechanism: 'privacy_shield',
      startOn: '2018-05-25',
      endOn: '2020-07-16',
    }),
    baseTransfer('tr-2', {
      activityId: 'act-kursus',
      recipientId: 'rc-hubspot',
      mechanism: 'eu_us_dpf',
      startOn: '2023-07-10',
      safeguardsText: 'HubSpot, Inc. er opført på Data Privacy Framework-listen (ikke-HR).',
      tiaOn: '2024-02-01',
    }),
    baseTransfer('tr-3', {
      activityId: 'act-kursus',
      recipientId: 'rc-aws',
      exporterRecipientId: 'rc-hubspot',
      mechanism: 'scc_2021',
      sccModule: 3,
      exporterRole: 'processor',
      startOn: '2022-01-01',
    }),
    baseTransfer('tr-4', { activityId: 'act-loen', recipientId: 'rc-skat', country: 'DK', mechanism: 'not_a_transfer' }),
  ];
  const register: Register = {
    ...emptyRegister(),
    organisation: {
      id: 'org',
      name: 'Jensens Kurser A/S',
      registrationNumber: '12345678',
      address: 'Åboulevarden 12, 2. sal',
      postcode: '8000',
      city: 'Aarhus C',
      country: 'DK',
      email: 'kontakt@jensenskurser.dk',
      phone: '+45 86 12 34 56',
      website: 'https://jensenskurser.dk',
      controllerType: 'private',
      employeeCount: 42,
      dpoAppointed: true,
      dpoName: 'Mette Ørsted Læsø',
      dpoEmail: 'dpo@jensenskurser.dk',
      dpoPhone: '+45 86 12 34 99',
      euRepresentativeName: null,
      euRepresentativeContact: null,
      actsAsProcessor: true,
      processingJurisdiction: 'DK',
      privacyNoticeText: null,
      privacyNoticeUpdatedOn: null,
      ...stamps,
    },
    ...fixtureCatalogues,
    dpas: [
      dpa('dpa-hubspot', 'rc-hubspot', 'HubSpot Data Processing Agreement', {
        signedOn: '2023-08-01',
        endOn: null,
        renewalOn: '2026-08-01',
        art28Covered: [
          'subject_matter',
          'duration',
          'nature_purpose',
          'data_types',
          'a_instructions',
          'b_confidentiality',
          'c_security',
          'd_subprocessors',
        ],
      }),
      dpa('dpa-diploma', 'rc-diploma', 'Databehandleraftale med Diplomasafe', { signedOn: '2021-03-15', art28Covered: [] }),
    ],
    activities: activities.sort((a, b) => a.id.localeCompare(b.id)),
    transfers,
    processorActivities: [
      processing('pa-1', 'Københavns Sprogskole ApS', {
        controllerContact: 'Nørregade 7, 1165 København K · info@sprogskole.dk',
        controllerDpo: 'Ærlig Databeskyttelse I/S',
        categoriesOfProcessing:
          'Afholdelse af kurser og udstedelse af kursusbeviser på vegne af sprogskolen, herunder opbevaring af kursistlister.',
        thirdCountries: ['US'],
        transferSafeguards: 'EU-US Data Privacy Framework (HubSpot, Inc.)',
        securityDescription: 'Som for egne kurser; se BA-001.',
      }),
      processing('pa-2', 'Øresund Uddannelse A/S', { categoriesOfProcessing: 'Online eksamensafvikling.' }),
    ],
  };
  return canonicaliseRegister(registerSchema.parse(register));
}
