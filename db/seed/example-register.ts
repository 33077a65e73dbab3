import {
  blankActivity,
  blankDataCategory,
  blankDataSubjectCategory,
  blankDpa,
  blankOrganisation,
  blankPurpose,
  blankRecipient,
  blankSecurityMeasure,
  blankTransfer,
} from '../../electron/shared/schemas/blank-entities';
import type { Activity, Dpa, Recipient, Transfer } from '../../electron/shared/schemas/entities';
import { canonicaliseRegister, emptyRegister, type Register, registerSchema } from '../../electron/shared/schemas/register';
import { privacyPolicy2019 } from './privacy-policy-2019';

/**
 * Jensens Kurser A/S's register as its privacy policy of 18 December 2019 states it (§ refers to
 * the policy's sections). Where the policy is silent — DPA dates and content, recipients'
 * countries other than the US, transfer start dates, TOM detail, a DPO — the field stays empty:
 * the example must never invent facts. Ids and timestamps are fixed so the example is the same
 * document on every machine.
 */

const POLICY_DATE = '2019-12-18';
const AT = '2019-12-18T00:00:00.000Z';

const SOURCE_NOTE = 'Kilde: persondatapolitik, senest opdateret 18. december 2019.';

const subjects = {
  customers: { id: 'subj-customers', name: 'Kunder og kursusdeltagere', kind: 'course_participant' },
  subscribers: { id: 'subj-subscribers', name: 'Nyhedsbrevsabonnenter', kind: 'newsletter_subscriber' },
  enquirers: { id: 'subj-enquirers', name: 'Personer der udfylder kontaktformularen', kind: 'prospect' },
  visitors: { id: 'subj-visitors', name: 'Besøgende på hjemmesiden', kind: 'website_visitor' },
} as const;

const categories = {
  admin: {
    id: 'cat-administrative',
    name: 'Administrative oplysninger',
    description: 'Navn, e-mailadresse, telefonnummer, virksomhed, jobtitel, adresse og angivne interesser (§ 5.1).',
    retentionClass: 'customer',
  },
  usage: {
    id: 'cat-website-usage',
    name: 'Oplysninger om brug af hjemmesiden',
    description: 'F.eks. hvor mange gange du besøger hjemmesiden (§ 5.1).',
    retentionClass: 'website_usage',
  },
  cookies: {
    id: 'cat-cookie-data',
    name: 'Data indsamlet via cookies',
    description: 'Oplysninger som cookies på jensenskurser.dk indsamler (§ 5.1, § 8).',
    retentionClass: 'website_usage',
  },
} as const;

type RecipientSeed = Pick<Recipient, 'id' | 'name' | 'role' | 'category' | 'country' | 'tools' | 'notes'>;
const recipientSeeds: RecipientSeed[] = [
  { id: 'rcp-atea', name: 'ATEA', role: 'processor', category: 'Kursusafholdelse og teknisk drift', country: null, tools: [], notes: null },
  { id: 'rcp-officekursus', name: 'Officekursus', role: 'processor', category: 'Kursusafholdelse', country: null, tools: [], notes: null },
  { id: 'rcp-idg-kurser', name: 'IDG-kurser', role: 'processor', category: 'Kursusafholdelse', country: null, tools: [], notes: null },
  {
    id: 'rcp-diplomasafe',
    name: 'Diplomasafe',
    role: 'processor',
    category: 'Udstedelse af kursusbeviser',
    country: null,
    tools: [],
    notes: null,
  },
  {
    id: 'rcp-google',
    name: 'Google',
    role: 'processor',
    category: 'Trafikmåling og målrettet markedsføring (Google Analytics, Google Tag Manager, Googles annoncenetværk)',
    country: 'US',
    tools: ['tool_ga'],
    notes: 'Google Analytics gemmer oplysningerne på Googles servere i USA (§ 8.1).',
  },
  {
    id: 'rcp-hubspot',
    name: 'HubSpot',
    role: 'processor',
    category: 'Marketingsystem; kontaktformularer',
    country: 'US',
    tools: [],
    notes: 'Placeret i USA (§ 5.2).',
  },
  {
    id: 'rcp-mailchimp',
    name: 'MailChimp',
    role: 'processor',
    category: 'Udsendelse af nyhedsbreve',
    country: 'US',
    tools: [],
    notes: 'Placeret i USA (§ 5.2).',
  },
  {
    id: 'rcp-facebook',
    name: 'Facebook',
    role: 'independent_controller',
    category: 'Målrettet markedsføring via Facebook Pixel (tredjepartscookies)',
    country: null,
    tools: ['tool_pixel'],
    notes:
      'Politikken angiver ikke Facebooks rolle eller land. Rollen skal vurderes (fælles dataansvar for indsamling og videregivelse, jf. C-40/17 Fashion ID).',
  },
  {
    id: 'rcp-youtube',
    name: 'YouTube',
    role: 'independent_controller',
    category: 'Indlejrede videoer på kursussider (tredjepartscookies)',
    country: null,
    tools: [],
    notes: 'Politikken angiver ikke YouTubes rolle eller land.',
  },
];

