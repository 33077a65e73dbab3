import type { TFunction } from 'i18next';
import { type Catalogue, catalogue } from '../../../shared/i18n/catalogue';
import { translator } from '../../../shared/i18n/translate';
import type { Language } from '../../../shared/vocab';

/** Report words that take values: written in the catalogue with {{placeholders}}, called as functions here. */
type WordsWithValues =
  | 'pageOf'
  | 'knowledgeBaseAsOf'
  | 'onwardVia'
  | 'sccModule'
  | 'months_one'
  | 'months_other'
  | 'annexRef'
  | 'art28Coverage'
  | 'subProcessorOf'
  | 'findingAcknowledged'
  | 'findingAcknowledgedBecause';

/**
 * The words of the Article 30 report, from the catalogue (electron/shared/i18n/<lang>/report.json).
 * Item headings use the official wording of GDPR Art 30 (Danish text per article30.md §1.1 and
 * legal-knowledge.md §B7; the Danish 30(2)(c)–(d) wording is marked unverified there and mirrors
 * 30(1)(e) and (g)). Fixed words are plain strings; words with values are functions.
 */
export type ReportLabels = Omit<Catalogue['report'], WordsWithValues> & {
  lang: Language;
  /** "Side 3 af" / "Page 3 of": the total follows, written when the document is finished. */
  pageOf: (x: number) => string;
  knowledgeBaseAsOf: (version: string, asOf: string) => string;
  onwardVia: (exporter: string) => string;
  sccModule: (module: number) => string;
  months: (n: number) => string;
  annexRef: (letter: string) => string;
  art28Coverage: (covered: number, total: number) => string;
  subProcessorOf: (parent: string) => string;
  findingAcknowledged: (justification: string | null) => string;
};

/**
 * A word with one value, asked once of i18next with a marker and then filled in by concatenation:
 * the report asks "Side X af" for every one of 45,000 pages, where an i18next call per page showed
 * in the profile.
 */
function pageOfWords(t: TFunction): (x: number) => string {
  const MARK = '\u0000';
  const [before, after] = t('report.pageOf', { x: MARK }).split(MARK);
  return after === undefined ? (x) => t('report.pageOf', { x }) : (x) => `${before}${x}${after}`;
}

/** A word with one value from a small set (months, SCC modules), remembered per value. */
function remembered<T>(word: (value: T) => string): (value: T) => string {
  const seen = new Map<T, string>();
  return (value) => {
    let text = seen.get(value);
    if (text === undefined) {
      text = word(value);
      seen.set(value, text);
    }
    return text;
  };
}

function build(lang: Language, t: TFunction): ReportLabels {
  return {
    ...catalogue[lang].translation.report,
    lang,
    pageOf: pageOfWords(t),
    knowledgeBaseAsOf: (version, asOf) => t('report.knowledgeBaseAsOf', { version, asOf }),
    onwardVia: (exporter) => t('report.onwardVia', { exporter }),
    sccModule: remembered((module: number) => t('report.sccModule', { module })),
    months: remembered((count: number) => t('report.months', { count })),
    annexRef: (letter) => t('report.annexRef', { letter }),
    art28Coverage: (covered, total) => t('report.art28Coverage', { covered, total }),
    subProcessorOf: (parent) => t('report.subProcessorOf', { parent }),
    findingAcknowledged: (justification) =>
      justification ? t('report.findingAcknowledgedBecause', { justification }) : t('report.findingAcknowledged'),
  };
}

const labels = new Map<Language, ReportLabels>();

export function reportLabels(lang: Language): ReportLabels {
  let l = labels.get(lang);
  if (!l) {
    l = build(lang, translator(lang));
    labels.set(lang, l);
  }
  return l;
}
