/**
 * Danish prose for the realistic register: sentence templates per kind of field, filled from slots
 * that differ per activity, so the texts read like a DPO's register and give search a real
 * vocabulary (æ, ø, å included). Pure data and one function; no I/O.
 */

export type Slots = Record<string, string>;
export type Random = () => number;

export const sentences = {
  description: [
    'Afdelingen {dept} behandler oplysninger om {subjects} for at kunne {goal}.',
    'Behandlingen omfatter indsamling, registrering, opbevaring, søgning og sletning af oplysninger i {system}.',
    'Oplysningerne modtages primært direkte fra den registrerede via {channel}, men kan også stamme fra {source}.',
    'Der træffes ingen automatiske afgørelser, og der foretages ingen profilering på baggrund af oplysningerne.',
    'Adgangen til oplysningerne er begrænset til medarbejdere i {dept}, som har et arbejdsbetinget behov.',
    'Behandlingen er en fast del af den daglige drift og gennemgås årligt af {owner}.',
    'Ved væsentlige ændringer i processen orienteres databeskyttelsesrådgiveren, før ændringen træder i kraft.',
    'Oplysningerne bruges ikke til andre formål end dem, der er beskrevet i denne fortegnelse.',
    'Hvor det er muligt, anvendes pseudonymiserede eller aggregerede data i stedet for direkte identificerbare oplysninger.',
    'Den registrerede oplyses om behandlingen ved indsamlingen, jf. databeskyttelsesforordningens artikel 13.',
    'Behandlingen understøtter {goal} og er nødvendig, for at {org} kan opfylde sine forpligtelser over for {subjects}.',
    'Særlige kategorier af personoplysninger behandles kun, når det er strengt nødvendigt, og altid med skærpet adgangskontrol.',
    'Processen er beskrevet i en intern arbejdsgang, som {owner} vedligeholder og opdaterer ved hver ændring.',
    'Oplysninger om børn under 15 år behandles kun med forældremyndighedsindehaverens samtykke.',
    'Data udveksles med {system} gennem en krypteret integration, som overvåges døgnet rundt.',
    'Kvaliteten af oplysningerne kontrolleres ved stikprøver, og fejl rettes straks i kildesystemet.',
    'Indsigtsanmodninger besvares af {dept} inden for én måned, jf. artikel 12, stk. 3.',
  ],
  dataSources: [
    'Oplysningerne indsamles hos den registrerede selv via {channel}.',
    'Supplerende oplysninger modtages fra {source}.',
    'Enkelte oplysninger hentes fra offentlige registre som CVR og Danmarks Adresseregister.',
    'Ved overdragelse fra en anden afdeling følger oplysningerne med fra {system}.',
    'Henvisninger fra samarbejdspartnere registreres manuelt af en medarbejder i {dept}.',
  ],
  security: [
    'Alle data krypteres under transport med TLS 1.2 eller nyere og i hvile med AES-256.',
    'Adgang kræver tofaktorgodkendelse og tildeles efter princippet om mindst mulig adgang.',
    'Brugeradgange gennemgås hvert kvartal af systemejeren, og fratrådte medarbejderes adgange lukkes samme dag.',
    'Der tages daglig sikkerhedskopi, som opbevares krypteret i et separat datacenter i {location}.',
    'Adgang og ændringer logges; loggen opbevares i seks måneder og gennemgås ved mistanke om misbrug.',
    'Leverandøren af {system} er revideret efter ISAE 3402 type 2, og erklæringen gennemgås årligt.',
    'Medarbejdere gennemfører obligatorisk træning i informationssikkerhed mindst én gang om året.',
    'Fysisk adgang til serverrum er begrænset med adgangskort og videoovervågning.',
    'Sårbarhedsscanninger gennemføres månedligt, og kritiske opdateringer installeres inden for 72 timer.',
    'Der er en beredskabsplan for brud på persondatasikkerheden, som øves en gang om året.',
    'Udskrifter makuleres efter brug, og mobile enheder er krypterede og kan fjernslettes.',
  ],
  retention: [
    'Oplysningerne slettes {months} måneder efter, at {event}.',
    'Regnskabsmateriale opbevares i fem år fra udgangen af det regnskabsår, materialet vedrører, jf. bogføringsloven.',
    'Sletning sker ved et natligt job, der fjerner poster, hvis opbevaringsperiode er udløbet.',
    'Verserer der en sag, opbevares oplysningerne, indtil sagen er endeligt afsluttet.',
    'Sikkerhedskopier overskrives løbende og er slettet senest 90 dage efter sletningen i {system}.',
  ],
  legalBasis: [
    'Behandlingen sker på grundlag af databeskyttelsesforordningens artikel 6, stk. 1, litra {litra}.',
    'CPR-numre behandles efter databeskyttelseslovens § 11, stk. 2, nr. 1.',
    'Hvor behandlingen beror på samtykke, dokumenteres samtykket i {system} med tidspunkt og ordlyd.',
    'Den legitime interesse er afvejet mod de registreredes interesser i en dokumenteret interesseafvejning.',
    'Helbredsoplysninger behandles efter artikel 9, stk. 2, litra b, og databeskyttelseslovens § 12.',
  ],
  notes: [
    'Fortegnelsen er senest gennemgået af {owner} sammen med databeskyttelsesrådgiveren.',
    'En ny gennemgang er planlagt i forbindelse med udskiftningen af {system}.',
    'Spørgsmål om behandlingen rettes til {dept} eller til databeskyttelsesrådgiveren.',
    'Risikovurderingen blev opdateret efter sidste års øvelse i håndtering af sikkerhedshændelser.',
    'Afdelingen har bekræftet, at beskrivelsen svarer til den faktiske praksis.',
    'Der er ikke registreret brud på persondatasikkerheden i denne behandling det seneste år.',
  ],
  privacyNotice: [
    'Vi behandler dine personoplysninger, når du {channelVerb}.',
    'Formålet er at {goal}, og vi behandler kun de oplysninger, der er nødvendige for det.',
    'Du har ret til indsigt i de oplysninger, vi behandler om dig, og til at få urigtige oplysninger rettet.',
    'Du kan til enhver tid trække et samtykke tilbage ved at skrive til os; det påvirker ikke lovligheden af behandlingen forud for tilbagetrækningen.',
    'Du kan klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, hvis du er utilfreds med vores behandling.',
    'Vi videregiver kun dine oplysninger til leverandører, der behandler dem på vores vegne og efter vores instruks.',
    'Dine oplysninger opbevares, så længe det er nødvendigt for formålet, og slettes derefter.',
    'Har du spørgsmål, kan du kontakte vores databeskyttelsesrådgiver på {email}.',
  ],
  purpose: [
    'At {goal} for {subjects}.',
    'Administration af forholdet til {subjects}, herunder kommunikation og opfølgning.',
    'Dokumentation af, at {org} overholder sine forpligtelser efter lovgivningen.',
    'Statistik og kvalitetsudvikling på et aggregeret niveau uden direkte identifikation.',
    'Håndtering af henvendelser, klager og krav fra {subjects}.',
  ],
  interest: [
    'Virksomhedens interesse i at drive og udvikle sin forretning over for {subjects} vejer tungere end den begrænsede ulempe for de registrerede.',
    'De registrerede kan med rimelighed forvente behandlingen, fordi den følger direkte af kundeforholdet.',
    'Afvejningen er dokumenteret og gennemgås ved ændringer i behandlingen.',
  ],
  recipientPurpose: [
    'Drift og support af {system} på vegne af {org}.',
    'Levering af ydelser til {subjects} efter skriftlig instruks.',
    'Opbevaring og sikkerhedskopiering af data i {location}.',
  ],
  retentionText: ['Slettes {months} måneder efter, at {event}.', 'Opbevares i kundeforholdets løbetid og derefter i {months} måneder.'],
  joint: [
    'Fælles dataansvar med {partner} efter artikel 26; ordningen fastlægger, hvem der besvarer de registreredes henvendelser.',
    'Hovedindholdet af ordningen er gjort tilgængeligt for de registrerede på hjemmesiden.',
  ],
  safeguards: [
    'Overførslen sker til {recipient} under {mechanismText}.',
    'Der er gennemført en vurdering af overførslens virkning, og supplerende foranstaltninger er kryptering og pseudonymisering.',
    'Leverandøren har forpligtet sig til at underrette os om anmodninger fra offentlige myndigheder om adgang.',
  ],
  transferNotes: ['Overførslen gennemgås årligt af {owner}.', 'Data overføres kun i det omfang, det er nødvendigt for leverancen.'],
  recipientNotes: [
    'Leverandøren er udvalgt efter en sikkerhedsvurdering i {year}.',
    'Tilsyn gennemføres årligt på grundlag af leverandørens revisionserklæring.',
    'Kontaktperson hos leverandøren er registreret i kontraktsystemet.',
  ],
  dpaText: [
    'Databehandleren behandler alene personoplysninger efter dokumenteret instruks fra den dataansvarlige.',
    'Databehandleren sikrer, at de personer, der behandler oplysningerne, har forpligtet sig til fortrolighed.',
    'Databehandleren gennemfører alle foranstaltninger, der kræves i henhold til databeskyttelsesforordningens artikel 32.',
    'Underdatabehandlere må kun anvendes med forudgående generel skriftlig godkendelse, og den dataansvarlige underrettes om ændringer.',
    'Ved ophør sletter eller tilbageleverer databehandleren alle personoplysninger efter den dataansvarliges valg.',
    'Databehandleren stiller alle oplysninger til rådighed, der er nødvendige for at påvise overholdelse af artikel 28.',
  ],
} as const;

/** Outdated references a neglected entry still carries (REF-* rules find them). */
export const staleSentences = {
  legalBasis: 'Behandlingen sker efter persondatalovens § 6, stk. 1, nr. 5.',
  notes: 'Leverandøren er certificeret under EU-US Privacy Shield.',
  safeguards: 'Overførslen sker på EU-standardkontraktbestemmelserne fra 2010 (2010/87/EU).',
  recipientNotes: 'Leverandøren er Safe Harbor-certificeret.',
} as const;

export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? key);
}

/** Sentences of one kind, picked at random, until the text is at least `chars` long. */
export function prose(rnd: Random, kind: keyof typeof sentences, chars: number, slots: Slots): string {
  const pool = sentences[kind];
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const s = fill(pool[Math.floor(rnd() * pool.length)]!, slots);
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ');
}
