import type { Language } from '../../../shared/vocab';
import { da } from './labels-da';
import { en } from './labels-en';

/**
 * The words of the Article 30 report. Item headings use the official wording of GDPR Art 30
 * (Danish text per article30.md §1.1 and legal-knowledge.md §B7; the Danish 30(2)(c)–(d) wording is
 * marked unverified there and mirrors 30(1)(e) and (g)).
 */
export interface ReportLabels {
  lang: Language;
  notRecorded: string;
  noneRecorded: string;
  yes: string;
  no: string;
  controllerTitle: string;
  controllerSubtitle: string;
  controllerChapeau: string;
  processorTitle: string;
  processorSubtitle: string;
  processorChapeau: string;
  /** Art 30(1)(a)–(g), official wording. */
  controllerItems: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g', string>;
  /** Art 30(2)(a)–(d), official wording. */
  processorItems: Record<'a' | 'b' | 'c' | 'd', string>;
  contents: string;
  activitiesPart: string;
  processingPart: string;
  annexesPart: string;
  /** "Side 3 af" / "Page 3 of": the total follows, written when the document is finished. */
  pageOf: (x: number) => string;
  generatedOn: string;
  registerVersion: string;
  knowledgeBase: string;
  knowledgeBaseAsOf: (version: string, asOf: string) => string;
  activityCount: string;
  processingCount: string;
  aboutDocument: string;
  controller: string;
  processor: string;
  jointController: string;
  representative: string;
  processorRepresentative: string;
  dpo: string;
  noDpoAppointed: string;
  name: string;
  registrationNumber: string;
  address: string;
  email: string;
  phone: string;
  website: string;
  contactOnCover: string;
  status: string;
  owner: string;
  businessFunction: string;
  lastReviewed: string;
  nextReview: string;
  description: string;
  purpose: string;
  legalBasis: string;
  legalBasisNote: string;
  nationalProvision: string;
  legitimateInterest: string;
  liaRef: string;
  consentRef: string;
  subjectCategories: string;
  dataCategory: string;
  dataType: string;
  recipient: string;
  role: string;
  country: string;
  thirdCountry: string;
  disclosurePurpose: string;
  linkageTitle: string;
  linkageData: string;
  linkageSubject: string;
  linkageRecipient: string;
  noRecipient: string;
  noTransfers: string;
  transferRecipient: string;
  mechanism: string;
  period: string;
  safeguards: string;
  onwardVia: (exporter: string) => string;
  sccModule: (module: number) => string;
  retentionPeriod: string;
  retentionNote: string;
  retentionSummary: string;
  months: (n: number) => string;
  securityDescription: string;
  otherInfo: string;
  otherInfoNote: string;
  systems: string;
  dataSources: string;
  dpia: string;
  automatedDecisions: string;
  dataLocation: string;
  categoriesOfProcessing: string;
  controllerContact: string;
  controllerRepresentative: string;
  controllerDpo: string;
  processorDpo: string;
  noProcessorActivities: string;
  notActingAsProcessor: string;
  annexProcessors: string;
  annexTransfers: string;
  annexFindings: string;
  annexRef: (letter: string) => string;
  dpaTitle: string;
  dpaSigned: string;
  dpaEnds: string;
  art28Column: string;
  art28Coverage: (covered: number, total: number) => string;
  lastSupervision: string;
  noDpa: string;
  subProcessorOf: (parent: string) => string;
  activity: string;
  activityShort: string;
  tia: string;
  severity: string;
  rule: string;
  concerns: string;
  finding: string;
  findingStatus: string;
  findingOpen: string;
  findingAcknowledged: (justification: string | null) => string;
  noFindings: string;
  noProcessors: string;
  ongoing: string;
  runningHeaderAnnex: string;
}

export function reportLabels(lang: Language): ReportLabels {
  return lang === 'da' ? da : en;
}