function recipient(seed: RecipientSeed): Recipient {
  return { ...blankRecipient(seed.id, seed.name, seed.role, AT), ...seed };
}

/** § 5.1: "Vi har indgået skriftlige databehandleraftaler"; § 5.2 for HubSpot and MailChimp. Dates and terms are not stated. */
function dpa(recipientId: string, name: string): Dpa {
  return {
    ...blankDpa(`dpa-${recipientId.replace(/^rcp-/, '')}`, recipientId, `Databehandleraftale med ${name}`, AT),
    notes: `Aftalen nævnes i persondatapolitikken (18.12.2019); dato, løbetid og indhold er ikke registreret.`,
  };
}

const RETENTION_CONSENT =
  'Opbevares så længe der findes behandlingshjemmel; slettes hvis samtykket trækkes tilbage, hvis oplysningerne er fejlagtigt afgivet og ikke kan berigtiges, eller hvis ydelsen ikke længere udbydes (§ 7).';
const RETENTION_COOKIES =
  'Cookies sletter sig selv efter et vist antal måneder (kan variere) og fornyes ved hvert besøg; sessionscookies slettes, når du forlader hjemmesiden (§ 8, § 8.2).';
const SECURITY =
  'Interne regler om informationssikkerhed med instrukser og foranstaltninger, der beskytter persondata mod at blive tilintetgjort, gå tabt eller blive ændret, mod uautoriseret offentliggørelse og mod at uvedkommende får adgang eller kendskab til dem (§ 1).';

interface ActivitySeed {
  id: string;
  reference: string;
  name: string;
  purpose: string;
  basis: 'a' | 'b';
  subjectIds: string[];
  categoryIds: string[];
  recipientIds: string[];
  retention: string;
  legalBasisText: string;
}

const activitySeeds: ActivitySeed[] = [
  {
    id: 'act-course-orders',
    reference: 'JK-01',
    name: 'Bestilling af kurser på hjemmesiden',
    purpose: 'At kunne levere den bestilte ydelse (kursus), herunder kursusafholdelse og udstedelse af kursusbeviser (§ 3, § 5.1).',
    basis: 'b',
    subjectIds: [subjects.customers.id],
    categoryIds: [categories.admin.id],
    recipientIds: ['rcp-atea', 'rcp-officekursus', 'rcp-idg-kurser', 'rcp-diplomasafe', 'rcp-hubspot', 'rcp-mailchimp'],
    retention: RETENTION_CONSENT,
    legalBasisText: 'Nødvendigt for at levere den bestilte ydelse (§ 3); "opfylde en kontrakt" (§ 4).',
  },
  {
    id: 'act-website-use',
    reference: 'JK-02',
    name: 'Brug af hjemmesiden (statistik og analyse)',
    purpose:
      'Undersøgelser og analyser rettet mod forbedring af produkter og tjenester samt visning af indhold og annoncer tilpasset interesser (§ 3); logstatistik til optimering af hjemmesiden (§ 8).',
    basis: 'a',
    subjectIds: [subjects.visitors.id],
    categoryIds: [categories.usage.id, categories.cookies.id],
    recipientIds: ['rcp-google'],
    retention: RETENTION_COOKIES,
    legalBasisText: 'Samtykke (§ 3: "skal give os dit samtykke"; § 8.4 cookieindstillinger).',
  },
  {
    id: 'act-newsletters',
    reference: 'JK-03',
    name: 'Nyhedsbreve',
    purpose:
      'At sende relevante nyhedsbreve med blogindlæg, information om nye kurser eller anden markedsføring relateret til tjenester og produkter (§ 3).',
    basis: 'a',
    subjectIds: [subjects.subscribers.id],
    categoryIds: [categories.admin.id],
    recipientIds: ['rcp-hubspot', 'rcp-mailchimp'],
    retention: RETENTION_CONSENT,
    legalBasisText: 'Samtykke ved tilmelding til nyhedsbreve (§ 3, § 7).',
  },
  {
    id: 'act-contact-form',
    reference: 'JK-04',
    name: 'Kontaktformular',
    purpose: 'At opfylde det formål, hvortil kontaktformularen er udfyldt (§ 3).',
    basis: 'a',
    subjectIds: [subjects.enquirers.id],
    categoryIds: [categories.admin.id],
    recipientIds: ['rcp-hubspot'],
    retention: RETENTION_CONSENT,
    legalBasisText: 'Samtykke (§ 3); henvendelser modtages og behandles via HubSpot (§ 8.1).',
  },
  {
    id: 'act-targeted-marketing',
    reference: 'JK-05',
    name: 'Målrettet markedsføring',
    purpose:
      'At præsentere de mest relevante tilbud og oplysninger for den registrerede (§ 3), bl.a. via Googles annoncenetværk og Facebook Pixel (§ 8.1).',
    basis: 'a',
    subjectIds: [subjects.customers.id, subjects.subscribers.id, subjects.visitors.id],
    categoryIds: [categories.admin.id, categories.usage.id, categories.cookies.id],
    recipientIds: ['rcp-google', 'rcp-facebook'],
    retention: RETENTION_CONSENT,
    legalBasisText: 'Samtykke (§ 3).',
  },
  {
    id: 'act-cookies',
    reference: 'JK-06',
    name: 'Cookies på jensenskurser.dk',
    purpose:
      'Hastighedsoptimering, delingsfunktioner på sociale medier, teknisk funktionalitet, forbedring, trafikmåling, sporing og individuelt målrettet annoncering (§ 3, § 8).',
    basis: 'a',
    subjectIds: [subjects.visitors.id],
    categoryIds: [categories.cookies.id],
    recipientIds: ['rcp-google', 'rcp-facebook', 'rcp-hubspot', 'rcp-youtube'],
    retention: RETENTION_COOKIES,
    legalBasisText: 'Samtykke ved accept af cookies (§ 3, § 8.4).',
  },
];

