/**
 * The nouns the realistic register is made of: departments, processing topics, systems, vendors,
 * catalogues. Plain data; realistic-register.ts combines them deterministically.
 */

export const departments = [
  'HR',
  'Løn og personale',
  'Økonomi',
  'Salg',
  'Marketing',
  'Kundeservice',
  'Kursusadministration',
  'IT-drift',
  'Jura og compliance',
  'Indkøb',
  'Facility',
  'Ledelsessekretariatet',
] as const;

/** Activity names are a topic and a qualifier: "Lønadministration – timelønnede i Aarhus". */
export const topics = [
  'Lønadministration',
  'Rekruttering',
  'Kursustilmelding',
  'Nyhedsbreve',
  'Kundeservice',
  'Fakturering',
  'Debitorstyring',
  'Medarbejderudvikling',
  'Sygefravær',
  'Adgangskontrol',
  'Videoovervågning',
  'Hjemmesidestatistik',
  'Markedsføring på sociale medier',
  'Kursusbeviser',
  'Tilfredshedsundersøgelser',
  'Whistleblowerordning',
  'Leverandørstyring',
  'Kørselsgodtgørelse',
  'Pension og forsikring',
  'Arbejdsmiljø',
  'Onboarding af nye medarbejdere',
  'Fratrædelser',
  'Klagebehandling',
  'Webinarer',
  'E-læring',
  'Eksamensadministration',
  'Alumnenetværk',
  'Konferencer og arrangementer',
  'Kontraktstyring',
  'Bogføring',
] as const;

export const qualifiers = [
  'for timelønnede',
  'for funktionærer',
  'i Aarhus',
  'i København',
  'i Odense',
  'i Aalborg',
  'for erhvervskunder',
  'for private kunder',
  'for kursister',
  'for undervisere',
  'for elever og lærlinge',
  'i Grønland og på Færøerne',
  'for tidligere medarbejdere',
  'for samarbejdspartnere',
  'for frivillige',
  'ved årsskiftet',
] as const;

export const goals = [
  'udbetale løn korrekt og til tiden',
  'vurdere ansøgere til ledige stillinger',
  'administrere tilmeldinger til kurser',
  'sende relevante nyheder til abonnenter',
  'besvare henvendelser hurtigt og præcist',
  'opkræve betaling for leverede ydelser',
  'dokumentere gennemførte kurser',
  'forbedre kvaliteten af undervisningen',
  'sikre bygninger og inventar mod tyveri',
  'planlægge kompetenceudvikling for medarbejderne',
  'overholde bogføringslovens krav',
  'følge op på sygefravær efter sygedagpengeloven',
] as const;

export const subjectNames = [
  'Kunder',
  'Kursister',
  'Medarbejdere',
  'Ansøgere',
  'Nyhedsbrevsabonnenter',
  'Besøgende på hjemmesiden',
  'Leverandørers kontaktpersoner',
  'Tidligere medarbejdere',
  'Pårørende',
  'Undervisere',
  'Børn under 15 år',
  'Whistleblowere',
] as const;

export const subjectKindsByName = [
  'customer',
  'course_participant',
  'employee',
  'applicant',
  'newsletter_subscriber',
  'website_visitor',
  'supplier_contact',
  'employee',
  'other',
  'other',
  'child',
  'other',
] as const;

