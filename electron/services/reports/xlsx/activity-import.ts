import { detail } from '../../../shared/errors';
import type { Message, MessageParams } from '../../../shared/i18n/message';
import type { ActivityStatus, Art6Basis, Art9Condition, Art10Ground, CprGround, DpiaStatus, RecipientRole } from '../../../shared/vocab';

/** What an imported spreadsheet row says about an activity, before it touches the register. */

/**
 * A catalogue entry named in a cell: `id` is the matching entry of the register's catalogue, or null
 * when no entry has that name and one is to be created.
 */
export interface CatalogueRef {
  id: string | null;
  name: string;
}

export interface PurposeImport {
  description: string;
  art6Basis: Art6Basis | null;
  art9Condition: Art9Condition | null;
  art10Ground: Art10Ground | null;
  cprGround: CprGround | null;
  nationalProvision: string | null;
  legitimateInterest: string | null;
  legitimateInterestAssessmentRef: string | null;
  consentRecordRef: string | null;
}

/**
 * What one layout says about an activity. A field a layout does not hold is left out (undefined), and
 * the activity it updates keeps its value; null means the sheet holds the field and it is empty.
 */
export interface ActivityImport {
  /** Spreadsheet rows (1-based) the activity was read from. */
  rows: number[];
  name: string;
  reference: string | null;
  status: ActivityStatus;
  businessFunction?: string | null;
  owner?: string | null;
  dataSources?: string | null;
  dataLocation?: string | null;
  securityDescription: string | null;
  retentionSummary: string | null;
  dpiaStatus?: DpiaStatus;
  dpiaReference?: string | null;
  automatedDecisionMaking?: boolean;
  lastReviewedOn?: string | null;
  jointControllerArrangement?: string | null;
  /** Datatilsynet's linkage, by the names of the data category, the data subjects and the recipient (null: not disclosed). */
  dataLinks?: { category: CatalogueRef; subject: CatalogueRef; recipient: CatalogueRef | null }[];
  purposes: PurposeImport[];
  dataSubjects: CatalogueRef[];
  dataCategories: { category: CatalogueRef; retentionMonths: number | null; retentionText: string | null }[];
  recipients: { recipient: CatalogueRef; role: RecipientRole }[];
  securityMeasures: CatalogueRef[];
}

export interface ImportError {
  sheet: string;
  /** 1-based spreadsheet row; 0 when the error concerns the file or sheet as a whole. */
  row: number;
  /** Column letter ("L"); empty when the error concerns a whole row or sheet. */
  column: string;
  /** The problem as a catalogue message (rendered in the user's language) and in English. */
  key: string;
  params?: MessageParams;
  message: string;
}

/** A problem at a place in the workbook. */
export function importProblem(sheet: string, row: number, column: string, what: Message): ImportError {
  const { path: _path, ...rest } = detail('', what);
  return { sheet, row, column, ...rest };
}

export type IcoImportResult = { ok: true; activities: ActivityImport[] } | { ok: false; errors: ImportError[] };
