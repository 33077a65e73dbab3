import type {
  ActivityStatus,
  Art6Basis,
  Art9Condition,
  Art10Ground,
  CprGround,
  DataSensitivity,
  DpiaStatus,
  Language,
  RecipientRole,
  SecurityMeasureKind,
  Severity,
  SpecialKind,
  TransferMechanism,
} from '../../../shared/vocab';

/**
 * Report labels for the register's closed vocabularies, in Danish and English.
 * Legal-basis wording follows legal-knowledge.md §B4/§B5/§B6/§B10 (short labels, official citation style:
 * Danish "art. 6, stk. 1, litra a", English "Art 6(1)(a)").
 */
type Pair = { da: string; en: string };
type LabelTable<K extends string> = Record<K, Pair>;

const art6: LabelTable<Art6Basis> = {
  a: { da: 'samtykke', en: 'consent' },
  b: { da: 'kontrakt', en: 'contract' },
  c: { da: 'retlig forpligtelse', en: 'legal obligation' },
  d: { da: 'vitale interesser', en: 'vital interests' },
  e: { da: 'opgave i samfundets interesse / offentlig myndighedsudøvelse', en: 'public task' },
  f: { da: 'legitim interesse (interesseafvejning)', en: 'legitimate interests' },
};

const art9: LabelTable<Art9Condition> = {
  a: { da: 'udtrykkeligt samtykke', en: 'explicit consent' },
  b: { da: 'arbejds-, sundheds- og socialretlige forpligtelser', en: 'employment, social security and social protection law' },
  c: { da: 'vitale interesser (ude af stand til at give samtykke)', en: 'vital interests where the data subject cannot consent' },
  d: { da: 'stiftelse/sammenslutning uden gevinst for øje', en: 'not-for-profit body, members only' },
  e: { da: 'tydeligt offentliggjort af den registrerede', en: 'data manifestly made public by the data subject' },
  f: { da: 'retskrav', en: 'legal claims' },
  g: { da: 'væsentlige samfundsinteresser', en: 'substantial public interest' },
  h: {
    da: 'forebyggende medicin, arbejdsmedicin, sundheds-/socialomsorg',
    en: 'preventive or occupational medicine, health or social care',
  },
  i: { da: 'folkesundhed', en: 'public health' },
  j: { da: 'arkiv, forskning, statistik', en: 'archiving, research, statistics' },
};

const art10: LabelTable<Art10Ground> = {
  dbl8_1: { da: 'databeskyttelseslovens § 8, stk. 1 (offentlig myndighed)', en: 'Danish Data Protection Act s. 8(1) (public authority)' },
  dbl8_2: {
    da: 'databeskyttelseslovens § 8, stk. 2 (offentlig myndigheds videregivelse)',
    en: 'Danish Data Protection Act s. 8(2) (disclosure by a public authority)',
  },
  dbl8_3_consent: {
    da: 'databeskyttelseslovens § 8, stk. 3 (udtrykkeligt samtykke)',
    en: 'Danish Data Protection Act s. 8(3) (explicit consent)',
  },
  dbl8_3_interest: {
    da: 'databeskyttelseslovens § 8, stk. 3 (berettiget interesse, der klart overstiger den registreredes)',
    en: 'Danish Data Protection Act s. 8(3) (legitimate interest clearly overriding)',
  },
  dbl12_2: { da: 'databeskyttelseslovens § 12, stk. 2 (ansættelsesforhold)', en: 'Danish Data Protection Act s. 12(2) (employment)' },
  official_authority: { da: 'art. 10 (under kontrol af offentlig myndighed)', en: 'Art 10 (under the control of official authority)' },
};

const cpr: LabelTable<CprGround> = {
  dbl11_1: {
    da: 'databeskyttelseslovens § 11, stk. 1 (offentlig myndighed)',
    en: 'Danish Data Protection Act s. 11(1) (public authority)',
  },
  dbl11_2_1: {
    da: 'databeskyttelseslovens § 11, stk. 2, nr. 1 (følger af lovgivningen)',
    en: 'Danish Data Protection Act s. 11(2)(1) (required by law)',
  },
  dbl11_2_2: { da: 'databeskyttelseslovens § 11, stk. 2, nr. 2 (samtykke)', en: 'Danish Data Protection Act s. 11(2)(2) (consent)' },
  dbl11_2_3: {
    da: 'databeskyttelseslovens § 11, stk. 2, nr. 3 (forskning/statistik eller naturligt led i driften)',
    en: 'Danish Data Protection Act s. 11(2)(3) (research/statistics or normal course of business)',
  },
  dbl11_2_4: {
    da: 'databeskyttelseslovens § 11, stk. 2, nr. 4 (betingelserne i § 7)',
    en: 'Danish Data Protection Act s. 11(2)(4) (conditions of s. 7 met)',
  },
};