/** [name, sensitivity, special kind, retention class] */
export const dataCategoryRows = [
  ['Navn og kontaktoplysninger', 'ordinary', null, 'customer'],
  ['CPR-nummer', 'cpr', null, 'employee'],
  ['Helbredsoplysninger', 'special', 'health', 'employee'],
  ['Fagforeningsmæssigt tilhørsforhold', 'special', 'trade_union', 'employee'],
  ['Straffedomme og lovovertrædelser', 'criminal', null, 'applicant'],
  ['Bankoplysninger', 'ordinary', null, 'accounting'],
  ['Lønoplysninger', 'ordinary', null, 'employee'],
  ['Ansættelseskontrakt', 'ordinary', null, 'employee'],
  ['Ansøgning og CV', 'ordinary', null, 'applicant'],
  ['Kursushistorik', 'ordinary', null, 'course_participant'],
  ['Eksamensresultater', 'ordinary', null, 'course_participant'],
  ['Fakturaer og betalinger', 'ordinary', null, 'accounting'],
  ['Videooptagelser', 'ordinary', null, 'cctv'],
  ['IP-adresse og cookie-id', 'ordinary', null, 'website_usage'],
  ['Markedsføringssamtykker', 'ordinary', null, 'marketing'],
  ['Fravær og ferie', 'ordinary', null, 'employee'],
  ['Pårørendes kontaktoplysninger', 'ordinary', null, 'employee'],
  ['Billeder af medarbejdere', 'ordinary', null, 'employee'],
  ['Kørselsregistreringer', 'ordinary', null, 'employee'],
  ['Henvendelser og korrespondance', 'ordinary', null, 'customer'],
  ['Tilfredshedsbesvarelser', 'ordinary', null, 'other'],
  ['Adgangskortets logning', 'ordinary', null, 'other'],
  ['Religiøs overbevisning', 'special', 'religious', 'other'],
  ['Biometriske data til adgang', 'special', 'biometric', 'other'],
] as const;

export const securityMeasureRows = [
  ['Kryptering i hvile', 'technical'],
  ['Kryptering under transport', 'technical'],
  ['Tofaktorgodkendelse', 'technical'],
  ['Rollebaseret adgangsstyring', 'technical'],
  ['Logning og overvågning', 'technical'],
  ['Daglig sikkerhedskopi', 'technical'],
  ['Sårbarhedsscanning', 'technical'],
  ['Awareness-træning', 'organisational'],
  ['Fortrolighedserklæringer', 'organisational'],
  ['Beredskabsplan for brud', 'organisational'],
  ['Kvartalsvis adgangsgennemgang', 'organisational'],
  ['Leverandørtilsyn', 'organisational'],
] as const;

export const systemNames = [
  'Lønsystemet',
  'HR-portalen',
  'Kursusplatformen',
  'CRM-systemet',
  'Økonomisystemet',
  'Nyhedsbrevsværktøjet',
  'Rekrutteringsportalen',
  'Sagsbehandlingssystemet',
  'Adgangskontrolsystemet',
  'Videoovervågningsanlægget',
  'E-læringsplatformen',
  'Intranettet',
  'Dokumenthåndteringssystemet',
  'Supportsystemet',
  'Webanalyseværktøjet',
] as const;

export const channels = [
  'tilmeldingsformularen på hjemmesiden',
  'e-mail',
  'telefon',
  'den personlige samtale',
  'selvbetjeningsportalen',
  'papirblanketter',
] as const;

export const channelVerbs = [
  'tilmelder dig et kursus',
  'søger job hos os',
  'abonnerer på vores nyhedsbrev',
  'kontakter vores kundeservice',
  'besøger vores hjemmeside',
  'er ansat hos os',
] as const;

export const sources = [
  'tidligere arbejdsgivere med den registreredes samtykke',
  'offentlige myndigheder som SKAT',
  'kundens egen virksomhed',
  'samarbejdspartnere, der henviser kursister',
  'pensionsselskabet',
] as const;

export const events = [
  'ansættelsesforholdet er ophørt',
  'kurset er afsluttet',
  'kundeforholdet er ophørt',
  'rekrutteringsforløbet er afsluttet',
  'abonnementet er opsagt',
  'sagen er lukket',
] as const;

export const locations = ['Danmark', 'Tyskland', 'Irland', 'Sverige', 'Nederlandene', 'EU'] as const;

/** Vendor names: a stem and a company form; 200 recipients are made from these. */
export const vendorStems = [
  'Nordisk Hosting',
  'Dansk Lønservice',
  'Kursusportalen',
  'Skyline Data',
  'Fjord IT',
  'Baltic Cloud',
  'Mailstrøm',
  'Analytica',
  'Vestjysk Revision',
  'Sikker Arkiv',
  'HR-Partner',
  'Øresund Support',
  'Atlantic Payments',
  'Pacific CRM',
  'Indus Software',
  'Alpine Backup',
  'Thames Consulting',
  'Fuji Translate',
  'Læringshuset',
  'Ålborg Print',
] as const;

export const companyForms = ['ApS', 'A/S', 'Inc.', 'Ltd', 'GmbH', 'AB', 'B.V.', 'LLC', 'K/S', 'Pvt. Ltd'] as const;
