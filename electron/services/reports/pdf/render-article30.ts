import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { OpenedDatabase } from '../../../../db/client';
import { inReadTransaction } from '../../../../db/queries/report-reads';
import { readRevision } from '../../../../db/revision';
import type { Activity, Transfer } from '../../../shared/schemas/entities';
import type { Register } from '../../../shared/schemas/register';
import { reportLabels } from '../labels/report-labels';
import { vocabLabels } from '../labels/vocab-labels';
import { reportDataFromDatabase } from '../model/database-report-data';
import type { ReportData } from '../model/report-data';
import { reportDataFromRegister } from '../model/report-data';
import { registerContentHash, registerHashFromDatabase } from '../register-hash';
import { renderActivity, sectionHeading } from './activity-section';
import { renderAnnex } from './annexes';
import { renderCover } from './cover';
import { paragraph } from './engine/blocks';
import { Flow } from './engine/flow';
import { type FaceSet, loadFaces, REGULAR_FILE, resolveFontsDir } from './engine/fonts';
import { measuringSink, type PdfkitLike, PdfSink } from './engine/sink';
import { FOOTER_VERSION, footerVersion, pageDecorator, REGISTER_HASH, TOTAL_PAGES } from './header-footer';
import { type OutputTarget, openOutput } from './output-target';
import { renderProcessorActivity } from './processor-section';
import { markSection, type ReportContext } from './report-context';
import { type PlanStep, planReport, type ReportPlan } from './report-plan';
import { renderToc } from './toc';
import type { Article30PdfOptions, Article30PdfResult } from './types';

export type { Article30PdfOptions, Article30PdfResult, ReportFinding } from './types';

/** Write finished pages out and give the event loop (progress, stream drains) a turn every this many sections. */
const YIELD_EVERY = 25;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function titleOf(step: PlanStep): string {
  const entry = step.kind === 'empty-part' ? step.part : step.entry;
  return entry.reference ? `${entry.reference} ${entry.title}` : entry.title;
}

/** Activities loaded per query: a batch is a few MB of text at most. */
const ACTIVITY_BATCH = 50;

/** The full activities of the plan, loaded a batch at a time as the layout reaches them. */
function activityLoader(data: ReportData): (position: number) => { activity: Activity; transfers: Transfer[] } {
  let start = -1;
  let batch: Activity[] = [];
  let transfers = new Map<string, Transfer[]>();
  return (position) => {
    if (start < 0 || position < start || position >= start + ACTIVITY_BATCH) {
      start = position - (position % ACTIVITY_BATCH);
      const ids = data.activities.slice(start, start + ACTIVITY_BATCH).map((h) => h.id);
      batch = data.loadActivities(ids);
      transfers = data.transfersOf(ids);
      if (batch.length !== ids.length) throw new Error('An activity disappeared while the report was being made');
    }
    const activity = batch[position - start];
    return { activity, transfers: transfers.get(activity.id) ?? [] };
  };
}

function renderStep(ctx: ReportContext, step: PlanStep, load: ReturnType<typeof activityLoader>): void {
  const { flow } = ctx;
  // Every activity and annex starts on a new page: each is a self-contained sheet a DPO can hand on.
  flow.runningTitle = titleOf(step);
  flow.newPage();
  if (step.kind === 'empty-part') {
    // A part with nothing in it still gets its heading, so the page says what it is about.
    sectionHeading(ctx, step.part, ctx.documentTitle);
    for (const message of step.messages) paragraph(flow, { text: message, tone: 'muted' });
    return;
  }
  if (step.part) markSection(ctx, step.part);
  if (step.kind === 'annex') renderAnnex(ctx, step.annex, step.entry);
  else if (step.kind === 'activity') {
    const { activity, transfers } = load(step.position);
    renderActivity(ctx, activity, transfers, step.entry);
  } else renderProcessorActivity(ctx, step.item, step.entry);
}

/** What one render needs besides the drawing target. */
interface RenderInput {
  data: ReportData;
  options: Article30PdfOptions;
  plan: ReportPlan;
  faces: FaceSet;
  pageOf: Map<string, number>;
}

function contextFor(flow: Flow, input: RenderInput): ReportContext {
  const t = reportLabels(input.options.lang);
  const ctx: ReportContext = {
    flow,
    t,
    v: vocabLabels(input.options.lang),
    data: input.data,
    options: input.options,
    organisation: input.data.organisation,
    toc: input.plan.toc,
    pageOf: input.pageOf,
    documentTitle: input.options.record === 'processor' ? t.processorTitle : t.controllerTitle,
  };
  flow.setDecorator(pageDecorator(ctx));
  return ctx;
}

/** Pages the table of contents takes: one line per entry, so the count never depends on its numbers. */
function tocPageCount(input: RenderInput): number {
  const flow = new Flow(measuringSink, input.faces);
  renderToc(contextFor(flow, input));
  return flow.pageNo;
}

/**
 * Renders the Article 30 record (controller, Art 30(1), or processor, Art 30(2)) of a register
 * document in memory. See renderReport.
 */
export function renderArticle30Pdf(
  register: Register,
  options: Article30PdfOptions,
  out: NodeJS.WritableStream | string,
): Promise<Article30PdfResult> {
  return renderReport(reportDataFromRegister(register, options.lang), Promise.resolve(registerContentHash(register)), options, out);
}

