import type { Language, Severity } from '../../../shared/vocab';

/** A compliance finding as printed in the optional findings annex. */
export interface ReportFinding {
  ruleId: string;
  severity: Severity;
  entityName: string;
  message: string;
  status: 'open' | 'acknowledged';
  justification?: string;
}

export interface Article30PdfOptions {
  /** Art 30(1) controller record or Art 30(2) processor record. */
  record: 'controller' | 'processor';
  lang: Language;
  /** The date printed as "generated on", YYYY-MM-DD (passed in so reports are reproducible). */
  generatedOn: string;
  /** Version of the legal knowledge base the findings were computed with. */
  kb?: { version: string; asOf: string };
  findings?: ReportFinding[];
  /**
   * Which annexes to print. Defaults: processors and transfers for the controller record, none of
   * them for the processor record; findings whenever `findings` is given.
   */
  annexes?: { processors?: boolean; transfers?: boolean; findings?: boolean };
  /** Folder holding NotoSans-Regular.ttf and NotoSans-Bold.ttf (default: resources/fonts of the repo). */
  fontsDir?: string;
  /** Called as the layout advances: `done` of `total` work units (cover, each section, contents). */
  onProgress?: (done: number, total: number) => void;
}

export interface Article30PdfResult {
  pages: number;
  registerHash: string;
}
