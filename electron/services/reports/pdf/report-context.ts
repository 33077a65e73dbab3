import type { Organisation } from '../../../shared/schemas/entities';
import type { ReportLabels } from '../labels/report-labels';
import type { VocabLabels } from '../labels/vocab-labels';
import type { ReportData } from '../model/report-data';
import type { Cell } from './engine/blocks';
import type { Flow } from './engine/flow';
import type { Article30PdfOptions } from './types';

/** One entry of the table of contents and the PDF bookmarks. */
export interface TocEntry {
  /** Named destination of the heading. */
  key: string;
  reference: string | null;
  title: string;
  level: 0 | 1;
}

/** Everything a section renderer needs. */
export interface ReportContext {
  flow: Flow;
  t: ReportLabels;
  v: VocabLabels;
  /** The register as the report reads it (activities a batch at a time). */
  data: ReportData;
  options: Article30PdfOptions;
  organisation: Organisation | null;
  toc: TocEntry[];
  /** Page of each TOC entry, recorded as the sections are drawn (the TOC itself is drawn last). */
  pageOf: Map<string, number>;
  /** Title printed top left on every page after the cover. */
  documentTitle: string;
}

/** A value or an honest "not recorded". */
export function orNotRecorded(ctx: ReportContext, value: string | null | undefined): Cell {
  return value === null || value === undefined || value.trim() === '' ? { text: ctx.t.notRecorded, tone: 'empty' } : value;
}

/** A list joined for one cell, or "none recorded". */
export function listOrNone(ctx: ReportContext, items: string[], separator = ', '): Cell {
  return items.length === 0 ? { text: ctx.t.noneRecorded, tone: 'empty' } : items.join(separator);
}

/** Marks the start of a TOC section: destination for links, page for the TOC, bookmark. */
export function markSection(ctx: ReportContext, entry: TocEntry): void {
  const { flow } = ctx;
  ctx.pageOf.set(entry.key, flow.pageNo);
  flow.sink.destination(entry.key, flow.y);
  flow.sink.bookmark(entry.reference ? `${entry.reference} ${entry.title}` : entry.title, entry.level);
}
