import { type Message, message } from '../../../shared/i18n/message';
import type { ActivityStatus, DpiaStatus } from '../../../shared/vocab';
import { type ImportError, importProblem, type PurposeImport } from './activity-import';
import { nameCandidates, parseRetention, parseYesNo, type RetentionItem, splitBullets, splitLines } from './cell-text';
import { col, columnLetter, ICO_HEADINGS, ROPA_HEADINGS } from './ico-layout';
import { art10FromLabel, cprFromLabel, isError, parseArt6, parseArt9, parseDpiaStatus, parseStatus } from './vocab-parse';

/** One data row of the ICO sheet, read and checked on its own (grouping into activities comes after). */
export interface IcoRow {
  row: number;
  cells: string[];
  name: string;
  reference: string | null;
  status: ActivityStatus;
  dpiaStatus: DpiaStatus;
  automatedDecisionMaking: boolean;
  securityDescription: string | null;
  retentionSummary: string | null;
  /** Lines of col C with "(contact)" stripped where that names a catalogue recipient. */
  jointControllers: string[][];
  individuals: string[];
  personalData: string[];
  recipients: string[][];
  retention: RetentionItem[];
  measures: string[];
  purpose: PurposeImport | null;
}

const MAX_NAME = 500;
const MAX_PURPOSE = 5000;

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** Reads a row; problems are appended to `errors` with sheet, row and column. */
export function readIcoRow(sheet: string, row: number, cells: string[], hasRopaColumns: boolean, errors: ImportError[]): IcoRow {
  const fail = (c: number, problem: Message) =>
    errors.push(
      importProblem(
        sheet,
        row,
        columnLetter(c),
        message('xlsx.inColumn', { heading: ICO_HEADINGS[c] ?? ROPA_HEADINGS[c - ICO_HEADINGS.length], problem }),
      ),
    );
  const value = <T>(c: number, parsed: T | null | { error: Message }, fallback: T): T => {
    if (isError(parsed)) {
      fail(c, parsed.error);
      return fallback;
    }
    return parsed ?? fallback;
  };

  const purposeText = cells[col.purpose];
  const ropaName = hasRopaColumns ? cells[col.activityName] : '';
  const name = ropaName || purposeText.slice(0, MAX_NAME) || cells[col.businessFunction].slice(0, MAX_NAME);
  if (name === '') fail(col.purpose, message('xlsx.noPurpose'));
  if (name.length > MAX_NAME) fail(col.activityName, message('xlsx.nameTooLong', { max: MAX_NAME }));
  if (purposeText.length > MAX_PURPOSE) fail(col.purpose, message('validation.maxLength', { max: MAX_PURPOSE }));

  const art6 = value(col.art6, parseArt6(cells[col.art6]), null);
  const art6Again = value(col.art6Again, parseArt6(cells[col.art6Again]), null);
  if (art6 && art6Again && art6 !== art6Again) fail(col.art6Again, message('xlsx.art6Differs'));
  const schedule1 = splitLines(cells[col.schedule1]);
  const art10 = schedule1.map(art10FromLabel).find(Boolean) ?? null;
  const cpr = schedule1.map(cprFromLabel).find(Boolean) ?? null;
  const national = orNull(
    cells[col.schedule1]
      .split('\n')
      .filter((l) => !art10FromLabel(l) && !cprFromLabel(l))
      .join('\n'),
  );

  const personalData = splitLines(cells[col.personalData]);
  const retention = splitBullets(cells[col.retention]);
  const retentionItems: RetentionItem[] = [];
  for (const line of retention.bullets) {
    const item = parseRetention(line, personalData);
    if (isError(item)) fail(col.retention, item.error);
    else retentionItems.push(item);
  }
  const security = splitBullets(cells[col.security]);

  return {
    row,
    cells,
    name,
    reference: hasRopaColumns ? orNull(cells[col.activityReference]) : null,
    status: hasRopaColumns ? value(col.activityStatus, parseStatus(cells[col.activityStatus]), 'active') : 'active',
    dpiaStatus: value(col.dpiaProgress, parseDpiaStatus(cells[col.dpiaProgress]), 'not_assessed'),
    automatedDecisionMaking: value(col.automatedDecisions, parseYesNo(cells[col.automatedDecisions]), false),
    securityDescription: security.text,
    retentionSummary: retention.text,
    jointControllers: splitLines(cells[col.jointController]).map(nameCandidates),
    individuals: splitLines(cells[col.individuals]),
    personalData,
    recipients: splitLines(cells[col.recipients]).map((l) => [l]),
    retention: retentionItems,
    measures: security.bullets,
    purpose:
      purposeText === ''
        ? null
        : {
            description: purposeText,
            art6Basis: art6 ?? art6Again,
            art9Condition: value(col.art9, parseArt9(cells[col.art9]), null),
            art10Ground: art10,
            cprGround: cpr,
            nationalProvision: national,
            legitimateInterest: orNull(cells[col.legitimateInterest]),
            legitimateInterestAssessmentRef: orNull(cells[col.liaLink]),
            consentRecordRef: orNull(cells[col.consentLink]),
          },
  };
}