/** § 5.2 and § 8.1: HubSpot, MailChimp and Google in the USA "har tilsluttet sig EU US Privacy Shield". */
const US_TRANSFERS: [activityId: string, recipientId: string][] = [
  ['act-course-orders', 'rcp-hubspot'],
  ['act-course-orders', 'rcp-mailchimp'],
  ['act-newsletters', 'rcp-hubspot'],
  ['act-newsletters', 'rcp-mailchimp'],
  ['act-contact-form', 'rcp-hubspot'],
  ['act-website-use', 'rcp-google'],
  ['act-targeted-marketing', 'rcp-google'],
  ['act-cookies', 'rcp-google'],
];

function activity(seed: ActivitySeed, roles: Map<string, Recipient['role']>): Activity {
  const links = seed.categoryIds.flatMap((dataCategoryId) =>
    seed.subjectIds.flatMap((subjectCategoryId) =>
      [null, ...seed.recipientIds].map((recipientId) => ({ dataCategoryId, subjectCategoryId, recipientId })),
    ),
  );
  const dataLinks = links.map((link, i) => ({ id: `lnk-${seed.reference}-${String(i + 1).padStart(3, '0')}`, ...link }));
  return {
    ...blankActivity(seed.id, seed.name, AT),
    reference: seed.reference,
    dataSources: 'Den registrerede selv (indtastet på hjemmesiden) og cookies (§ 5).',
    securityDescription: SECURITY,
    retentionSummary: seed.retention,
    lastReviewedOn: POLICY_DATE,
    legalBasisText: seed.legalBasisText,
    notes: SOURCE_NOTE,
    purposes: [{ ...blankPurpose(`${seed.id}:purpose-1`, seed.purpose), art6Basis: seed.basis }],
    dataCategories: seed.categoryIds.map((dataCategoryId) => ({ dataCategoryId, retentionMonths: null, retentionText: seed.retention })),
    dataSubjectIds: seed.subjectIds,
    recipients: seed.recipientIds.map((recipientId) => ({ recipientId, role: roles.get(recipientId) ?? 'processor', purpose: null })),
    dataLinks,
    securityMeasureIds: ['sec-infosec-rules'],
  };
}

/** Start dates are not in the policy: null means "not recorded", and the engine treats the transfer as running. */
function transfer([activityId, recipientId]: [string, string]): Transfer {
  return {
    ...blankTransfer(`trf-${activityId.replace(/^act-/, '')}-${recipientId.replace(/^rcp-/, '')}`, recipientId, AT),
    activityId,
    country: 'US',
    mechanism: 'privacy_shield',
    frequency: 'continuous',
    safeguardsText:
      'De har tilsluttet sig EU US Privacy Shield, som EU Kommissionen har truffet afgørelse om er tilstrækkelig sikkerhedsforanstaltning (§ 5.2).',
  };
}

export function buildExampleRegister(): Register {
  const recipients = recipientSeeds.map(recipient);
  const roles = new Map(recipients.map((r) => [r.id, r.role]));
  const doc: Register = {
    ...emptyRegister(),
    organisation: {
      ...blankOrganisation('Jensens Kurser A/S', AT),
      registrationNumber: '32666396',
      address: 'Borgergade 20',
      postcode: '1300',
      city: 'København K',
      country: 'DK',
      email: 'info@jensenskurser.dk',
      website: 'jensenskurser.dk',
      controllerType: 'private',
      processingJurisdiction: 'DK',
      privacyNoticeText: privacyPolicy2019,
      privacyNoticeUpdatedOn: POLICY_DATE,
    },
    dataCategories: Object.values(categories).map((c) => ({ ...blankDataCategory(c.id, c.name, AT), ...c })),
    dataSubjectCategories: Object.values(subjects).map((s) => ({ ...blankDataSubjectCategory(s.id, s.name, AT), ...s })),
    securityMeasures: [
      {
        ...blankSecurityMeasure('sec-infosec-rules', 'Interne regler om informationssikkerhed', AT),
        description: SECURITY,
        kind: 'organisational',
      },
    ],
    recipients,
    dpas: recipients.filter((r) => r.role === 'processor').map((r) => dpa(r.id, r.name)),
    activities: activitySeeds.map((s) => activity(s, roles)),
    transfers: US_TRANSFERS.map(transfer),
  };
  return registerSchema.parse(canonicaliseRegister(doc));
}