/** The register version computed elsewhere (another thread), with the revision it was computed at. */
export interface HashAtRevision {
  hash: string;
  revision: number;
}

/**
 * Renders the Article 30 record straight from the register database, without ever holding the
 * register: the activities are read a batch at a time as the layout reaches them, all in one read
 * transaction (one state of the register), and the register version is hashed a batch of rows at a
 * time. Gives the same bytes as renderArticle30Pdf(readRegister(db)). The connection must be the
 * caller's own while this runs (the report worker's, or the CLI's).
 *
 * `hashElsewhere`: the register version computed beside the layout (on another thread, from its
 * own connection), which the layout only needs at the end (the cover's and the footers' version
 * are shared forms filled in last). It is used only if it was computed at the revision this
 * transaction reads; otherwise the hash is computed here, so the version always describes the
 * content printed.
 */
export function renderArticle30PdfFromDatabase(
  database: Pick<OpenedDatabase, 'db' | 'sqlite'>,
  options: Article30PdfOptions,
  out: NodeJS.WritableStream | string,
  hashElsewhere?: Promise<HashAtRevision>,
): Promise<Article30PdfResult> {
  return inReadTransaction(database.sqlite, () => {
    const revision = readRevision(database.db);
    const hash = hashElsewhere
      ? hashElsewhere.then((other) => (other.revision === revision ? other.hash : registerHashFromDatabase(database.db)))
      : Promise.resolve(registerHashFromDatabase(database.db));
    return renderReport(reportDataFromDatabase(database.db, options.lang), hash, options, out);
  });
}

/**
 * One layout pass: the cover, then every section (page numbers counted as if the table of contents
 * already stood behind the cover — its length is known in advance), then the table of contents with
 * the pages now known, moved into place in the page tree. The total in "Side X af Y" is one shared
 * form XObject written at the end. Pages are written out as they are finished, so memory does not
 * grow with the page count.
 */
async function renderReport(
  data: ReportData,
  hash: Promise<string>,
  options: Article30PdfOptions,
  out: NodeJS.WritableStream | string,
): Promise<Article30PdfResult> {
  const t = reportLabels(options.lang);
  const plan = planReport(data, options, t);
  const org = data.organisation;
  const fontsDir = resolveFontsDir(options.fontsDir);
  const doc = new PDFDocument({
    font: path.join(fontsDir, REGULAR_FILE),
    autoFirstPage: false,
    // Pages stay open until the sink has written them; it releases them in batches (settle()).
    bufferPages: true,
    compress: true,
    lang: options.lang === 'da' ? 'da-DK' : 'en-GB',
    displayTitle: true,
    info: {
      Title: options.record === 'processor' ? t.processorTitle : t.controllerTitle,
      // pdfkit cannot write an undefined entry: leave Author out when no organisation is recorded.
      ...(org ? { Author: org.name } : {}),
      Creator: 'ROPA Desk',
      Producer: 'ROPA Desk (pdfkit)',
      // The report date, not the wall clock: the same register and date give the same document.
      CreationDate: new Date(`${options.generatedOn}T00:00:00Z`),
    },
  });
  const faces = loadFaces(doc, fontsDir);
  const target: OutputTarget = openOutput(out);
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.on('data', (chunk: Buffer) => target.write(chunk));

  const total = plan.steps.length + 2;
  let done = 0;
  const progress = () => {
    done++;
    options.onProgress?.(done, total);
  };
  const input: RenderInput = { data, options, plan, faces, pageOf: new Map() };
  try {
    const tocPages = tocPageCount(input);
    const sink = new PdfSink(doc as unknown as PdfkitLike);
    const flow = new Flow(sink, faces);
    const ctx = contextFor(flow, input);
    renderCover(ctx);
    const coverPages = flow.pageNo;
    flow.pageNo += tocPages;
    progress();
    const load = activityLoader(data);
    for (let i = 0; i < plan.steps.length; i++) {
      renderStep(ctx, plan.steps[i], load);
      progress();
      if (i % YIELD_EVERY === YIELD_EVERY - 1) {
        await sink.settle();
        await target.drained();
        await nextTurn();
      }
    }
    const pages = flow.pageNo;
    const tocFlow = new Flow(sink, faces);
    tocFlow.pageNo = coverPages;
    renderToc(contextFor(tocFlow, input));
    if (tocFlow.pageNo !== coverPages + tocPages)
      throw new Error(`Table of contents took ${tocFlow.pageNo - coverPages} pages, ${tocPages} reserved`);
    progress();
    await sink.settle();
    sink.movePages(tocPages, coverPages);
    sink.resolveDeferred(TOTAL_PAGES, String(pages));
    const registerHash = await hash;
    sink.resolveDeferred(REGISTER_HASH, registerHash);
    sink.resolveDeferred(FOOTER_VERSION, footerVersion(ctx, registerHash), 'right');
    // pdfkit writes the document information at the end: the version goes into its subject too.
    (doc as unknown as { info: Record<string, unknown> }).info.Subject =
      `${options.record === 'processor' ? t.processorSubtitle : t.controllerSubtitle} · ${registerHash}`;
    doc.end();
    await finished;
    await target.close();
    return { pages, registerHash };
  } catch (error) {
    target.abort();
    throw error;
  }
}