const mechanisms: LabelTable<TransferMechanism> = {
  not_a_transfer: { da: 'Ikke en overførsel', en: 'Not a transfer' },
  none: { da: 'Intet overførselsgrundlag', en: 'No transfer mechanism' },
  adequacy: { da: 'Tilstrækkelighedsafgørelse (art. 45)', en: 'Adequacy decision (Art 45)' },
  eu_us_dpf: {
    da: 'EU-US Data Privacy Framework (afgørelse (EU) 2023/1795)',
    en: 'EU-US Data Privacy Framework (Decision (EU) 2023/1795)',
  },
  scc_2021: {
    da: 'Standardkontraktbestemmelser 2021 (afgørelse (EU) 2021/914)',
    en: 'Standard contractual clauses 2021 (Decision (EU) 2021/914)',
  },
  scc_2001_497: { da: 'Standardkontraktbestemmelser (beslutning 2001/497/EF)', en: 'Standard contractual clauses (Decision 2001/497/EC)' },
  scc_2002_16: { da: 'Standardkontraktbestemmelser (beslutning 2002/16/EF)', en: 'Standard contractual clauses (Decision 2002/16/EC)' },
  scc_2004_915: { da: 'Standardkontraktbestemmelser (beslutning 2004/915/EF)', en: 'Standard contractual clauses (Decision 2004/915/EC)' },
  scc_2010_87: { da: 'Standardkontraktbestemmelser (afgørelse 2010/87/EU)', en: 'Standard contractual clauses (Decision 2010/87/EU)' },
  bcr: { da: 'Bindende virksomhedsregler (art. 47)', en: 'Binding corporate rules (Art 47)' },
  art49_1a: { da: 'Art. 49, stk. 1, litra a (udtrykkeligt samtykke)', en: 'Art 49(1)(a) (explicit consent)' },
  art49_1b: { da: 'Art. 49, stk. 1, litra b (kontrakt med den registrerede)', en: 'Art 49(1)(b) (contract with the data subject)' },
  art49_1c: {
    da: 'Art. 49, stk. 1, litra c (kontrakt i den registreredes interesse)',
    en: "Art 49(1)(c) (contract in the data subject's interest)",
  },
  art49_1d: { da: 'Art. 49, stk. 1, litra d (vigtige samfundsinteresser)', en: 'Art 49(1)(d) (important reasons of public interest)' },
  art49_1e: { da: 'Art. 49, stk. 1, litra e (retskrav)', en: 'Art 49(1)(e) (legal claims)' },
  art49_1f: { da: 'Art. 49, stk. 1, litra f (vitale interesser)', en: 'Art 49(1)(f) (vital interests)' },
  art49_1g: { da: 'Art. 49, stk. 1, litra g (offentligt register)', en: 'Art 49(1)(g) (public register)' },
  art49_2nd: {
    da: 'Art. 49, stk. 1, andet afsnit (tvingende legitime interesser)',
    en: 'Art 49(1), second subparagraph (compelling legitimate interests)',
  },
  privacy_shield: { da: 'EU-US Privacy Shield (afgørelse (EU) 2016/1250)', en: 'EU-US Privacy Shield (Decision (EU) 2016/1250)' },
  safe_harbor: { da: 'Safe Harbor (beslutning 2000/520/EF)', en: 'Safe Harbor (Decision 2000/520/EC)' },
  swiss_us_dpf: { da: 'Swiss-US Data Privacy Framework', en: 'Swiss-US Data Privacy Framework' },
  uk_us_data_bridge: { da: 'UK-US data bridge (UK-udvidelse af DPF)', en: 'UK-US data bridge (UK Extension to the DPF)' },
  uk_idta: { da: 'UK International Data Transfer Agreement (IDTA)', en: 'UK International Data Transfer Agreement (IDTA)' },
  uk_addendum: { da: 'UK Addendum til EU-standardkontraktbestemmelserne', en: 'UK Addendum to the EU standard contractual clauses' },
};

