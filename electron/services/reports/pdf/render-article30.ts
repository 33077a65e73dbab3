import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { Register } from '../../../shared/schemas/register';
import { reportLabels } from '../labels/report-labels';
import { vocabLabels } from '../labels/vocab-labels';
import { indexRegister } from '../model/register-index';
import { registerContentHash } from '../register-hash';
import { renderActivity } from './activity-section';
import { renderAnnex } from './annexes';
import { renderCover } from './cover';
import { paragraph } from './engine/blocks';
import { Flow } from './engine/flow';
import { type FaceSet, loadFaces, REGULAR_FILE, resolveFontsDir } from './engine/fonts';
import { type DrawSink, measuringSink, type PdfkitLike, PdfSink } from './engine/sink';
import { pageDecorator } from './header-footer';
import { type OutputTarget, openOutput } from './output-target';
import { renderProcessorActivity } from './processor-section';
import { markSection, type ReportContext } from './report-context';
import { type PlanStep, planReport, type ReportPlan } from './report-plan';
import { renderToc } from './toc';
import type { Article30PdfOptions, Article30PdfResult } from './types';

export type { Article30PdfOptions, Article30PdfResult, ReportFinding } from './types';

/** Give the event loop (progress messages, stream drains) a turn every this many sections. */
const YIELD_EVERY = 25;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function titleOf(step: PlanStep): string {
  const entry = step.kind === 'empty-part' ? step.part : step.entry;
  return entry.reference ? `${entry.reference} ${entry.title}` : entry.title;
}

function renderStep(ctx: ReportContext, step: PlanStep): void {
  const { flow } = ctx;
  // Every activity and annex starts on a new page: each is a self-contained sheet a DPO can hand on.
  flow.runningTitle = titleOf(step);
  flow.newPage();
  if (step.part) markSection(ctx, step.part);
  if (step.kind === 'annex') renderAnnex(ctx, step.annex, step.entry);
  else if (step.kind === 'activity') renderActivity(ctx, step.activity, step.entry);
  else if (step.kind === 'processing') renderProcessorActivity(ctx, step.item, step.entry);
  else for (const message of step.messages) paragraph(flow, { text: message, tone: 'muted' });
}

interface PassInput {
  register: Register;
  options: Article30PdfOptions;
  plan: ReportPlan;
  faces: FaceSet;
  registerHash: string;
  index: ReturnType<typeof indexRegister>;
  pageOf: Map<string, number>;
  totalPages: number;
  progress: () => void;
  drained: () => Promise<void>;
}

/** One layout pass over the whole report; returns the number of pages laid out. */
async function layoutPass(sink: DrawSink, input: PassInput): Promise<number> {
  const { options, plan } = input;
  const t = reportLabels(options.lang);
  const flow = new Flow(sink, input.faces);
  const ctx: ReportContext = {
    flow,
    t,
    v: vocabLabels(options.lang),
    index: input.index,
    options,
    organisation: input.register.organisation,
    registerHash: input.registerHash,
    toc: plan.toc,
    pageOf: input.pageOf,
    totalPages: input.totalPages,
    documentTitle: options.record === 'processor' ? t.processorTitle : t.controllerTitle,
  };
  flow.setDecorator(pageDecorator(ctx));
  renderCover(ctx);
  renderToc(ctx);
  input.progress();
  for (let i = 0; i < plan.steps.length; i++) {
    renderStep(ctx, plan.steps[i]);
    input.progress();
    if (i % YIELD_EVERY === YIELD_EVERY - 1) {
      await sink.settle();
      await input.drained();
      await nextTurn();
    }
  }
  await sink.settle();
  return flow.pageNo;
}

/**
 * Renders the Article 30 record (controller, Art 30(1), or processor, Art 30(2)) as a PDF.
 * Two layout passes run the same code: the first only measures (page count, page of every heading),
 * the second writes, so "Side X af Y" and the table of contents are exact. Pages are written as they
 * are finished; memory does not grow with the number of pages.
 */
export async function renderArticle30Pdf(
  register: Register,
  options: Article30PdfOptions,
  out: NodeJS.WritableStream | string,
): Promise<Article30PdfResult> {
  const registerHash = registerContentHash(register);
  const t = reportLabels(options.lang);
  const index = indexRegister(register, options.lang);
  const plan = planReport(index, options, t);
  const org = register.organisation;
  const fontsDir = resolveFontsDir(options.fontsDir);
  const doc = new PDFDocument({
    font: path.join(fontsDir, REGULAR_FILE),
    autoFirstPage: false,
    // Pages stay open until the sink has compressed them; it releases them in batches (settle()).
    bufferPages: true,
    compress: true,
    lang: options.lang === 'da' ? 'da-DK' : 'en-GB',
    displayTitle: true,
    info: {
      Title: options.record === 'processor' ? t.processorTitle : t.controllerTitle,
      // pdfkit cannot write an undefined entry: leave Author out when no organisation is recorded.
      ...(org ? { Author: org.name } : {}),
      Subject: `${options.record === 'processor' ? t.processorSubtitle : t.controllerSubtitle} · ${registerHash}`,
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

  const total = 2 * (plan.steps.length + 1);
  let done = 0;
  const progress = () => {
    done++;
    options.onProgress?.(done, total);
  };
  const pageOf = new Map<string, number>();
  const input: PassInput = {
    register,
    options,
    plan,
    faces,
    registerHash,
    index,
    pageOf,
    totalPages: 0,
    progress,
    drained: target.drained,
  };
  try {
    const pages = await layoutPass(measuringSink, input);
    const sink = new PdfSink(doc as unknown as PdfkitLike);
    const written = await layoutPass(sink, { ...input, totalPages: pages });
    if (written !== pages) throw new Error(`Report layout is not deterministic: ${pages} pages measured, ${written} written`);
    doc.end();
    await finished;
    await target.close();
    return { pages, registerHash };
  } catch (error) {
    target.abort();
    throw error;
  }
}
