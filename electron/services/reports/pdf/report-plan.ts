import type { ProcessorActivity } from '../../../shared/schemas/entities';
import type { ReportLabels } from '../labels/report-labels';
import type { ActivityHead, ReportData } from '../model/report-data';
import type { AnnexKind } from './annexes';
import type { TocEntry } from './report-context';
import type { Article30PdfOptions } from './types';

/** One unit of the report body, in print order. `part` is set on the first unit of a TOC part. */
export type PlanStep =
  /** `position`: the activity's place in ReportData.activities (the print order). */
  | { kind: 'activity'; head: ActivityHead; position: number; entry: TocEntry; part?: TocEntry }
  | { kind: 'processing'; item: ProcessorActivity; entry: TocEntry; part?: TocEntry }
  | { kind: 'empty-part'; part: TocEntry; messages: string[] }
  | { kind: 'annex'; annex: AnnexKind; entry: TocEntry; part?: TocEntry };

export interface ReportPlan {
  toc: TocEntry[];
  steps: PlanStep[];
}

function annexesWanted(options: Article30PdfOptions): AnnexKind[] {
  const controller = options.record === 'controller';
  const wanted = {
    processors: options.annexes?.processors ?? controller,
    transfers: options.annexes?.transfers ?? controller,
    findings: options.annexes?.findings ?? options.findings !== undefined,
  };
  return (['processors', 'transfers', 'findings'] as const).filter((k) => wanted[k]);
}

/** Decides what the report contains, and so the table of contents, before any layout happens. */
export function planReport(data: ReportData, options: Article30PdfOptions, t: ReportLabels): ReportPlan {
  const toc: TocEntry[] = [];
  const steps: PlanStep[] = [];
  const org = data.organisation;

  if (options.record === 'controller') {
    const part: TocEntry = { key: 'part-activities', reference: null, title: t.activitiesPart, level: 0 };
    toc.push(part);
    if (data.activities.length === 0) steps.push({ kind: 'empty-part', part, messages: [t.noneRecorded] });
    data.activities.forEach((head, i) => {
      const entry: TocEntry = { key: `activity-${i + 1}`, reference: head.reference, title: head.name, level: 1 };
      toc.push(entry);
      steps.push({ kind: 'activity', head, position: i, entry, part: i === 0 ? part : undefined });
    });
  } else {
    const part: TocEntry = { key: 'part-processing', reference: null, title: t.processingPart, level: 0 };
    toc.push(part);
    if (data.processorActivities.length === 0) {
      const messages = [t.noProcessorActivities];
      if (org && !org.actsAsProcessor) messages.push(t.notActingAsProcessor);
      steps.push({ kind: 'empty-part', part, messages });
    }
    data.processorActivities.forEach((item, i) => {
      const entry: TocEntry = { key: `processing-${i + 1}`, reference: null, title: item.controllerName, level: 1 };
      toc.push(entry);
      steps.push({ kind: 'processing', item, entry, part: i === 0 ? part : undefined });
    });
  }

  const annexes = annexesWanted(options);
  if (annexes.length > 0) {
    const part: TocEntry = { key: 'part-annexes', reference: null, title: t.annexesPart, level: 0 };
    toc.push(part);
    const titles: Record<AnnexKind, string> = { processors: t.annexProcessors, transfers: t.annexTransfers, findings: t.annexFindings };
    annexes.forEach((annex, i) => {
      const letter = String.fromCharCode(65 + i);
      const entry: TocEntry = { key: `annex-${annex}`, reference: t.annexRef(letter), title: titles[annex], level: 1 };
      toc.push(entry);
      steps.push({ kind: 'annex', annex, entry, part: i === 0 ? part : undefined });
    });
  }
  return { toc, steps };
}
