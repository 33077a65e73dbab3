/**
 * The ICO controller documentation template (gdpr-documentation-controller-template.xlsx): sheet
 * `Template`, contact block in rows 1–6, the 30 headings in row 9 (verbatim, article30.md §1.3),
 * one row per purpose of processing from row 10. Three ROPA Desk columns follow the 30 so a sheet can
 * be read back into the right activities; a genuine ICO file without them imports too.
 */

export const ICO_SHEET = 'Template';
export const ICO_HEADING_ROW = 9;
export const ICO_FIRST_DATA_ROW = 10;

export const ICO_HEADINGS = [
  'Business function',
  'Purpose of processing',
  'Name and contact details of joint controller (if applicable)',
  'Categories of individuals',
  'Categories of personal data',
  'Categories of recipients',
  'Link to contract with processor',
  'Names of third countries or international organisations that personal data are transferred to (if applicable)',
  'Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)',
  'Retention schedule (if possible)',
  'General description of technical and organisational security measures (if possible)',
  'Article 6 lawful basis for processing personal data',
  'Article 9 condition for processing special category data',
  'Legitimate interests for the processing (if applicable)',
  'Link to record of legitimate interests assessment (if applicable)',
  'Rights available to individuals',
  'Existence of automated decision-making, including profiling (if applicable)',
  'The source of the personal data (if applicable)',
  'Link to record of consent',
  'Location of personal data',
  'Data Protection Impact Assessment required?',
  'Data Protection Impact Assessment progress',
  'Link to Data Protection Impact Assessment',
  'Has a personal data breach occurred?',
  'Link to record of personal data breach',
  'Data Protection Act 2018 Schedule 1 Condition for processing',
  'GDPR Article 6 lawful basis for processing',
  'Link to retention and erasure policy document',
  'Is personal data retained and erased in accordance with the policy document?',
  'Reasons for not adhering to policy document (if applicable)',
] as const;

/** ROPA Desk additions after column AD: which activity a row belongs to. */
export const ROPA_HEADINGS = ['Activity name (ROPA Desk)', 'Activity reference (ROPA Desk)', 'Activity status (ROPA Desk)'] as const;

/** Zero-based positions of the columns the importer and exporter use by meaning. */
export const col = {
  businessFunction: 0,
  purpose: 1,
  jointController: 2,
  individuals: 3,
  personalData: 4,
  recipients: 5,
  processorContract: 6,
  thirdCountries: 7,
  safeguards: 8,
  retention: 9,
  security: 10,
  art6: 11,
  art9: 12,
  legitimateInterest: 13,
  liaLink: 14,
  rights: 15,
  automatedDecisions: 16,
  source: 17,
  consentLink: 18,
  location: 19,
  dpiaRequired: 20,
  dpiaProgress: 21,
  dpiaLink: 22,
  breach: 23,
  breachLink: 24,
  schedule1: 25,
  art6Again: 26,
  retentionPolicy: 27,
  retainedPerPolicy: 28,
  policyReasons: 29,
  activityName: 30,
  activityReference: 31,
  activityStatus: 32,
} as const;

/** Columns whose content follows from other data (processor agreements, transfers): export only. */
export const DERIVED_COLUMNS: readonly number[] = [col.processorContract, col.thirdCountries, col.safeguards, col.dpiaRequired];

/** Columns that name what Art 30(1) requires (green in the ICO template); the others are optional (blue). */
export const ART30_COLUMNS: readonly number[] = [
  col.purpose,
  col.jointController,
  col.individuals,
  col.personalData,
  col.recipients,
  col.thirdCountries,
  col.safeguards,
  col.retention,
  col.security,
];

/** Spreadsheet column letter of a zero-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