const roles: LabelTable<RecipientRole> = {
  processor: { da: 'Databehandler', en: 'Processor' },
  sub_processor: { da: 'Underdatabehandler', en: 'Sub-processor' },
  joint_controller: { da: 'Fælles dataansvarlig', en: 'Joint controller' },
  independent_controller: { da: 'Selvstændig dataansvarlig', en: 'Independent controller' },
  public_authority: { da: 'Offentlig myndighed', en: 'Public authority' },
  internal: { da: 'Intern modtager', en: 'Internal recipient' },
};

const statuses: LabelTable<ActivityStatus> = {
  planned: { da: 'Planlagt', en: 'Planned' },
  active: { da: 'Aktiv', en: 'Active' },
  ended: { da: 'Ophørt', en: 'Ended' },
};

const sensitivities: LabelTable<DataSensitivity> = {
  ordinary: { da: 'Almindelige personoplysninger', en: 'Ordinary personal data' },
  special: { da: 'Særlig kategori (art. 9)', en: 'Special category (Art 9)' },
  criminal: { da: 'Strafbare forhold (art. 10)', en: 'Criminal offences (Art 10)' },
  cpr: { da: 'CPR-nummer (databeskyttelseslovens § 11)', en: 'CPR number (Danish Data Protection Act s. 11)' },
};

const specialKinds: LabelTable<SpecialKind> = {
  racial_ethnic: { da: 'race eller etnisk oprindelse', en: 'racial or ethnic origin' },
  political: { da: 'politisk overbevisning', en: 'political opinions' },
  religious: { da: 'religiøs eller filosofisk overbevisning', en: 'religious or philosophical beliefs' },
  trade_union: { da: 'fagforeningsmæssigt tilhørsforhold', en: 'trade-union membership' },
  genetic: { da: 'genetiske data', en: 'genetic data' },
  biometric: { da: 'biometriske data', en: 'biometric data' },
  health: { da: 'helbredsoplysninger', en: 'health' },
  sex_life: { da: 'seksuelle forhold eller orientering', en: 'sex life or sexual orientation' },
};

const dpia: LabelTable<DpiaStatus> = {
  not_assessed: { da: 'Ikke vurderet', en: 'Not assessed' },
  not_required: { da: 'Ikke påkrævet', en: 'Not required' },
  required: { da: 'Påkrævet, ikke påbegyndt', en: 'Required, not started' },
  in_progress: { da: 'Under udarbejdelse', en: 'In progress' },
  completed: { da: 'Gennemført', en: 'Completed' },
};

const measureKinds: LabelTable<SecurityMeasureKind> = {
  technical: { da: 'Tekniske foranstaltninger', en: 'Technical measures' },
  organisational: { da: 'Organisatoriske foranstaltninger', en: 'Organisational measures' },
};

const severityLabels: LabelTable<Severity> = {
  CRITICAL: { da: 'Kritisk', en: 'Critical' },
  HIGH: { da: 'Høj', en: 'High' },
  MEDIUM: { da: 'Middel', en: 'Medium' },
  INFO: { da: 'Info', en: 'Info' },
};

/** Vocabulary labels in one language. */
export interface VocabLabels {
  art6(basis: Art6Basis): string;
  art9(condition: Art9Condition): string;
  art10(ground: Art10Ground): string;
  cpr(ground: CprGround): string;
  mechanism(m: TransferMechanism): string;
  role(r: RecipientRole): string;
  status(s: ActivityStatus): string;
  sensitivity(s: DataSensitivity): string;
  specialKind(k: SpecialKind): string;
  dpia(s: DpiaStatus): string;
  measureKind(k: SecurityMeasureKind): string;
  severity(s: Severity): string;
}

export function vocabLabels(lang: Language): VocabLabels {
  const cite6 = (b: string) => (lang === 'da' ? `Art. 6, stk. 1, litra ${b}` : `Art 6(1)(${b})`);
  const cite9 = (c: string) => (lang === 'da' ? `Art. 9, stk. 2, litra ${c}` : `Art 9(2)(${c})`);
  return {
    art6: (b) => `${cite6(b)} – ${art6[b][lang]}`,
    art9: (c) => `${cite9(c)} – ${art9[c][lang]}`,
    art10: (g) => capitalise(art10[g][lang]),
    cpr: (g) => capitalise(cpr[g][lang]),
    mechanism: (m) => mechanisms[m][lang],
    role: (r) => roles[r][lang],
    status: (s) => statuses[s][lang],
    sensitivity: (s) => sensitivities[s][lang],
    specialKind: (k) => specialKinds[k][lang],
    dpia: (s) => dpia[s][lang],
    measureKind: (k) => measureKinds[k][lang],
    severity: (s) => severityLabels[s][lang],
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
